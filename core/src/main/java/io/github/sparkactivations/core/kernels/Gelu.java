package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.DoubleDouble;
import io.github.sparkactivations.core.internal.Sums;
import io.github.sparkactivations.core.internal.NearRoots;
import io.github.sparkactivations.core.internal.ZErfcx;

import org.apache.commons.numbers.gamma.Erf;

/**
 * The Gaussian error linear unit {@code gelu(x) = x * Phi(x)}, where Phi is the standard normal CDF,
 * in its exact form and in the tanh approximation of Hendrycks and Gimpel, with their derivatives.
 *
 * <p>The exact form writes {@code Phi(x) = erfc(z) / 2} with {@code z = -x / sqrt(2)} rather than
 * {@code (1 + erf(x / sqrt(2))) / 2}, which cancels to 0 for x below about -8, and goes further:
 * {@code erfc(z) = erfcx(z) * exp(-z^2)}, with z and z^2 carried in double-double so that their
 * rounding (amplified about 2z^2 times by the exponential) costs nothing, and with exp(-z^2) scaled so
 * that no intermediate underflows before the result does; erfcx itself near 0 (z up to {@value #TAIL}),
 * beyond {@code z * erfcx(z)}, both from {@link ZErfcx} in double-double.
 */
public final class Gelu {

    /** 1 / sqrt(2) as double-double (SimdGelu's too). */
    public static final double SQRT1_2 = 0.7071067811865476;
    public static final double SQRT1_2_LO = -4.833646656726457e-17;
    /** 1 / sqrt(2 pi) as double-double. */
    public static final double INV_SQRT_2PI = 0.3989422804014327;
    public static final double INV_SQRT_2PI_LO = -2.49232720227773e-17;
    /** 2 sqrt(2/pi) and 0.044715 as double-double: hi + lo (SimdGeluTanh's too). */
    public static final double C = 1.5957691216057308;
    public static final double C_LO = -9.96930880911092e-17;
    public static final double KAPPA = 0.044715;
    public static final double KAPPA_LO = 2.1960211427085595e-18;
    /** 3 * 0.044715 as double-double, for {@code x 2u'(x)} (SimdGeluTanhGrad's too). */
    public static final double KAPPA3 = 3 * KAPPA;
    public static final double KAPPA3_LO = Math.fma(3, KAPPA, -KAPPA3) + 3 * KAPPA_LO;
    /** Past this |x| the tanh form has saturated: gelu is x or -0, its derivative exactly 1 or 0. */
    private static final double TANH_SATURATED = 1e5;
    /** Above this z, erfc(z) is computed as erfcx(z) * exp(-z^2). */
    private static final double TAIL = 0.5;
    /** Above this z, |gelu| and |gelu'| are below half the least subnormal: they round to -0. */
    private static final double UNDERFLOW = 28;
    /** Above this x (up to 0), gelu'(x) is 1/2 plus a small bracket. */
    private static final double NEAR_ZERO = -0.2;


    private Gelu() {
    }

    /**
     * {@code gelu(x) = x * Phi(x) = 0.5 * x * erfc(-x / sqrt(2))}; gelu(-inf) = 0, gelu(+inf) = +inf.
     * The right half comes from the left one, {@code gelu(x) = x + gelu(-x)}: one code path, no branch
     * that random signs would mispredict, and the small correction's error shrinks with it.
     */
    public static double exact(double x) {
        double left = exactLeft(-Math.abs(x));
        // x + left for x >= 0, left below, without a branch; max keeps 0 * -inf from making a NaN.
        double positive = SignBit.clear(x);
        return left + positive * Math.max(x, -Double.MAX_VALUE);
    }

    /**
     * {@code gelu'(x) = Phi(x) + x * phi(x)}, phi the standard normal density; 0 at -inf, 1 at +inf. The
     * right half comes from the left one, {@code gelu'(x) = 1 - gelu'(-x)}.
     */
    public static double exactGrad(double x) {
        double left = exactGradLeft(-Math.abs(x));
        // 1 - left for x >= 0, left below, without a branch.
        double positive = SignBit.clear(x);
        return positive - (2 * positive - 1) * left;
    }

    /** {@link #exact} for x &lt;= 0 (or NaN). */
    private static double exactLeft(double x) {
        double z = -x * SQRT1_2;
        if (!(z > TAIL)) {
            // 0.5 x erfcx(z) exp(-z^2), erfcx in double-double (Commons' erfc and the product reached
            // 2.12 ulps at x = -0.70, measured).
            DoubleDouble e = ZErfcx.nearZero(z);
            double m = 0.5 * x * e.hi();
            double mLo = 0.5 * (Math.fma(x, e.hi(), -2 * m) + x * e.lo());
            return timesExpMinusZSquared(m, mLo, x, z);
        }
        if (z > UNDERFLOW) {
            return -0.0;
        }
        // 0.5 * x * erfcx(z) = -T(z) / sqrt(2), as x / z = -sqrt(2).
        DoubleDouble t = ZErfcx.value(z);
        double m = -t.hi() * SQRT1_2;
        double mLo = Math.fma(-t.hi(), SQRT1_2, -m) - t.hi() * SQRT1_2_LO - t.lo() * SQRT1_2;
        return timesExpMinusZSquared(m, mLo, x, z);
    }

    /**
     * {@link #exactGrad} for x &lt;= 0 (or NaN). Near 0, {@code 1/2 + (erf(x / sqrt 2) / 2 + x phi(x))}, the
     * bracket small beside 1/2; the polynomial about the root covers [-1.51, -0.2], where
     * {@code Phi(x) + x phi(x)} cancels (2.7 ulps at x = -0.34 from Commons' erfc, measured); beyond,
     * z &gt; 1.07 is in the tail.
     */
    private static double exactGradLeft(double x) {
        if (x > NEAR_ZERO) {
            return 0.5 + (0.5 * Erf.value(x * SQRT1_2) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x));
        }
        if (NearRoots.GELU_GRAD.covers(x)) {
            return NearRoots.GELU_GRAD.value(x, 0);
        }
        double z = -x * SQRT1_2;
        if (!(z <= UNDERFLOW)) {
            return z != z ? z : -0.0;
        }
        // Phi(x) + x phi(x) = exp(-z^2) * (erfcx(z) / 2 + x / sqrt(2 pi)), as x^2 / 2 = z^2, with
        // erfcx(z) / 2 = T(z) / 2z; the sum in double-double.
        DoubleDouble t = ZErfcx.value(z);
        double halfT = 0.5 * t.hi();
        double inverse = 1 / z;
        double a = halfT * inverse;
        double aLo = (Math.fma(-a, z, halfT) + 0.5 * t.lo()) * inverse;
        double b = x * INV_SQRT_2PI;
        double bLo = Math.fma(x, INV_SQRT_2PI, -b) + x * INV_SQRT_2PI_LO;
        double m = a + b;
        double mLo = Sums.twoSumError(a, b, m) + aLo + bLo;
        return timesExpMinusZSquared(m, mLo, x, z);
    }

    /**
     * {@code gelu_tanh(x) = 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))}, computed as
     * {@code x * sigmoid(2u)} with u the tanh argument: the same function, without the cancellation of
     * {@code 1 + tanh(u)} for negative x. 2u is carried in double-double, since sigmoid's left tail
     * multiplies its rounding error by |2u|.
     */
    public static double tanh(double x) {
        if (Math.abs(x) > TANH_SATURATED) {
            return x > 0 ? x : -0.0;
        }
        TwiceU v = TwiceU.of(x, KAPPA, KAPPA_LO);
        return Sigmoid.times(x, v.hi, v.lo);
    }

    /**
     * {@code gelu_tanh'(x) = sigmoid(2u) + x * sigmoid'(2u) * 2u'(x)}, with u the tanh argument; for
     * x &lt; 0 written {@code e * ((1 + e) + x 2u'(x)) / (1 + e)^2}, e = exp(2u), everything in
     * double-double, and a fitted polynomial near the root x = -0.7525.
     */
    public static double tanhGrad(double x) {
        if (Math.abs(x) > TANH_SATURATED) {
            return x > 0 ? 1.0 : -0.0;
        }
        if (NearRoots.GELU_TANH_GRAD.covers(x)) {
            return NearRoots.GELU_TANH_GRAD.value(x, 0);
        }
        if (NearRoots.GELU_TANH_GRAD.covers(-x)) {
            // gelu'(x) = 1 - gelu'(-x), sigmoid(2u) + sigmoid(-2u) being 1: the small term from the
            // polynomial keeps the sum within an ulp (2.1 ulps with the formula at x = 0.67, measured).
            return 1 - NearRoots.GELU_TANH_GRAD.value(-x, 0);
        }
        TwiceU v = TwiceU.of(x, KAPPA, KAPPA_LO);
        // x * 2u'(x) = 2 sqrt(2/pi) * x * (1 + 3 * 0.044715 x^2)
        TwiceU w = TwiceU.of(x, KAPPA3, KAPPA3_LO);
        if (v.hi < Underflow.EXP_TAIL) {
            double a = 1 + w.hi;
            return Underflow.timesExp(a, v.hi, v.lo + (Sums.twoSumError(1, w.hi, a) + w.lo) / a);
        }
        if (x >= 0) {
            // sigmoid(2u) + x 2u' sigmoid'(2u) = (d + x 2u' f) / d^2 with f = exp(-2u), d = 1 + f: all
            // terms positive, compensated, rounded once (as two rounded terms, 1.96 ulps at x = 0.30, measured).
            double f = Math.exp(-v.hi);
            double fLo = -f * v.lo;
            double d = 1 + f;
            double dLo = Sums.twoSumError(1, f, d) + fLo;
            double p = w.hi * f;
            double pLo = Math.fma(w.hi, f, -p) + w.lo * f + w.hi * fLo;
            double n = d + p;
            double nLo = Sums.twoSumError(d, p, n) + dLo + pLo;
            double s = d * d;
            double sLo = Math.fma(d, d, -s) + 2 * d * dLo;
            double q = n / s;
            return q + (nLo - Math.fma(q, s, -n) - q * sLo) / s;
        }
        double e = Math.exp(v.hi);
        double eLo = e * v.lo;
        double d = 1 + e;
        double dLo = Sums.twoSumError(1, e, d) + eLo;
        double b = d + w.hi;
        double bLo = Sums.twoSumError(d, w.hi, b) + dLo + w.lo;
        double p = e * b;
        double pLo = Math.fma(e, b, -p) + e * bLo + eLo * b;
        double s = d * d;
        double sLo = Math.fma(d, d, -s) + 2 * d * dLo;
        double r = p / s;
        return r + (pLo - Math.fma(r, s, -p) - r * sLo) / s;
    }

    /**
     * {@code 2 sqrt(2/pi) * x * (1 + k x^2)} as the double-double {@code hi + lo}, for k = kHi + kLo:
     * 2u with k = 0.044715, and x * 2u'(x) with k = 3 * 0.044715.
     */
    private record TwiceU(double hi, double lo) {
        static TwiceU of(double x, double k, double kLo) {
            double x2 = x * x;
            double x2Lo = Math.fma(x, x, -x2);
            double p = k * x2;
            double pLo = Math.fma(k, x2, -p) + k * x2Lo + kLo * x2;
            double t = 1 + p;
            double tLo = (1 - t) + p + pLo;
            double q = t * x;
            double qLo = Math.fma(t, x, -q) + tLo * x;
            double v = C * q;
            return new TwiceU(v, Math.fma(C, q, -v) + C * qLo + C_LO * q);
        }
    }

    /**
     * {@code (m + mLo) * exp(-z^2)} for the exact {@code z = -x / sqrt(2)}, of which the argument {@code z} is
     * the rounded value: the lost low parts of z and of z^2 enter to first order, and the product is
     * rounded once. Results that would underflow are scaled first ({@link Underflow#timesExp}).
     */
    private static double timesExpMinusZSquared(double m, double mLo, double x, double z) {
        double zLo = Math.fma(-x, SQRT1_2, -z) - x * SQRT1_2_LO;
        double s = z * z;
        double sLo = Math.fma(z, z, -s) + 2 * z * zLo;
        if (-s < Underflow.EXP_TAIL) {
            return Underflow.timesExp(m, -s, mLo / m - sLo);
        }
        double h = Math.exp(-s);
        double p = m * h;
        return p + (Math.fma(m, h, -p) + (mLo - m * sLo) * h);
    }
}
