package io.github.sparkactivations.core.kernels;

/**
 * SiLU {@code x * sigmoid(x)} and swish {@code x * sigmoid(beta * x)}, with their derivatives.
 *
 * <p>SiLU divides once by the compensated {@code 1 + exp(-|x|)}. For swish, {@code beta * x} is
 * carried in double-double (sigmoid's left tail magnifies its rounding). Below x = -700 the
 * result is {@code x * exp(x)} applied without a subnormal intermediate.
 */
public final class Swish {

    private Swish() {
    }

    /** {@code silu(x) = x * sigmoid(x)}; silu(-inf) = 0. */
    public static double silu(double x) {
        if (x >= 0) {
            if (x == Double.POSITIVE_INFINITY) {
                return x;
            }
            double e = Math.exp(-x);
            double d = 1 + e;
            double r = x / d;
            return r - r * (Sums.twoSumError(1, e, d) / d);
        }
        if (x < Underflow.EXP_TAIL) {
            return x == Double.NEGATIVE_INFINITY ? -0.0 : Underflow.timesExp(x, x);
        }
        double e = Math.exp(x);
        double d = 1 + e;
        double p = x * e;
        double r = p / d;
        return r + (Math.fma(x, e, -p) - r * Sums.twoSumError(1, e, d)) / d;
    }

    /** {@code silu'(x) = sigmoid(x) * (1 + x * sigmoid(-x))}; 0 at -inf, 1 at +inf. */
    public static double siluGrad(double x) {
        return swishGrad(x, 1.0);
    }

    /** {@code swish(x, b) = x * sigmoid(b * x)}. */
    public static double swish(double x, double beta) {
        if (beta == 1.0) {
            return silu(x);
        }
        double y = beta * x;
        double yLo = Math.fma(beta, x, -y);
        if (y < Underflow.EXP_TAIL) {
            return Double.isInfinite(x) ? x * 0.0 : Underflow.timesExp(x * (1 + yLo), y);
        }
        if (Double.isInfinite(x)) {
            return y > 0 ? x : x * 0.0;
        }
        return x * Sigmoid.sigmoid(y) * (1 + Sigmoid.sigmoid(-y) * yLo);
    }

    /** {@code swish'(x, b) = sigmoid(bx) * (1 + bx * sigmoid(-bx))}. */
    public static double swishGrad(double x, double beta) {
        double y = beta * x;
        if (Double.isInfinite(y) || y != y) {
            return y > 0 ? 1.0 : y < 0 ? 0.0 : Double.NaN;
        }
        if (y < Underflow.EXP_TAIL) {
            return Underflow.timesExp(1 + y, y);
        }
        double s = Sigmoid.sigmoid(y);
        return s + y * s * Sigmoid.sigmoid(-y);
    }
}
