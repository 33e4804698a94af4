package io.github.sparkactivations.core.vector;

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
        double loss = (s.max - x[from + label]) + log;
        if (smoothing == 0) {
            return loss;
        }
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (s.max - x[from + i]) + log;
        }
        return (1 - smoothing) * loss + smoothing * (sum / length);
    }

    /** {@code -sum_i t_i log p_i}, p = softmax(x), for target probabilities t (any nonnegative weights). */
    public static double ofTargets(double[] x, int from, int length, double[] targets, int targetsFrom) {
        Exponentials s = Exponentials.of(x, from, length, 1.0, null, 0);
        double log = s.log1pT();
        double loss = 0;
        for (int i = 0; i < length; i++) {
            double t = targets[targetsFrom + i];
            if (t != 0) {
                loss += t * ((s.max - x[from + i]) + log);
            }
        }
        return s.hasNaN ? Double.NaN : loss;
    }

    /**
     * {@code out[outFrom + i] = softmax(x)_i - (i == label ? 1 : 0)}; at the label written
     * {@code -(sum of the other probabilities)}, which keeps its precision when p_label is near 1.
     */
    public static void gradOfLabel(double[] x, int from, int length, int label, double[] out, int outFrom) {
        checkLabel(label, length);
        Softmax.softmax(x, from, length, 1.0, out, outFrom);
        double others = 0;
        for (int i = 0; i < length; i++) {
            if (i != label) {
                others += out[outFrom + i];
            }
        }
        out[outFrom + label] = -others;
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
