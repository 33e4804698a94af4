package io.github.sparkactivations.core.kernels;

/** ReLU with a small slope for negative inputs, and its derivative. */
public final class LeakyRelu {

    private LeakyRelu() {
    }

    /** {@code leaky_relu(x, s) = x if x > 0 else s * x}. */
    public static double value(double x, double negativeSlope) {
        return x > 0 ? x : negativeSlope * x;
    }

    /** {@code 1 if x > 0 else s}: s at the kink, as in PyTorch. */
    public static double grad(double x, double negativeSlope) {
        if (x > 0) {
            return 1.0;
        }
        return x == x ? negativeSlope : x;
    }
}
