package io.github.sparkactivations.core.catalog;

import java.io.Serializable;

/**
 * A core function of doubles to a double, as the catalog names what runs a scalar form ({@link Kernel}) or a window
 * function's row ({@link WindowKernel}): a typed functional interface whose one method {@code apply} takes
 * {@link #arity()} doubles. Spark's generated code casts the kernel object to {@link #type()} and calls
 * {@code apply}; interpreted code calls {@link #applyTo}. {@link Serializable}, so that a query plan can carry it
 * to the executors.
 */
public interface DoubleKernel extends Serializable {

    /** The functional interface this kernel implements, whose {@code apply} generated code calls. */
    Class<? extends DoubleKernel> type();

    /** How many doubles {@code apply} takes. */
    int arity();

    /** {@code apply(arguments...)}; {@code arguments} holds exactly {@link #arity()} values. */
    double applyTo(double... arguments);
}
