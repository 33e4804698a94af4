package io.github.sparkactivations.core.catalog;

import java.io.Serializable;
import java.lang.reflect.Method;

/**
 * The per-row step of a window usage, written in the catalog as a method reference to a public
 * static method such as {@code WindowKernels::softmax}: from a row's logit (and target) and its
 * window's log-sum-exp state (max, others, compensation), the row's value. Spark's window rewrite
 * calls the method it names ({@link #method()}); {@link Serializable} as for {@link Kernel}.
 */
public sealed interface WindowKernel extends Serializable permits WindowKernel.OfLogit, WindowKernel.OfLogitAndTarget {

    /** {@code f(x, max, others, compensation)}. */
    @FunctionalInterface
    non-sealed interface OfLogit extends WindowKernel {
        double apply(double x, double max, double others, double compensation);
    }

    /** {@code f(x, target, max, others, compensation, sum of the window's targets)}. */
    @FunctionalInterface
    non-sealed interface OfLogitAndTarget extends WindowKernel {
        double apply(double x, double target, double max, double others, double compensation, double targetSum);
    }

    /** Whether the usage's second column is a target, and the kernel takes it and the window's sum of them. */
    default boolean takesTarget() {
        return this instanceof OfLogitAndTarget;
    }

    /** The public static method this reference names. */
    default Method method() {
        return StaticMethods.of(this, takesTarget() ? 6 : 4);
    }
}
