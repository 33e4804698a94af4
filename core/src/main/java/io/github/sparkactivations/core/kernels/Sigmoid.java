package io.github.sparkactivations.core.kernels;

/** The logistic sigmoid and its derivative. */
public final class Sigmoid {

    private Sigmoid() {
    }

    /**
     * {@code sigmoid(x) = 1 / (1 + exp(-x))}, computed from {@code e = exp(-|x|) <= 1} as {@code 1 / (1 + e)}
     * or {@code e / (1 + e)}: no input overflows, and tiny results keep their precision down to subnormals.
     * The rounding error of {@code 1 + e} is carried along and divided out. The numerator, 1 or e, is
     * picked by arithmetic on the sign bit ({@link SignBit}), not by a branch. Max error
     * 1.44 ulp over the mpmath tables, from exp's own rounding (measured).
     */
    public static double sigmoid(double x) {
        double e = Math.exp(-Math.abs(x));
        double d = 1 + e;
        double dLo = (1 - d) + e;
        double positive = SignBit.clear(x);
        double r = (positive + (1 - positive) * e) / d;
        return r - r * (dLo / d);
    }

    /**
     * {@code sigmoid'(x) = sigmoid(x) * sigmoid(-x) = e / (1 + e)^2} with {@code e = exp(-|x|)}: symmetric,
     * no cancellation (unlike {@code s * (1 - s)}), and 0 at both infinities. The square of {@code 1 + e}
     * is carried in double-double. Max error 1.43 ulp over the mpmath tables (measured).
     */
    public static double grad(double x) {
        double e = Math.exp(-Math.abs(x));
        double d = 1 + e;
        double dLo = (1 - d) + e;
        double s = d * d;
        double sLo = Math.fma(d, d, -s) + 2 * d * dLo;
        double r = e / s;
        return r - r * (sLo / s);
    }

    /**
     * {@code m * sigmoid(v + vLo)}, for v carried in double-double, rounded once: the kernels of
     * silu, swish and gelu's tanh form. {@code m} must be finite. With {@code e = exp(-|v|)}, it is
     * {@code m / (1 + e)} for v &gt;= 0 and {@code m e / (1 + e)} below, the numerator's factor (1 or e)
     * and the sign of vLo's effect on e picked by arithmetic on the sign bit ({@link SignBit}).
     */
    static double times(double m, double v, double vLo) {
        if (v < Underflow.EXP_TAIL) {
            return Underflow.timesExp(m, v, vLo);
        }
        double e = Math.exp(-Math.abs(v));
        double positive = SignBit.clear(v);
        // exp(-|v + vLo|) = e (1 -+ vLo) to first order.
        double eLo = e * vLo * (1 - 2 * positive);
        double d = 1 + e;
        double dLo = (1 - d) + e + eLo;
        double factor = positive + (1 - positive) * e;
        double p = m * factor;
        double pLo = Math.fma(m, factor, -p) + m * eLo * (1 - positive);
        double r = p / d;
        // the division's own remainder too: without it 2.09 ulps in sigmoid_loss_grad at (-5.23, 0.3), measured
        return r + (pLo - Math.fma(r, d, -p) - r * dLo) / d;
    }
}
