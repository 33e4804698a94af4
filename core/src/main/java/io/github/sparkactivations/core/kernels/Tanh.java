package io.github.sparkactivations.core.kernels;

/** The derivative of tanh, and tanh as Spark computes it (for the accuracy table). */
public final class Tanh {

    private Tanh() {
    }

    /** {@code tanh(x)} as Spark's built-in computes it: {@code StrictMath.tanh}. */
    public static double spark(double x) {
        return StrictMath.tanh(x);
    }

    /** {@code tanh'(x) = 1 - tanh(x)^2 = sech(x)^2 = 4 * sigmoid'(2x)}: no cancellation anywhere. */
    public static double grad(double x) {
        return 4 * Sigmoid.grad(2 * x);
    }
}
