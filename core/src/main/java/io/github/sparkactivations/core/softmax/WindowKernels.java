package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.core.internal.DoubleDouble;
import io.github.sparkactivations.core.internal.ExpDD;
import io.github.sparkactivations.core.internal.Sums;

/**
 * The per-row step of the window functions: from a row's logit x and its window's
 * {@link LogSumExpState} (max m, and {@code t + c}, the sum of {@code exp(x_i - m)} over the rows but
 * the maximum), the row's softmax, log-softmax or cross-entropy gradient. {@code x - m} is carried
 * in double-double, and the maximum's own row is written through t alone, so the results are as
 * accurate as the array kernels' even where a probability is near 1. Edges as the array forms: a
 * window of -inf rows only (no finite evidence) gives NaN, +inf rows share the probability.
 */
public final class WindowKernels {

    /** ExpDD's range: below e^-708, exp is subnormal and Math.exp's result is as good to 2^-1074. */
    private static final double EXP_RANGE = -708;

    private WindowKernels() {
    }

    /** {@code exp(x - m) / (1 + t + c)}. */
    public static double softmax(double x, double m, double t, double c) {
        if (m == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        double s = 1 + t;
        double sLo = Sums.twoSumError(1, t, s) + c;
        double q = exp(x, m) / s;
        return q - q * (sLo / s);
    }

    /** {@code (x - m) - log1p(t + c)}. */
    public static double logSoftmax(double x, double m, double t, double c) {
        if (Double.isInfinite(m) || m != m) {
            return Math.log(softmax(x, m, t, c));
        }
        double log = LogSumExpState.log1pPart(t, c);
        if (x == m) {
            return -log;
        }
        double d = x - m;
        if (d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        double r = d - log;
        return r + (Sums.twoSumError(d, -log, r) + Sums.twoSumError(x, -m, d));
    }

    /**
     * {@code softmax * w - y}, w the window's sum of targets: {@code p - y} for a one-hot or probability
     * target. Where a soft target y is near p w the difference cancels: then it is taken again as
     * {@code (e w - y S) / S} with {@code e = exp(x - m)} in double-double ({@link ExpDD}) and
     * {@code S = 1 + t + c} from an exact state ({@link LogSumExpState.Carry#ALL}).
     * For the maximum's row, {@code ((w - y) - y (t + c)) / (1 + t + c)}, which keeps its precision
     * when p is near 1.
     */
    public static double softmaxLossGrad(double x, double y, double m, double t, double c, double w) {
        if (x != m || Double.isInfinite(m) || m != m) {
            double p = softmax(x, m, t, c);
            double g = Math.fma(p, w, -y);
            // |g| >= 4 |y| magnifies p's error by at most 1.25
            return Math.abs(g) < 4 * Math.abs(y) && x - m > EXP_RANGE ? cancellingGrad(x, y, m, t, c, w) : g;
        }
        double a = w - y;
        double b = y * t;
        double n = a - b;
        double nLo = Sums.twoSumError(a, -b, n) + Sums.twoSumError(w, -y, a) - Math.fma(y, t, -b) - y * c;
        double s = 1 + t;
        double sLo = Sums.twoSumError(1, t, s) + c;
        double q = n / s;
        return q + (nLo - q * sLo) / s;
    }

    /** {@code p w - y} where it nearly cancels, every part in double-double, rounded once. */
    private static double cancellingGrad(double x, double y, double m, double t, double c, double w) {
        double d = x - m;
        DoubleDouble e = ExpDD.of(d, Sums.twoSumError(x, -m, d));
        double eLo = e.lo();
        double s = 1 + t;
        double sLo = Sums.twoSumError(1, t, s) + c;
        double a = e.hi() * w;
        double aLo = Math.fma(e.hi(), w, -a) + eLo * w;
        double b = y * s;
        double bLo = Math.fma(y, s, -b) + y * sLo;
        double n = a - b;
        double nLo = Sums.twoSumError(a, -b, n) + aLo - bLo;
        double q = n / s;
        return q + (nLo - Math.fma(q, s, -n) - q * sLo) / s;
    }

    /** {@code exp(x - m)}, 1 for the maximum, with the rounding of {@code x - m} carried into it. */
    private static double exp(double x, double m) {
        if (x == m) {
            return 1.0;
        }
        double d = x - m;
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d == Double.NEGATIVE_INFINITY ? 0.0 : Double.NaN;
        }
        double e = Math.exp(d);
        return e + e * Sums.twoSumError(x, -m, d);
    }
}
