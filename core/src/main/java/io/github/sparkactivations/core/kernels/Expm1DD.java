package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.DoubleDouble;
import io.github.sparkactivations.core.internal.ExpDD;
import io.github.sparkactivations.core.internal.Sums;

/**
 * {@code expm1(x) = exp(x) - 1} for x &lt;= 0 as a double-double, for the kernels that multiply it by a
 * parameter and round once more (elu and celu at alpha != 1: {@link Expm1}'s 1.06 ulps and the
 * product's rounding reached 2.16 ulps, measured): {@code ExpDD(x) - 1}, exact in its high part for
 * x &gt;= -ln 2 (Sterbenz), good to 2^-103 absolute, so to 2^-73 relative for |x| &gt;= 2^-30; below, the
 * series {@code x + x^2 / 2 + x^3 / 6}; below -40, {@code -1 + exp(x)}. About 30 ns (against 5).
 */
final class Expm1DD {

    private static final double SERIES = 0x1p-30;

    private Expm1DD() {
    }

    /** {@code expm1(x)} for x &lt;= 0 (-inf and NaN included). */
    static DoubleDouble negative(double x) {
        if (x > -SERIES) {
            return new DoubleDouble(x, x * x * (0.5 + x * (1.0 / 6)));
        }
        if (!(x >= Expm1.SATURATED)) {
            return new DoubleDouble(x == x ? -1.0 : x, Math.exp(x));
        }
        DoubleDouble e = ExpDD.of(x);
        double s = e.hi() - 1;
        return new DoubleDouble(s, Sums.twoSumError(e.hi(), -1, s) + e.lo());
    }
}
