package io.github.sparkactivations.spark.columnar;

import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.vectorized.ArrowColumnVector;
import org.apache.spark.sql.vectorized.ColumnVector;

/**
 * The column vector one computed column is written into, batch after batch: allocated once per task, grown
 * when a batch is bigger, released when the task ends.
 */
abstract class ResultVector implements AutoCloseable {

    /** A new result vector: Arrow's {@code Float8Vector} if {@code arrow}, else Spark's on-heap vector. */
    static ResultVector create(boolean arrow) {
        return arrow ? new ArrowResult() : new OnHeapResult();
    }

    /** The vector holding {@code values[0, n)}, null where {@code source} is null. */
    abstract ColumnVector fill(double[] values, int n, ColumnVector source);

    /** The class of the vectors {@link #create} makes, which the generated row code may cast to. */
    static Class<? extends ColumnVector> vectorClass(boolean arrow) {
        return arrow ? ArrowColumnVector.class : OnHeapColumnVector.class;
    }

    @Override
    public abstract void close();

    /** Calls {@code nulls.mark(i)} for every null row {@code i < n} of {@code source}. */
    static void forEachNull(ColumnVector source, int n, NullMarker nulls) {
        if (source.hasNull()) {
            for (int i = 0; i < n; i++) {
                if (source.isNullAt(i)) {
                    nulls.mark(i);
                }
            }
        }
    }

    @FunctionalInterface
    interface NullMarker {
        void mark(int row);
    }
}
