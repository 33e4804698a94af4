package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.core.internal.Sums;

/**
 * Streaming, mergeable entropy of the softmax distribution of a group's logits ({@link SoftmaxEntropy} over rows):
 * a {@link LogSumExpState} of the logits (max m, {@code S = 1 + t}) and the weighted sum
 * {@code T = sum_i exp(d_i) d_i <= 0}, {@code d_i = x_i - m}; then {@code H = log S - T / S}, two terms of one
 * sign. When the maximum grows by {@code d > 0}, every earlier term rescales by {@code r = exp(-d)} and shifts:
 * {@code T' = r (T - d S)}, again of one sign, so no step cancels. T is compensated ({@code T + TLo}), each
 * difference's and product's rounding carried; each exp's own rounding is not (it moves H relatively by as much).
 *
 * <p>The static methods are the state's transitions, one buffer slot each, as the catalog declares them for Spark's
 * aggregates ({@code RowStates}); they read the buffer before the row and the log-sum-exp state's shared terms
 * ({@link LogSumExpState#scale} r and {@link LogSumExpState#term} v). The instance methods wrap them
 * for Java callers.
 */
public final class SoftmaxEntropyState {

    /**
     * The exp roundings the logits' state carries: none, since {@code log S} and {@code -T / S} are both nonnegative
     * and their relative errors are the terms'.
     */
    public static final LogSumExpState.Carry CARRY = LogSumExpState.Carry.NONE;

    private final LogSumExpState logits = new LogSumExpState(CARRY);
    private double weighted;
    private double weightedLo;

    /** Adds one logit. */
    public SoftmaxEntropyState add(double x) {
        double m = logits.maxValue();
        double t = logits.others();
        double r = LogSumExpState.scale(m, x);
        double v = LogSumExpState.term(m, x);
        weightedLo = weightedLow(m, t, logits.compensation(), x, r, v, weighted, weightedLo);
        weighted = weightedHigh(m, t, x, r, v, weighted);
        logits.add(x);
        return this;
    }

    /** Adds another state, as if its logits had been added here. */
    public SoftmaxEntropyState merge(SoftmaxEntropyState other) {
        double m1 = logits.maxValue();
        double m2 = other.logits.maxValue();
        double w = mergeHigh(m1, logits.others(), weighted, m2, other.logits.others(), other.weighted);
        weightedLo = mergeLow(m1, logits.others(), logits.compensation(), weighted, weightedLo,
                m2, other.logits.others(), other.logits.compensation(), other.weighted, other.weightedLo);
        weighted = w;
        logits.merge(other.logits);
        return this;
    }

    /** The entropy in nats; NaN if no logit was added, all were -inf, or one was NaN. */
    public double value() {
        return value(logits.maxValue(), logits.others(), logits.compensation(), weighted, weightedLo);
    }

    /**
     * T after the row x, from the state before it (max m, others t, T = w) and the row's scale r and term v: for a
     * new maximum ({@code r >= 0}) {@code r (w - (x - m) (1 + t))}, 0 where r is; else {@code w + v (x - m)}.
     */
    public static double weightedHigh(double m, double t, double x, double r, double v, double w) {
        if (r >= 0) {
            return r == 0 ? 0.0 : r * (w - (x - m) * (1 + t));
        }
        return v == 0 || x == m ? w : w + v * (x - m);
    }

    /** The compensation of {@link #weightedHigh}: the roundings of x - m, 1 + t, the products and the sum. */
    public static double weightedLow(double m, double t, double c, double x, double r, double v, double w,
                                     double wLo) {
        if (r >= 0) {
            return r == 0 ? 0.0 : rescaledLow(x, m, t, c, r, w, wLo);
        }
        if (v == 0 || x == m) {
            return wLo;
        }
        double d = x - m;
        double u = v * d;
        double s = w + u;
        return wLo + Sums.twoSumError(w, u, s) + Math.fma(v, d, -u) + v * Sums.twoSumError(x, -m, d);
    }

    /** T of two merged states: the one with the lower maximum rescales and shifts, as for a new maximum. */
    public static double mergeHigh(double m1, double t1, double w1, double m2, double t2, double w2) {
        if (m1 < m2) {
            return mergeHigh(m2, t2, w2, m1, t1, w1);
        }
        if (m1 == m2) {
            return w1 + w2;
        }
        double f = LogSumExpState.factor(m2, m1);
        return f == 0 ? w1 : w1 + f * (w2 - (m1 - m2) * (1 + t2));
    }

    /** The compensation of {@link #mergeHigh}. */
    public static double mergeLow(double m1, double t1, double c1, double w1, double wLo1,
                                  double m2, double t2, double c2, double w2, double wLo2) {
        if (m1 < m2) {
            return mergeLow(m2, t2, c2, w2, wLo2, m1, t1, c1, w1, wLo1);
        }
        if (m1 == m2) {
            return wLo1 + wLo2 + Sums.twoSumError(w1, w2, w1 + w2);
        }
        double f = LogSumExpState.factor(m2, m1);
        if (f == 0) {
            return wLo1;
        }
        double p = f * (w2 - (m1 - m2) * (1 + t2));
        double s = w1 + p;
        return wLo1 + Sums.twoSumError(w1, p, s) + rescaledLow(m1, m2, t2, c2, f, w2, wLo2);
    }

    /**
     * {@code H = log1p(t + c) - (w + wLo) / (1 + t + c)}: NaN for a NaN maximum or one of -inf (no logit, or only
     * -inf ones); {@code log k} for k logits of +inf, which share the mass.
     */
    public static double value(double m, double t, double c, double w, double wLo) {
        if (m != m || m == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        double others = t + c;
        if (m == Double.POSITIVE_INFINITY) {
            return Math.log1p(others);
        }
        return Math.log1p(others) - (w + wLo) / (1 + others);
    }

    /**
     * The low part of {@code r (w - d (1 + t))}, {@code d = x - m > 0}, r the rescaling of the old terms to the new
     * maximum x: what each step rounded away.
     */
    private static double rescaledLow(double x, double m, double t, double c, double r, double w, double wLo) {
        double d = x - m;
        double s = 1 + t;
        double sLo = Sums.twoSumError(1, t, s) + c;
        double a = d * s;
        double aLo = Math.fma(d, s, -a) + d * sLo + Sums.twoSumError(x, -m, d) * s;
        double b = w - a;
        double bLo = Sums.twoSumError(w, -a, b) + (wLo - aLo);
        return Math.fma(r, b, -r * b) + r * bLo;
    }
}
