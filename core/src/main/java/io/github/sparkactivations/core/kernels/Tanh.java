package io.github.sparkactivations.core.kernels;

/** The derivative of tanh, and tanh as Spark computes it (for the accuracy table). */
public final class Tanh {

    private Tanh() {
    }

    /** {@code tanh(x)} as Spark's built-in computes it: {@code StrictMath.tanh}. */
    public static double spark(double x) {
        return StrictMath.tanh(x);
    }

    /**
     * {@code tanh'(x) = 1 - tanh(x)^2 = sech(x)^2 = 4 * sigmoid'(2x)}: no cancellation anywhere. In the
     * tail, {@code 4 exp(-2|x|)} rounded once (4 times a subnormal exp was 2.0 ulps, measured).
     */
    public static double grad(double x) {
        double y = -2 * Math.abs(x);
        return y < Underflow.EXP_TAIL ? Underflow.timesExp(4, y, 0) : 4 * Sigmoid.grad(2 * x);
    }
}
