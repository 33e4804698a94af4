package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.core.internal.Sums;

/**
 * Cross-entropy of one sample's logits, in nats, as PyTorch's {@code cross_entropy}: against a class
 * index (with label smoothing), against target probabilities, and its gradient in the logits.
 *
 * <p>Every term is written nonnegative, {@code -log p_i = (m - x_i) + log1p(t)} (see
 * {@link Exponentials}), so a confident, correct prediction gets a tiny loss with full relative
 * precision rather than the difference of two nearly equal numbers.
 */
public final class SoftmaxLoss {

    private SoftmaxLoss() {
    }

    /**
     * {@code (1 - eps) * (-log p_label) + eps * mean_i(-log p_i)}, p = softmax(x).
     *
     * @throws IllegalArgumentException if label is not in [0, length)
     */
    public static double ofLabel(double[] x, int from, int length, int label, double smoothing) {
        checkLabel(label, length);
        Exponentials s = Exponentials.of(x, from, length, 1.0, null, 0);
        if (s.hasNaN || s.positiveInfinities > 0 || s.max == Double.NEGATIVE_INFINITY) {
            return limit(s, x[from + label]);
        }
        double log = s.log1pT();
        if (smoothing == 0) {
            return weightedNll(1, s.max, x[from + label], log);
        }
        double smoothed = smoothed(x, from, length, label, smoothing, s.max, log, 1);
        // Near the largest double a term may overflow where the mix does not: then in halves.
        return Double.isFinite(smoothed) ? smoothed : 2 * smoothed(x, from, length, label, smoothing, s.max, log, 0.5);
    }

    /** {@code scale * ((1 - eps) * (-log p_label) + eps * mean_i(-log p_i))}. */
    private static double smoothed(double[] x, int from, int length, int label, double smoothing, double max,
                                   double log, double scale) {
        double mean = 0;
        double meanLo = 0;
        for (int i = 0; i < length; i++) {
            double v = weightedNll(scale / length, max, x[from + i], log);
            double sum = mean + v;
            meanLo += Sums.twoSumError(mean, v, sum);
            mean = sum;
        }
        mean = Double.isInfinite(mean) ? mean : mean + meanLo;
        return (1 - smoothing) * weightedNll(scale, max, x[from + label], log) + smoothing * mean;
    }

    /** {@code -sum_i t_i log p_i}, p = softmax(x), for target probabilities t (any nonnegative weights). */
    public static double ofTargets(double[] x, int from, int length, double[] targets, int targetsFrom) {
        Exponentials s = Exponentials.of(x, from, length, 1.0, null, 0);
        double log = s.log1pT();
        double loss = 0;
        double lossLo = 0;
        for (int i = 0; i < length; i++) {
            double t = targets[targetsFrom + i];
            if (t != 0) {
                double v = weightedNll(t, s.max, x[from + i], log);
                double sum = loss + v;
                lossLo += Sums.twoSumError(loss, v, sum);
                loss = sum;
            }
        }
        return s.hasNaN ? Double.NaN : Double.isInfinite(loss) ? loss : loss + lossLo;
    }

    /**
     * {@code out[outFrom + i] = softmax(x)_i - (i == label ? 1 : 0)}; at the label written
     * {@code -((1 - e_label) + t) / (1 + t)} from the compensated sums (see {@link Exponentials}), with
     * {@code 1 - e_label = -expm1(d_label)}: no cancellation however near 1 the probability is (summing
     * the other probabilities lost 160 ulps over 1,000 classes, measured).
     */
    public static void gradOfLabel(double[] x, int from, int length, int label, double[] out, int outFrom) {
        checkLabel(label, length);
        Exponentials s = Softmax.probabilities(x, from, length, 1.0, out, outFrom);
        if (s == null) {
            out[outFrom + label] -= 1;
            return;
        }
        double a = 0;
        double aLo = 0;
        if (label != s.argmax) {
            double xk = x[from + s.argmax];
            double d = Exponentials.difference(x[from + label], xk, 1.0);
            double m = Math.expm1(d);
            a = -m;
            aLo = -(1 + m) * Exponentials.differenceLow(x[from + label], xk, 1.0, d);
        }
        double n = a + s.t;
        double nLo = Sums.twoSumError(a, s.t, n) + aLo + s.tLo;
        double den = 1 + s.t;
        double denLo = Sums.twoSumError(1, s.t, den) + s.tLo;
        double q = n / den;
        out[outFrom + label] = -(q + (nLo - q * denLo + -Math.fma(q, den, -n)) / den);
    }

    /**
     * {@code t * -log p = t * ((m - x) + log1p(t))}; halved first where logits of both signs near the
     * largest double make {@code m - x} overflow while t times it does not.
     */
    private static double weightedNll(double t, double m, double x, double log) {
        double gap = m - x;
        if (Double.isInfinite(gap) && !Double.isInfinite(x)) {
            return 2 * (t * ((0.5 * m - 0.5 * x) + 0.5 * log));
        }
        return t * (gap + log);
    }

    private static void checkLabel(int label, int length) {
        if (label < 0 || label >= length) {
            throw new IllegalArgumentException("label " + label + " is out of range for " + length + " classes");
        }
    }

    /** The loss when infinities or NaN decide it. */
    private static double limit(Exponentials s, double atLabel) {
        if (s.hasNaN || s.max == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        return atLabel == Double.POSITIVE_INFINITY ? Math.log(s.positiveInfinities) : Double.POSITIVE_INFINITY;
    }
}
