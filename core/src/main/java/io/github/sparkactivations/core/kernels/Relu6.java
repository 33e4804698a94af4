package io.github.sparkactivations.core.kernels;

/** ReLU capped at 6 and its derivative. */
public final class Relu6 {

    private Relu6() {
    }

    /** {@code relu6(x) = min(max(x, 0), 6)}; NaN stays NaN. */
    public static double value(double x) {
        return Math.min(Math.max(x, 0.0), 6.0);
    }

    /** {@code 1 if 0 < x < 6 else 0}: 0 at both kinks, as in PyTorch. */
    public static double grad(double x) {
        if (x > 0 && x < 6) {
            return 1.0;
        }
        return x == x ? 0.0 : x;
    }
}
