package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.DoubleDouble;

/** Exponential linear units: ELU, SELU and CELU, with their derivatives, all through expm1 near 0. */
public final class Elu {

    /**
     * SELU's constants (Klambauer et al.): scale = 1.0507009873554804934193349852946 and
     * scale * alpha, alpha = 1.6732632423543772848170429916717, as double-double.
     */
    public static final double SELU_SCALE = 1.0507009873554805;
    public static final double SELU_SCALE_LO = 3.9874847667154144e-17;
    public static final double SELU_SCALE_ALPHA = 1.7580993408473768;
    public static final double SELU_SCALE_ALPHA_LO = 1.41535193800845e-17;

    /** Below this |x / alpha|, the series of expm1 to q^2 is exact to 2^-90. */
    private static final double CELU_SERIES = 0x1p-30;
    /** Below this, the remainder of x / alpha may fall below the least subnormal. */
    private static final double TINY = 0x1p-900;

    private Elu() {
    }

    /** {@code elu(x, a) = x if x > 0 else a * expm1(x)}. */
    public static double elu(double x, double alpha) {
        if (x > 0) {
            return x;
        }
        if (alpha == 1 || x == 0) {
            return alpha * Expm1.negative(x);
        }
        return timesExpm1(alpha, x, 0);
    }

    /** {@code 1 if x > 0 else a * exp(x)}: a at 0, as in PyTorch; scaled where exp(x) underflows but a is large. */
    public static double eluGrad(double x, double alpha) {
        if (x > 0) {
            return 1.0;
        }
        return x < Underflow.EXP_TAIL ? Underflow.timesExp(alpha, x, 0) : alpha * Math.exp(x);
    }

    /** {@code selu(x) = scale * (x if x > 0 else alpha * expm1(x))}, scale and alpha fixed. */
    public static double selu(double x) {
        if (x > 0) {
            return Math.fma(x, SELU_SCALE, x * SELU_SCALE_LO);
        }
        double m = Expm1.negative(x);
        return Math.fma(m, SELU_SCALE_ALPHA, m * SELU_SCALE_ALPHA_LO);
    }

    /** {@code scale if x > 0 else scale * alpha * exp(x)}. */
    public static double seluGrad(double x) {
        if (x > 0) {
            return SELU_SCALE;
        }
        double e = Math.exp(x);
        return Math.fma(e, SELU_SCALE_ALPHA, e * SELU_SCALE_ALPHA_LO);
    }

    /**
     * {@code celu(x, a) = x if x > 0 else a * expm1(x / a)}. The rounding of {@code q = x / a} enters
     * through its remainder {@code r = x - a q} (exact by FMA): {@code a expm1(q + r / a) = a expm1(q) +
     * r (1 + expm1(q))} to first order, one rounding ({@link #timesExpm1}). Where q is tiny (or
     * underflows) it is {@code x (1 + q / 2 + q^2 / 6)}, with q only in the correction.
     */
    public static double celu(double x, double alpha) {
        if (x >= 0) {
            return x; // and -0 for -0, as PyTorch's alpha expm1(x / alpha) (the series below gave +0)
        }
        double q = x / alpha;
        if (q > -CELU_SERIES) {
            return x + x * q * (0.5 + q * (1.0 / 6));
        }
        if (q < Expm1.SATURATED) {
            return -alpha;
        }
        return timesExpm1(alpha, q, Math.fma(-q, alpha, x));
    }

    /**
     * {@code a * expm1(q) + r * exp(q)} for q &lt;= 0 (r a first-order correction of q): a times
     * {@link Expm1}, which is within 1.06 ulps (measured), then one rounding. In the result's ulps
     * expm1's error is scaled by {@code a ulp(expm1) / ulp(result)}, up to 2 by where a's and expm1's
     * significands fall; where that factor exceeds 1.3 (a bound of 1.06 * 1.3 + 0.5 &lt; 2) expm1 is taken
     * in double-double ({@link Expm1DD}, 25 ns instead of 5; 2.16 ulps without, measured).
     */
    private static double timesExpm1(double alpha, double q, double r) {
        double m = Expm1.negative(q);
        double fast = Math.fma(alpha, m, r * (1 + m));
        if (Math.abs(alpha) * Math.ulp(m) <= 1.3 * Math.ulp(fast)) {
            return fast;
        }
        DoubleDouble e = Expm1DD.negative(q);
        double p = alpha * e.hi();
        return p + (Math.fma(alpha, e.hi(), -p) + alpha * e.lo() + r * (1 + e.hi()));
    }

    /**
     * {@code 1 if x > 0 else exp(x / a)}: 1 at 0, as in PyTorch; {@code x / a} in double-double, its
     * remainder by FMA, after scaling x and a up together when both are so small that it would underflow.
     */
    public static double celuGrad(double x, double alpha) {
        if (x > 0) {
            return 1.0;
        }
        if (Math.abs(x) < TINY && alpha < TINY) {
            x *= 0x1p200;
            alpha *= 0x1p200;
        }
        double q = x / alpha;
        if (q < Underflow.EXP_TAIL) {
            return Underflow.timesExp(1, q, Math.fma(-q, alpha, x) / alpha);
        }
        double e = Math.exp(q);
        return e + e * (Math.fma(-q, alpha, x) / alpha);
    }
}
