package io.github.sparkactivations.core.kernels;

/** PyTorch's threshold: replaces inputs at or below a threshold by a value. */
public final class Threshold {

    private Threshold() {
    }

    /** {@code threshold(x, t, v) = v if x <= t else x}; NaN stays NaN. */
    public static double value(double x, double threshold, double value) {
        return x <= threshold ? value : x;
    }

    /** {@code 0 if x <= t else 1}. */
    public static double grad(double x, double threshold, double value) {
        if (x <= threshold) {
            return 0.0;
        }
        return x == x ? 1.0 : x;
    }
}
