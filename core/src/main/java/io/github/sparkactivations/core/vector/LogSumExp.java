package io.github.sparkactivations.core.vector;

import io.github.sparkactivations.core.kernels.Log1pDD;

/** {@code log_sum_exp(x) = log(sum_i exp(x_i))} over a slice, stable at any scale. */
public final class LogSumExp {

    private LogSumExp() {
    }

    /**
     * {@code m + log1p(sum_{i != argmax} exp(x_i - m))}, m the largest element; -inf for an empty
     * slice (as PyTorch) or one of -inf only, +inf if any element is +inf, NaN if any is NaN.
     */
    public static double of(double[] x, int from, int length) {
        Exponentials s = Exponentials.of(x, from, length, 1.0, null, 0);
        if (s.hasNaN) {
            return Double.NaN;
        }
        if (s.positiveInfinities > 0 || s.max == Double.NEGATIVE_INFINITY) {
            return s.max;
        }
        return Log1pDD.plus(s.max, s.t, s.tLo);
    }
}
