package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.Sums;

/**
 * Products and quotients with an exponential factor whose result, or some intermediate, leaves the
 * normal range: {@code m * exp(a)} with a tiny exp(a) and a huge m, or a subnormal result.
 */
final class Underflow {

    /** Below this argument, exp(a) is within a factor 1 + 1e-300 of what the kernels need: the tail is pure exp. */
    static final double EXP_TAIL = -700;
    /** Below this, {@code m * exp(a)} is below half the least subnormal for every finite m (|m| &lt; e^709.8). */
    private static final double VANISHES = -1500;
    private static final double LOG2E = 1.4426950408889634;
    /** ln 2 = LN2_HI + LN2_LO; LN2_HI ends in 21 zero bits, so {@code k * LN2_HI} is exact for |k| &lt; 2^21. */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;

    private Underflow() {
    }

    /**
     * {@code m * exp(a + aLo)} for finite m and a double-double argument, rounded once: m's exponent
     * moves into the argument, {@code a + e ln2 = s + n ln2} with |s| &lt;= ln2 / 2 in double-double, and
     * the result is {@code (f * exp(s)) * 2^n}, f = m / 2^e in [1, 2): no intermediate under- or
     * overflows, and a subnormal result is rounded once, by the final scaling.
     */
    static double timesExp(double m, double a, double aLo) {
        if (a < VANISHES || m == 0) {
            return m * 0.0;
        }
        int e = exponent(m);
        return scaled(Math.scalb(m, -e), false, a, aLo, e);
    }

    /** {@code exp(a + aLo) / d} for finite nonzero d, rounded once, as {@link #timesExp}. */
    static double expOver(double a, double aLo, double d) {
        if (a < VANISHES) {
            return 0.0 / d;
        }
        int e = exponent(d);
        return scaled(Math.scalb(d, -e), true, a, aLo, -e);
    }

    /** {@code f * exp(a + aLo) * 2^k}, or {@code exp(a + aLo) * 2^k / f}. */
    private static double scaled(double f, boolean divide, double a, double aLo, int k) {
        double n = Math.rint(Math.fma(a, LOG2E, k));
        double j = k - n;
        double jHi = j * LN2_HI;
        double jLo = j * LN2_LO;
        double t = a + jHi;
        double s = t + jLo;
        double sLo = Sums.twoSumError(a, jHi, t) + Sums.twoSumError(t, jLo, s) + aLo;
        double h = Math.exp(s);
        double p = divide ? h / f : f * h;
        double pLo = divide ? -Math.fma(p, f, -h) / f : Math.fma(f, h, -p);
        return Math.scalb(p + (pLo + p * sLo), (int) n);
    }

    /** The binary exponent of a finite nonzero x, subnormals included. */
    static int exponent(double x) {
        int e = Math.getExponent(x);
        return e >= Double.MIN_EXPONENT ? e : Math.getExponent(x * 0x1p60) - 60;
    }
}
