package io.github.sparkactivations.core.catalog;

/**
 * The per-row step of a window usage, written in the catalog as a method reference such as
 * {@code WindowKernels::softmax}: from a row's logit (and target) and its window's log-sum-exp state (max, others,
 * compensation), the row's value. Spark's window rewrite calls it through its interface ({@link DoubleKernel}).
 */
public sealed interface WindowKernel extends DoubleKernel permits WindowKernel.OfLogit, WindowKernel.OfLogitAndTarget {

    /** {@code f(x, max, others, compensation)}. */
    @FunctionalInterface
    non-sealed interface OfLogit extends WindowKernel {
        double apply(double x, double max, double others, double compensation);

        @Override
        default Class<OfLogit> type() {
            return OfLogit.class;
        }

        @Override
        default int arity() {
            return 4;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2], a[3]);
        }
    }

    /** {@code f(x, target, max, others, compensation, sum of the window's targets)}. */
    @FunctionalInterface
    non-sealed interface OfLogitAndTarget extends WindowKernel {
        double apply(double x, double target, double max, double others, double compensation, double targetSum);

        @Override
        default Class<OfLogitAndTarget> type() {
            return OfLogitAndTarget.class;
        }

        @Override
        default int arity() {
            return 6;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2], a[3], a[4], a[5]);
        }
    }

    /** Whether the usage's second column is a target, and the kernel takes it and the window's sum of them. */
    default boolean takesTarget() {
        return this instanceof OfLogitAndTarget;
    }
}
