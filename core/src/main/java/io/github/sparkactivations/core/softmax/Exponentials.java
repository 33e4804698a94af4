package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.core.internal.Sums;

/**
 * The shared first step of softmax, log-softmax and log-sum-exp over a slice: the element k with the
 * largest {@code y_k = x_k / T} (the largest x for a positive temperature, the least for a negative one,
 * found without dividing), and the compensated sum {@code t} of {@code exp(d_i)} over every other
 * element, {@code d_i = y_i - y_k = (x_i - x_k) / T}, so that {@code sum_i exp(y_i) = exp(y_k) * (1 + t)}
 * and {@code log_sum_exp = y_k + log1p(t)}: no overflow, and no precision lost to the leading 1.
 *
 * <p>{@code d_i} is taken from the difference of the logits, not of the quotients: {@code x / T}
 * overflows for a tiny T where d does not, and loses every digit of a large logit's difference. The
 * difference and the division are carried in double-double: exp magnifies their rounding by |d_i|.
 */
final class Exponentials {

    final double max;
    final int argmax;
    final double t;
    final double tLo;
    /** Non-finite inputs decide the result alone: NaN, or +inf (a share among the infinite maxima). */
    final boolean hasNaN;
    final int positiveInfinities;
    /** Every y is -inf (or there is none): no finite evidence. */
    final boolean noEvidence;

    private Exponentials(double max, int argmax, double t, double tLo, boolean hasNaN, int positiveInfinities,
                         boolean noEvidence) {
        this.noEvidence = noEvidence;
        this.max = max;
        this.argmax = argmax;
        this.t = t;
        this.tLo = tLo;
        this.hasNaN = hasNaN;
        this.positiveInfinities = positiveInfinities;
    }

    /**
     * Scans {@code x[from, from + length)}; when {@code exps} is not null, writes each
     * {@code exp(d_i)} (1 at the argmax) to {@code exps[expsFrom + i]}.
     */
    static Exponentials of(double[] x, int from, int length, double temperature, double[] exps, int expsFrom) {
        double sign = temperature < 0 ? -1 : 1;
        double best = Double.NEGATIVE_INFINITY;
        int argmax = -1;
        boolean hasNaN = temperature != temperature;
        int infinities = 0;
        for (int i = 0; i < length; i++) {
            double key = sign * x[from + i];
            if (key != key) {
                hasNaN = true;
            } else if (key == Double.POSITIVE_INFINITY) {
                infinities++;
            }
            if (key > best || argmax < 0 && key == best) {
                best = key;
                argmax = i;
            }
        }
        double t = 0;
        double tLo = 0;
        if (!hasNaN && infinities == 0 && best > Double.NEGATIVE_INFINITY) {
            double xk = x[from + argmax];
            for (int i = 0; i < length; i++) {
                double e = i == argmax ? 1.0 : exp(x[from + i], xk, temperature);
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
        double max = argmax < 0 ? Double.NEGATIVE_INFINITY : x[from + argmax] / temperature;
        return new Exponentials(max, argmax, t, tLo, hasNaN, infinities, best == Double.NEGATIVE_INFINITY);
    }

    /** {@code exp((x - xk) / temperature)}, the argument in double-double. */
    static double exp(double x, double xk, double temperature) {
        double d = difference(x, xk, temperature);
        if (d == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        double e = Math.exp(d);
        return e + e * differenceLow(x, xk, temperature, d);
    }

    /**
     * {@code d = (x - xk) / T}, rounded: halved first where {@code x - xk} overflows (two logits of
     * opposite signs near the largest double), then doubled, which overflows only where exp(d) is 0.
     */
    static double difference(double x, double xk, double temperature) {
        double diff = x - xk;
        if (Double.isInfinite(diff) && !Double.isInfinite(x)) {
            return 2 * ((0.5 * x - 0.5 * xk) / temperature);
        }
        return diff / temperature;
    }

    /** What {@link #difference} rounded away: the subtraction's error and the division's remainder, over T. */
    static double differenceLow(double x, double xk, double temperature, double d) {
        if (Double.isInfinite(d)) {
            return 0;
        }
        double diff = x - xk;
        if (Double.isInfinite(diff)) {
            double h = 0.5 * x - 0.5 * xk;
            return 2 * (Sums.twoSumError(0.5 * x, -0.5 * xk, h) + Math.fma(-0.5 * d, temperature, h)) / temperature;
        }
        return (Sums.twoSumError(x, -xk, diff) + Math.fma(-d, temperature, diff)) / temperature;
    }

    /** {@code log(1 + t)}, t carried with its compensation. */
    double log1pT() {
        return Math.log1p(t + tLo);
    }
}
