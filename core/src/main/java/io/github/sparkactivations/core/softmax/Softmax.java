package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.core.internal.Sums;

/**
 * Softmax, log-softmax and softmin over a slice of a {@code double[]}, with a temperature:
 * {@code softmax(x, T)_i = exp(x_i / T) / sum_j exp(x_j / T)}.
 *
 * <p>Each probability is {@code exp(d_i) / (1 + t)} (see {@link Exponentials}), divided rather
 * than shifted by a rounded log, so every output is within about 1 ulp at any scale of logits. Limits:
 * +inf logits share the probability equally, the rest get 0; all -inf (no finite evidence) gives NaN,
 * as does any NaN.
 */
public final class Softmax {

    private Softmax() {
    }

    /** {@code out[outFrom + i] = softmax(x[from ..], temperature)_i}. */
    public static void softmax(double[] x, int from, int length, double temperature, double[] out, int outFrom) {
        probabilities(x, from, length, temperature, out, outFrom);
    }

    /** {@link #softmax}, returning its sums, or null where NaN or infinities decided the output. */
    static Exponentials probabilities(double[] x, int from, int length, double temperature, double[] out, int outFrom) {
        Exponentials s = Exponentials.of(x, from, length, temperature, out, outFrom);
        if (special(s, x, from, length, temperature, out, outFrom, false)) {
            return null;
        }
        double d = 1 + s.t;
        double dLo = Sums.twoSumError(1, s.t, d) + s.tLo;
        for (int i = 0; i < length; i++) {
            double q = out[outFrom + i] / d;
            out[outFrom + i] = q - q * (dLo / d);
        }
        return s;
    }

    /** {@code out[outFrom + i] = log softmax(x[from ..], temperature)_i = d_i - log1p(t)}. */
    public static void logSoftmax(double[] x, int from, int length, double temperature, double[] out, int outFrom) {
        Exponentials s = Exponentials.of(x, from, length, temperature, null, 0);
        if (special(s, x, from, length, temperature, out, outFrom, true)) {
            return;
        }
        double log = s.log1pT();
        double xk = x[from + s.argmax];
        for (int i = 0; i < length; i++) {
            double d = Exponentials.difference(x[from + i], xk, temperature);
            if (d == Double.NEGATIVE_INFINITY) {
                out[outFrom + i] = d;
                continue;
            }
            double dLo = Exponentials.differenceLow(x[from + i], xk, temperature, d);
            double r = d - log;
            out[outFrom + i] = r + (Sums.twoSumError(d, -log, r) + dLo);
        }
    }

    /** {@code softmin(x) = softmax(-x)}. */
    public static void softmin(double[] x, int from, int length, double[] out, int outFrom) {
        softmax(x, from, length, -1.0, out, outFrom);
    }

    /** Fills the output when NaN or infinities decide it; returns whether they did. */
    private static boolean special(Exponentials s, double[] x, int from, int length, double temperature,
                                   double[] out, int outFrom, boolean log) {
        if (!s.hasNaN && s.positiveInfinities == 0 && !s.noEvidence) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            double value;
            if (s.hasNaN || s.noEvidence) {
                value = Double.NaN;
            } else {
                boolean infinite = x[from + i] * Math.signum(temperature) == Double.POSITIVE_INFINITY;
                double p = infinite ? 1.0 / s.positiveInfinities : 0.0;
                value = log ? Math.log(p) : p;
            }
            out[outFrom + i] = value;
        }
        return true;
    }
}
