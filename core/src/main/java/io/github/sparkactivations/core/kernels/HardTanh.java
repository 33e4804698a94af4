package io.github.sparkactivations.core.kernels;

/** Clamping to [min_val, max_val] and its derivative. */
public final class HardTanh {

    private HardTanh() {
    }

    /** {@code hardtanh(x, lo, hi) = min(max(x, lo), hi)}; NaN stays NaN. */
    public static double value(double x, double minVal, double maxVal) {
        return Math.min(Math.max(x, minVal), maxVal);
    }

    /** {@code 1 if lo < x < hi else 0}: 0 at both kinks, as in PyTorch. */
    public static double grad(double x, double minVal, double maxVal) {
        if (x > minVal && x < maxVal) {
            return 1.0;
        }
        return x == x ? 0.0 : x;
    }
}
