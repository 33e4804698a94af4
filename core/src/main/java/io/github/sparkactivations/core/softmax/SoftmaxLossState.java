package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.core.internal.Sums;

/**
 * Streaming, mergeable cross-entropy of one sample given as rows (logit, target): a
 * {@link LogSumExpState} of the logits (max m, {@code L = log_sum_exp - m}), the target sum
 * {@code w = sum_i t_i}, and the gap sum {@code g = sum_i t_i (m - x_i)}; then
 * {@code loss = sum_i t_i (log_sum_exp - x_i) = g + w L}, a sum of nonnegative terms: nothing cancels,
 * however confident the prediction (as {@code w m - sum t_i x_i} would, to 10^16 ulps at a loss of
 * 2e-30, measured). When the maximum grows by {@code d}, every earlier row's gap grows by d:
 * {@code g += w d}. Both sums are compensated ({@code g + gLo}, {@code w + wLo}).
 *
 * <p>The static methods are the state's transitions, one buffer slot each, as Spark's generated
 * aggregation code calls them; all read the buffer before the row, the logits' old maximum included.
 */
public final class SoftmaxLossState {

    /**
     * The exp roundings the logits' state carries: none, since {@code g + w L} is a sum of nonnegative parts and
     * L's relative error is its terms'.
     */
    public static final LogSumExpState.Carry CARRY = LogSumExpState.Carry.NONE;

    private final LogSumExpState logits = new LogSumExpState(CARRY);
    private double gap;
    private double gapLo;
    private double weight;
    private double weightLo;

    /** Adds one row: its logit and its target probability (1 or 0 for a one-hot label). */
    public SoftmaxLossState add(double logit, double target) {
        double m = logits.maxValue();
        gapLo = gapLow(gap, gapLo, m, weight, weightLo, logit, target);
        gap = gapHigh(gap, m, weight, logit, target);
        weightLo = weightLow(weight, weightLo, target);
        weight += target;
        logits.add(logit);
        return this;
    }

    /** Adds another state, as if its rows had been added here. */
    public SoftmaxLossState merge(SoftmaxLossState other) {
        double m1 = logits.maxValue();
        double m2 = other.logits.maxValue();
        double g = mergeGapHigh(m1, gap, weight, m2, other.gap, other.weight);
        gapLo = mergeGapLow(m1, gap, gapLo, weight, weightLo, m2, other.gap, other.gapLo, other.weight, other.weightLo);
        gap = g;
        weightLo = mergeLow(weight, weightLo, other.weight, other.weightLo);
        weight += other.weight;
        logits.merge(other.logits);
        return this;
    }

    /** The cross-entropy in nats; NaN if no row had a nonzero target. */
    public double value() {
        return value(logits.maxValue(), logits.log1pPart(), gap, gapLo, weight, weightLo);
    }

    /** The gap sum after a row (x, t), m and w the state's maximum and target sum before it. */
    public static double gapHigh(double g, double m, double w, double x, double t) {
        return g + increment(m, w, x, t);
    }

    /** The compensation of {@link #gapHigh}: what the increment and the sum rounded away, plus the old one. */
    public static double gapLow(double g, double gLo, double m, double w, double wLo, double x, double t) {
        double p = increment(m, w, x, t);
        double s = g + p;
        if (Double.isInfinite(s) || s != s) {
            return 0.0;
        }
        return gLo + Sums.twoSumError(g, p, s) + incrementLow(m, w, wLo, x, t);
    }

    /** The gap sum of two merged states: the one with the lower maximum gains {@code w (m1 - m2)}. */
    public static double mergeGapHigh(double m1, double g1, double w1, double m2, double g2, double w2) {
        if (m1 < m2) {
            return mergeGapHigh(m2, g2, w2, m1, g1, w1);
        }
        return g1 + (g2 + increment(m2, w2, m1, 0));
    }

    /** The compensation of {@link #mergeGapHigh}. */
    public static double mergeGapLow(double m1, double g1, double gLo1, double w1, double wLo1,
                                     double m2, double g2, double gLo2, double w2, double wLo2) {
        if (m1 < m2) {
            return mergeGapLow(m2, g2, gLo2, w2, wLo2, m1, g1, gLo1, w1, wLo1);
        }
        double p = increment(m2, w2, m1, 0);
        double q = g2 + p;
        double s = g1 + q;
        if (Double.isInfinite(s) || s != s) {
            return 0.0;
        }
        return gLo1 + gLo2 + incrementLow(m2, w2, wLo2, m1, 0) + Sums.twoSumError(g2, p, q) + Sums.twoSumError(g1, q, s);
    }

    /** The compensation of the target sum {@code w + t}: what it rounds away, plus the old one. */
    public static double weightLow(double w, double wLo, double t) {
        return wLo + Sums.twoSumError(w, t, w + t);
    }

    /** The compensation of {@code a1 + a2} when merging: both old ones and what the sum rounded away. */
    public static double mergeLow(double a1, double aLo1, double a2, double aLo2) {
        return aLo1 + aLo2 + Sums.twoSumError(a1, a2, a1 + a2);
    }

    /**
     * {@code (g + gLo) + (w + wLo) * log1p} with {@code log1p = log_sum_exp - m}: the loss from the final
     * state. NaN without a target or with a NaN logit, or when every logit is -inf; +inf when one is +inf
     * or a target sits on a -inf logit.
     */
    public static double value(double m, double log1p, double g, double gLo, double w, double wLo) {
        if (w == 0 || m != m || g != g) {
            return Double.NaN;
        }
        if (Double.isInfinite(m)) {
            return m == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        if (Double.isInfinite(g)) {
            return g;
        }
        return g + (gLo + (w + wLo) * log1p);
    }

    /**
     * What a row (x, t) adds to the gap sum of a state with maximum m and target sum w: {@code t (m - x)}
     * below the maximum, {@code w (x - m)} for a new maximum (its own gap is 0); no term for a zero weight.
     */
    private static double increment(double m, double w, double x, double t) {
        if (x > m) {
            return w == 0 ? 0.0 : product(w, x, m);
        }
        return t == 0 || x == m ? 0.0 : product(t, m, x);
    }

    /** What {@link #increment} rounded away: the difference's and the product's errors (w's low part too). */
    private static double incrementLow(double m, double w, double wLo, double x, double t) {
        if (x > m) {
            return w == 0 ? 0.0 : productLow(w, wLo, x, m);
        }
        return t == 0 || x == m ? 0.0 : productLow(t, 0, m, x);
    }

    /** {@code w (a - b)}, a &gt; b; where a - b of two finite values overflows, {@code 2 w (a/2 - b/2)}. */
    private static double product(double w, double a, double b) {
        double d = a - b;
        return overflows(d, a, b) ? 2 * (w * (0.5 * a - 0.5 * b)) : w * d;
    }

    /** The error of {@link #product}, with w's low part wLo; 0 when the product is infinite. */
    private static double productLow(double w, double wLo, double a, double b) {
        double scale = 1;
        if (overflows(a - b, a, b)) {
            a *= 0.5;
            b *= 0.5;
            scale = 2;
        }
        double d = a - b;
        double p = w * d;
        if (Double.isInfinite(p) || p != p) {
            return 0.0;
        }
        return scale * (Math.fma(w, d, -p) + w * Sums.twoSumError(a, -b, d) + wLo * d);
    }

    private static boolean overflows(double d, double a, double b) {
        return Double.isInfinite(d) && !Double.isInfinite(a) && !Double.isInfinite(b);
    }
}
