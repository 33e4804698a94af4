package io.github.sparkactivations.core.vector;

import io.github.sparkactivations.core.kernels.Sums;

/**
 * Streaming, mergeable cross-entropy of one sample given as rows (logit, target): a
 * {@link LogSumExpState} of the logits, the compensated {@code a = sum_i t_i x_i}, and
 * {@code w = sum_i t_i}; {@code loss = w * log_sum_exp - a}, computed as
 * {@code (w * m - a) + w * log1p(t)} so that a confident correct prediction keeps its precision.
 */
public final class SoftmaxLossState {

    private final LogSumExpState logits = new LogSumExpState();
    private double weighted;
    private double weightedLo;
    private double weight;
    private double weightLo;

    /** Adds one row: its logit and its target probability (1 or 0 for a one-hot label). */
    public SoftmaxLossState add(double logit, double target) {
        logits.add(logit);
        if (target != 0) {
            weightedLo = weightedSumLow(weighted, weightedLo, logit, target);
            weighted = weightedSumHigh(weighted, logit, target);
            weightLo = weightLow(weight, weightLo, target);
            weight += target;
        }
        return this;
    }

    /** Adds another state, as if its rows had been added here. */
    public SoftmaxLossState merge(SoftmaxLossState other) {
        logits.merge(other.logits);
        weightedLo = mergeLow(weighted, weightedLo, other.weighted, other.weightedLo);
        weighted += other.weighted;
        weightLo = mergeLow(weight, weightLo, other.weight, other.weightLo);
        weight += other.weight;
        return this;
    }

    /** The cross-entropy in nats; NaN if no row had a nonzero target. */
    public double value() {
        return value(logits.maxValue(), logits.log1pPart(), weighted, weightedLo, weight, weightLo);
    }

    /** {@code a + t * x}, rounded. */
    public static double weightedSumHigh(double a, double x, double t) {
        return a + t * x;
    }

    /** The compensation of {@link #weightedSumHigh}: what it rounded away, plus the old one. */
    public static double weightedSumLow(double a, double aLo, double x, double t) {
        double p = t * x;
        return aLo + Math.fma(t, x, -p) + Sums.twoSumError(a, p, a + p);
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
     * {@code (w + wLo) * (m + log1p) - (a + aLo)} with {@code log1p = log_sum_exp - m}: the loss from the
     * final state, {@code w * m - a} taken in double-double.
     */
    public static double value(double m, double log1p, double a, double aLo, double w, double wLo) {
        if (w == 0 || m != m || a != a) {
            return Double.NaN;
        }
        if (Double.isInfinite(m)) {
            return m == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        double p = w * m;
        double d = p - a;
        if (Double.isInfinite(d)) {
            // w m - a beyond the largest double (logits of both signs near it): the loss is that infinity.
            return d;
        }
        double dLo = Sums.twoSumError(p, -a, d) + Math.fma(w, m, -p) + wLo * m - aLo;
        return d + (dLo + (w + wLo) * log1p);
    }
}
