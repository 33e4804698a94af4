package io.github.sparkactivations.core.kernels;

/** The rectified linear unit and its derivative. */
public final class Relu {

    private Relu() {
    }

    /** {@code relu(x) = max(x, 0)}; NaN stays NaN. */
    public static double relu(double x) {
        return Math.max(x, 0.0);
    }

    /** {@code relu'(x) = 1 if x > 0 else 0}, 0 at the kink x = 0 as in PyTorch; NaN stays NaN. */
    public static double grad(double x) {
        if (x > 0) {
            return 1.0;
        }
        return x == x ? 0.0 : x;
    }
}
