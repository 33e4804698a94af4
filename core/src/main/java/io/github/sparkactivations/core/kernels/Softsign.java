package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.Sums;

/** Softsign {@code x / (1 + |x|)} and its derivative, the denominators compensated. */
public final class Softsign {

    /** Past this |x|, {@code (1 + |x|)^2} would overflow. */
    private static final double HUGE = 1e150;

    private Softsign() {
    }

    /** {@code softsign(x) = x / (1 + |x|)}; +-1 at +-inf. */
    public static double value(double x) {
        if (Double.isInfinite(x)) {
            return Math.signum(x);
        }
        double a = Math.abs(x);
        double d = 1 + a;
        double r = x / d;
        return r - r * (Sums.twoSumError(1, a, d) / d);
    }

    /** {@code softsign'(x) = 1 / (1 + |x|)^2}. */
    public static double grad(double x) {
        double a = Math.abs(x);
        double d = 1 + a;
        if (a > HUGE) {
            return 1 / d / d;
        }
        double s = d * d;
        double sLo = Math.fma(d, d, -s) + 2 * d * Sums.twoSumError(1, a, d);
        double r = 1 / s;
        return r - r * (sLo / s);
    }
}
