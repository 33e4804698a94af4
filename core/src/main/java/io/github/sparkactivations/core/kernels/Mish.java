package io.github.sparkactivations.core.kernels;

/**
 * Mish {@code x * tanh(softplus(x))} and its derivative, written through {@code e = exp(x)}:
 * {@code tanh(softplus(x)) = n / (n + 2)} with {@code n = e * (e + 2)}, or for positive x, with
 * {@code f = exp(-x)}, {@code 1 - 2f^2 / (1 + 2f + 2f^2)}: no overflow, no cancellation.
 */
public final class Mish {

    private Mish() {
    }

    /** {@code mish(x) = x * tanh(log(1 + exp(x)))}; mish(-inf) = 0, mish(+inf) = +inf. */
    public static double value(double x) {
        if (x >= 0) {
            if (x == Double.POSITIVE_INFINITY) {
                return x;
            }
            double f = Math.exp(-x);
            double twoF2 = 2 * f * f;
            return x - x * twoF2 / (1 + 2 * f + twoF2);
        }
        if (x < Underflow.EXP_TAIL) {
            return x == Double.NEGATIVE_INFINITY ? -0.0 : Underflow.timesExp(x, x);
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

    /** {@code mish'(x) = T + x * (1 - T^2) * sigmoid(x)}, {@code T = tanh(softplus(x))}. */
    public static double grad(double x) {
        if (x >= 0) {
            if (x == Double.POSITIVE_INFINITY) {
                return 1.0;
            }
            double f = Math.exp(-x);
            double den = 1 + 2 * f + 2 * f * f;
            double t = 1 - 2 * f * f / den;
            double oneMinusT2 = 4 * f * f * (1 + f) * (1 + f) / (den * den);
            return t + x * oneMinusT2 / (1 + f);
        }
        if (x < Underflow.EXP_TAIL) {
            return x == Double.NEGATIVE_INFINITY ? 0.0 : Underflow.timesExp(1 + x, x);
        }
        double e = Math.exp(x);
        double n = e * (e + 2);
        double d = n + 2;
        double t = n / d;
        double oneMinusT2 = 4 * (n + 1) / (d * d);
        return t + x * oneMinusT2 * e / (1 + e);
    }
}
