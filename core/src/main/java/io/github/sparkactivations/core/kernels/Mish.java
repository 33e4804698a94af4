package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.Sums;
import io.github.sparkactivations.core.internal.NearRoots;

/**
 * Mish {@code x * tanh(softplus(x))} and its derivative, written through {@code e = exp(x)}:
 * {@code tanh(softplus(x)) = n / (n + 2)} with {@code n = e * (e + 2)}, or for x &gt;= 1, with
 * {@code f = exp(-x)}, {@code 1 - 2f^2 / (1 + 2f + 2f^2)}: no overflow, no cancellation.
 */
public final class Mish {


    /**
     * From here up, the forms in f = exp(-x), whose 1 - 2f^2 / (1 + 2f + 2f^2) cancels less than 1.2x;
     * below, the forms in e = exp(x), whose terms are all positive for x &gt;= 0 (with the f-forms from 0,
     * 1.9 ulps at x = 0.03, measured).
     */
    private static final double F_FORM = 1;

    private Mish() {
    }

    /** {@code mish(x) = x * tanh(log(1 + exp(x)))}; mish(-inf) = 0, mish(+inf) = +inf. */
    public static double value(double x) {
        if (x >= F_FORM) {
            if (x == Double.POSITIVE_INFINITY) {
                return x;
            }
            double f = Math.exp(-x);
            double twoF2 = 2 * f * f;
            return x - x * twoF2 / (1 + 2 * f + twoF2);
        }
        if (x < Underflow.EXP_TAIL) {
            return x == Double.NEGATIVE_INFINITY ? -0.0 : Underflow.timesExp(x, x, 0);
        }
        double e = Math.exp(x);
        double a = e + 2;
        double n = e * a;
        double nLo = Math.fma(e, a, -n) + e * Sums.twoSumError(e, 2, a);
        double d = n + 2;
        double dLo = Sums.twoSumError(n, 2, d) + nLo;
        double p = x * n;
        double r = p / d;
        return r + (Math.fma(x, n, -p) + x * nLo - r * dLo) / d;
    }

    /**
     * {@code mish'(x) = T + x * (1 - T^2) * sigmoid(x)}, {@code T = tanh(softplus(x))}; for x &lt; 1 written
     * {@code e * (4 (1 + x) + e (6 + 4x + 4e + e^2)) / (e^2 + 2e + 2)^2}, e = exp(x), with a fitted
     * polynomial near the root x = -1.1924.
     */
    public static double grad(double x) {
        if (x >= F_FORM) {
            if (x == Double.POSITIVE_INFINITY) {
                return 1.0;
            }
            double f = Math.exp(-x);
            double den = 1 + 2 * f + 2 * f * f;
            double t = 1 - 2 * f * f / den;
            double oneMinusT2 = 4 * f * f * (1 + f) * (1 + f) / (den * den);
            return t + x * oneMinusT2 / (1 + f);
        }
        if (NearRoots.MISH_GRAD.covers(x)) {
            return NearRoots.MISH_GRAD.value(x, 0);
        }
        if (x < Underflow.EXP_TAIL) {
            return x == Double.NEGATIVE_INFINITY ? 0.0 : Underflow.timesExp(1 + x, x, 0);
        }
        double e = Math.exp(x);
        double h = 4 * (1 + x);
        double hLo = 4 * Sums.twoSumError(1, x, 1 + x);
        // c = e (6 + 4x + 4e + e^2) compensated: rounded plainly it alone reached 2.1 ulps at x = -0.17 (measured).
        double w = 6 + 4 * x;
        double wLo = Sums.twoSumError(6, 4 * x, w);
        double w2 = w + 4 * e;
        double w2Lo = Sums.twoSumError(w, 4 * e, w2) + wLo;
        double e2 = e * e;
        double w3 = w2 + e2;
        double w3Lo = Sums.twoSumError(w2, e2, w3) + w2Lo + Math.fma(e, e, -e2);
        double c = e * w3;
        double cLo = Math.fma(e, w3, -c) + e * w3Lo;
        double inner = h + c;
        double innerLo = Sums.twoSumError(h, c, inner) + hLo + cLo;
        double a = 2 + e;
        double b = e * a;
        double bLo = Math.fma(e, a, -b) + e * Sums.twoSumError(2, e, a);
        double q = 2 + b;
        double qLo = Sums.twoSumError(2, b, q) + bLo;
        double s = q * q;
        double sLo = Math.fma(q, q, -s) + 2 * q * qLo;
        double p = e * inner;
        double pLo = Math.fma(e, inner, -p) + e * innerLo;
        double r = p / s;
        return r + (pLo - r * sLo) / s;
    }
}
