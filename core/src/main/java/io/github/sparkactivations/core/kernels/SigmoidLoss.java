package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.DoubleDouble;
import io.github.sparkactivations.core.internal.Sums;
import io.github.sparkactivations.core.internal.ExpDD;
import io.github.sparkactivations.core.internal.Log1pDD;

/**
 * Binary cross-entropy with logits, as PyTorch's {@code binary_cross_entropy_with_logits}, and its
 * derivative in the logit: {@code pw * y * softplus(-x) + (1 - y) * softplus(x)}, both terms
 * nonnegative and never formed as {@code log(sigmoid(x))}.
 */
public final class SigmoidLoss {

    /** Below this, pos_weight * label may be subnormal: its low part is not exact. */
    private static final double TINY_WEIGHT = 0x1p-900;

    private SigmoidLoss() {
    }

    /** {@code -(pw * y * log(sigmoid(x)) + (1 - y) * log(1 - sigmoid(x)))}. */
    public static double value(double x, double label, double posWeight) {
        if (x != x) {
            return x;
        }
        double c = label * posWeight;
        double n = 1 - label;
        if (c == 1 && n == 0 || c == 0 && n == 1) {
            // A hard label at weight 1: one softplus, exactly (13 ns against 100 for the general form, measured).
            return Softplus.value(n == 0 ? -x : x, 1, Double.POSITIVE_INFINITY);
        }
        if (c != 0 && Math.abs(c) < TINY_WEIGHT) {
            // The tiny term apart, the other as accurately as below (2.02 ulps with a plain softplus, measured).
            return weightedSoftplus(label, posWeight, -x) + value(x, label, 0);
        }
        if (Math.abs(x) > -Underflow.EXP_TAIL) {
            return weightedSoftplus(label, posWeight, -x) + weightedSoftplus(n, 1, x);
        }
        // Both weights and both products in double-double, the sum rounded once; softplus(-x) and
        // softplus(x) = max(+-x, 0) + log1p(u), u = exp(-|x|) and the log in double-double (ExpDD,
        // Log1pDD): a weight rounded on top of exp's and log1p's own errors reached 2.2 ulps (measured).
        double cLo = Math.fma(label, posWeight, -c);
        double nLo = Sums.twoSumError(1, -label, n);
        DoubleDouble u = ExpDD.of(-Math.abs(x));
        DoubleDouble log = Log1pDD.of(u.hi(), u.lo());
        double s1 = Math.max(-x, 0.0) + log.hi();
        double s1Lo = Sums.twoSumError(Math.max(-x, 0.0), log.hi(), s1) + log.lo();
        double s2 = Math.max(x, 0.0) + log.hi();
        double s2Lo = Sums.twoSumError(Math.max(x, 0.0), log.hi(), s2) + log.lo();
        double p1 = c * s1;
        double p2 = n * s2;
        double sum = p1 + p2;
        if (Double.isInfinite(sum)) {
            return sum;
        }
        return sum + (Sums.twoSumError(p1, p2, sum) + Math.fma(c, s1, -p1) + Math.fma(n, s2, -p2)
                + cLo * s1 + c * s1Lo + nLo * s2 + n * s2Lo);
    }

    /**
     * {@code (1 - y) * sigmoid(x) - pw * y * sigmoid(-x)}: {@code sigmoid(x) - y} when pw = 1. With a
     * soft label both terms are there and may cancel (near the loss's minimum, where training ends):
     * then everything is carried in double-double ({@link #softLabelGrad}), at about 5x the cost
     * (15 -&gt; 57 ns, measured).
     */
    public static double grad(double x, double label, double posWeight) {
        double positive = label * posWeight;
        double negative = 1 - label;
        if (Double.isInfinite(x)) {
            return x > 0 ? negative : -positive;
        }
        if (negative != 0 && positive != 0 && x == x) {
            return softLabelGrad(x, label, posWeight, positive, negative);
        }
        double a = negative != 0 ? Sigmoid.times(negative, x, 0) : 0;
        double b = positive != 0 ? Sigmoid.times(positive, -x, 0) : 0;
        return x == x ? a - b : x;
    }

    /**
     * The gradient as {@code ((1 - y) - c e) / (1 + e)} for x &gt;= 0 and {@code ((1 - y) e - c) / (1 + e)}
     * below, {@code e = exp(-|x|)}, {@code c = pw * y} and {@code n = 1 - y} (both rounded, their
     * low parts recovered here), in double-double: the numerator's cancellation then costs no accuracy
     * until about 2^-96. The weighted exp is {@link ExpDD#times}, so a weight near the largest double
     * times an exp near the least one cancels as precisely (2.7 ulps at x = 709.78, pw = 1.8e308 with
     * a plain product, measured).
     */
    private static double softLabelGrad(double x, double label, double posWeight, double c, double n) {
        double cLo = Math.fma(label, posWeight, -c);
        double nLo = Sums.twoSumError(1, -label, n);
        double a = -Math.abs(x);
        double s;
        double sLo;
        if (x >= 0) {
            DoubleDouble p = ExpDD.times(c, a);
            s = n - p.hi();
            sLo = Sums.twoSumError(n, -p.hi(), s) + nLo - p.lo() - p.hi() * (cLo / c);
        } else {
            DoubleDouble p = ExpDD.times(n, a);
            s = p.hi() - c;
            sLo = Sums.twoSumError(p.hi(), -c, s) + p.lo() + p.hi() * (nLo / n) - cLo;
        }
        DoubleDouble e = ExpDD.times(1, a);
        double d = 1 + e.hi();
        double dLo = Sums.twoSumError(1, e.hi(), d) + e.lo();
        double q = s / d;
        return q + (-Math.fma(q, d, -s) + sLo - q * dLo) / d;
    }

    /**
     * {@code a * b * softplus(z)}, 0 when a weight is; {@code a b exp(z)} in the left tail, scaled so that a
     * large weight cannot magnify a subnormal exp(z); else multiplied in an order that keeps a tiny b
     * from underflowing before a large softplus.
     */
    private static double weightedSoftplus(double a, double b, double z) {
        if (a == 0 || b == 0) {
            return 0;
        }
        if (z < Underflow.EXP_TAIL) {
            return Underflow.timesExp(a * b, z, 0);
        }
        double s = softplus(z);
        return b >= 1 ? a * b * s : a * (b * s);
    }

    private static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }
}
