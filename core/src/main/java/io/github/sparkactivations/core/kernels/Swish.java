package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.Sums;
import io.github.sparkactivations.core.internal.NearRoots;

/**
 * SiLU {@code x * sigmoid(x)} and swish {@code x * sigmoid(beta * x)}, with their derivatives.
 *
 * <p>{@code beta * x} is carried in double-double (sigmoid's left tail magnifies its rounding), and
 * every result is rounded once ({@link Sigmoid#times}). The derivative, with {@code e = exp(y)},
 * {@code y = beta * x}, is {@code e * ((1 + y) + e) / (1 + e)^2} for y &lt; 0, with no cancellation but
 * near its root y = -1.2785, where a fitted polynomial takes over ({@link NearRoots#SWISH_GRAD}).
 */
public final class Swish {


    private Swish() {
    }

    /** {@code silu(x) = x * sigmoid(x)}; silu(-inf) = 0. */
    public static double silu(double x) {
        return swish(x, 1.0);
    }

    /** {@code silu'(x) = sigmoid(x) * (1 + x * sigmoid(-x))}; 0 at -inf, 1 at +inf. */
    public static double siluGrad(double x) {
        return swishGrad(x, 1.0);
    }

    /** {@code swish(x, b) = x * sigmoid(b * x)}. */
    public static double swish(double x, double beta) {
        double y = beta * x;
        if (Double.isInfinite(y) || Double.isInfinite(x) || beta == 0) {
            // sigmoid(beta x) is 1, 0 or 1/2 (beta = 0): x, a vanishing x exp(beta x), or x / 2.
            return beta == 0 ? 0.5 * x : y > 0 ? x : Math.copySign(0.0, x);
        }
        return Sigmoid.times(x, y, Math.fma(beta, x, -y));
    }

    /** {@code swish'(x, b) = sigmoid(bx) * (1 + bx * sigmoid(-bx))}; the derivative in x of swish. */
    public static double swishGrad(double x, double beta) {
        double y = beta * x;
        if (Double.isInfinite(y) || y != y) {
            return y > 0 ? 1.0 : y < 0 ? 0.0 : Double.NaN;
        }
        double yLo = Math.fma(beta, x, -y);
        if (NearRoots.SWISH_GRAD.covers(y)) {
            return NearRoots.SWISH_GRAD.value(y, yLo);
        }
        if (y < Underflow.EXP_TAIL) {
            // e^(y + yLo) (1 + y + yLo), where 1 + y is exact at this size and yLo moves into the exponent.
            double a = 1 + y;
            return Underflow.timesExp(a, y, yLo + yLo / a);
        }
        if (y >= 0) {
            // (1 + f (1 + y)) / (1 + f)^2, f = exp(-y): all terms positive.
            double f = Math.exp(-y) * (1 - yLo);
            double d = 1 + f;
            double s = d * d;
            double sLo = Math.fma(d, d, -s) + 2 * d * Sums.twoSumError(1, f, d);
            // n = 1 + f (1 + y) compensated: plainly it reached 2.01 ulps at y = 1.18 (measured).
            double a = 1 + y;
            double aLo = Sums.twoSumError(1, y, a) + yLo;
            double p = f * a;
            double n = 1 + p;
            double nLo = Sums.twoSumError(1, p, n) + Math.fma(f, a, -p) + f * aLo;
            double r = n / s;
            return r + (nLo - Math.fma(r, s, -n) - r * sLo) / s;
        }
        double e = Math.exp(y);
        double eLo = e * yLo;
        double a = 1 + y;
        double aLo = Sums.twoSumError(1, y, a) + yLo;
        double b = a + e;
        double bLo = Sums.twoSumError(a, e, b) + aLo + eLo;
        double p = e * b;
        double pLo = Math.fma(e, b, -p) + e * bLo + eLo * b;
        double d = 1 + e;
        double dLo = Sums.twoSumError(1, e, d) + eLo;
        double s = d * d;
        double sLo = Math.fma(d, d, -s) + 2 * d * dLo;
        double r = p / s;
        return r + (pLo - r * sLo) / s;
    }
}
