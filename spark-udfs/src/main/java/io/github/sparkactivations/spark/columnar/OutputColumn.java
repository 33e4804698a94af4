package io.github.sparkactivations.spark.columnar;

import io.github.sparkactivations.core.batch.BoundKernel;

import java.io.Serializable;

/** One column of the columnar operator's output, as executors run it: a child column handed on, or a kernel over one. */
sealed interface OutputColumn extends Serializable {

    /** The child's column {@code ordinal}, untouched. */
    record PassThrough(int ordinal) implements OutputColumn {
    }

    /** {@code kernel} over the child's column {@code ordinal}, DOUBLE or (with {@code fromFloat}) FLOAT. */
    record Computed(int ordinal, boolean fromFloat, BoundKernel kernel) implements OutputColumn {
    }
}
