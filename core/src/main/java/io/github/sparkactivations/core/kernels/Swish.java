package io.github.sparkactivations.core.kernels;

/**
 * SiLU {@code x * sigmoid(x)} and swish {@code x * sigmoid(beta * x)}, with their derivatives.
 *
 * <p>{@code beta * x} is carried in double-double (sigmoid's left tail magnifies its rounding), and
 * every result is rounded once ({@link Sigmoid#times}). The derivative, with {@code e = exp(y)},
 * {@code y = beta * x}, is {@code e * ((1 + y) + e) / (1 + e)^2} for y &lt; 0, with no cancellation but
 * near its root y = -1.2785, where a fitted polynomial takes over ({@link NearRoot}).
 */
public final class Swish {

    /** silu'(y) near its root, fitted by make_polynomials.py (fit error 9.49e-20 relative). */
    public static final NearRoot GRAD_NEAR_ROOT = new NearRoot(-1.2784645427610737, -1.0946994183093437e-16, 0.3, new double[] {
                    0.2178117057198001,
                    0.1466487969969469,
                    0.018874814223782312,
                    -0.015222655223187706,
                    -0.006606589138356781,
                    0.00012662741004203514,
                    0.000798521881850028,
                    0.0001857072456834204,
                    -4.090534291520016e-05,
                    -2.9733598637627508e-05,
                    -2.942617209354543e-06,
                    2.34685455409697e-06,
                    8.597562970748652e-07,
                    -3.668666458969287e-08,
                    -9.109206040289984e-08});

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
        if (GRAD_NEAR_ROOT.covers(y)) {
            return GRAD_NEAR_ROOT.value(y, yLo);
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
