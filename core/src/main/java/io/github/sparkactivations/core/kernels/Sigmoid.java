package io.github.sparkactivations.core.kernels;

/** The logistic sigmoid and its derivative. */
public final class Sigmoid {

    private Sigmoid() {
    }

    /**
     * {@code sigmoid(x) = 1 / (1 + exp(-x))}, computed as {@code e / (1 + e)} with {@code e = exp(x)} for
     * negative x, so that no input overflows and tiny results keep their precision down to subnormals.
     */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /**
     * {@code sigmoid'(x) = sigmoid(x) * sigmoid(-x) = e / (1 + e)^2} with {@code e = exp(-|x|)}: symmetric,
     * no cancellation (unlike {@code s * (1 - s)}), and 0 at both infinities.
     */
    public static double grad(double x) {
        double e = Math.exp(-Math.abs(x));
        double d = 1 + e;
        return e / (d * d);
    }
}
