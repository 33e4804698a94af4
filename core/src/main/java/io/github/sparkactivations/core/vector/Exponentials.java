package io.github.sparkactivations.core.vector;

import io.github.sparkactivations.core.kernels.Sums;

/**
 * The shared first step of softmax, log-softmax and log-sum-exp over a slice: the largest element m
 * (after dividing by the temperature) and the compensated sum {@code t} of {@code exp(y_i - m)} over
 * every other element, so that {@code sum_i exp(y_i) = exp(m) * (1 + t)} and
 * {@code log_sum_exp = m + log1p(t)}: no overflow, and no precision lost to the leading 1.
 *
 * <p>{@code y_i = x_i / temperature} is carried in double-double, and so is each {@code y_i - m}:
 * exp magnifies their rounding by |y_i|, which reaches 1e4 and more for real logits.
 */
final class Exponentials {

    final double max;
    final int argmax;
    final double t;
    final double tLo;
    /** Non-finite inputs decide the result alone: NaN, or +inf (a share among the infinite maxima). */
    final boolean hasNaN;
    final int positiveInfinities;

    private Exponentials(double max, int argmax, double t, double tLo, boolean hasNaN, int positiveInfinities) {
        this.max = max;
        this.argmax = argmax;
        this.t = t;
        this.tLo = tLo;
        this.hasNaN = hasNaN;
        this.positiveInfinities = positiveInfinities;
    }

    /**
     * Scans {@code x[from, from + length)}; when {@code exps} is not null, writes each
     * {@code exp(y_i - m)} (1 at the argmax) to {@code exps[expsFrom + i]}.
     */
    static Exponentials of(double[] x, int from, int length, double temperature, double[] exps, int expsFrom) {
        double max = Double.NEGATIVE_INFINITY;
        int argmax = -1;
        boolean hasNaN = false;
        int infinities = 0;
        for (int i = 0; i < length; i++) {
            double y = x[from + i] / temperature;
            if (y != y) {
                hasNaN = true;
            } else if (y == Double.POSITIVE_INFINITY) {
                infinities++;
            }
            if (y > max || argmax < 0 && y == max) {
                max = y;
                argmax = i;
            }
        }
        double t = 0;
        double tLo = 0;
        if (!hasNaN && infinities == 0 && max > Double.NEGATIVE_INFINITY) {
            double maxLo = low(x[from + argmax], temperature, max);
            for (int i = 0; i < length; i++) {
                double e = i == argmax ? 1.0 : exp(x[from + i], temperature, max, maxLo);
                if (exps != null) {
                    exps[expsFrom + i] = e;
                }
                if (i != argmax) {
                    double s = t + e;
                    tLo += Math.abs(t) >= e ? (t - s) + e : (e - s) + t;
                    t = s;
                }
            }
        }
        return new Exponentials(max, argmax, t, tLo, hasNaN, infinities);
    }

    /** {@code exp(x / temperature - (m + mLo))}, the difference in double-double. */
    static double exp(double x, double temperature, double m, double mLo) {
        double y = x / temperature;
        double d = y - m;
        if (d == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        double dLo = Sums.twoSumError(y, -m, d) + low(x, temperature, y) - mLo;
        double e = Math.exp(d);
        return e + e * dLo;
    }

    /** {@code log(1 + t)}, t carried with its compensation. */
    double log1pT() {
        return Math.log1p(t + tLo);
    }

    /** The low part of {@code x / temperature} given its rounded value {@code y}. */
    static double low(double x, double temperature, double y) {
        return temperature == 1 || temperature == -1 || Double.isInfinite(y) ? 0 : Math.fma(-y, temperature, x) / temperature;
    }
}
