package io.github.sparkactivations.spark;

/**
 * The per-row step of the window functions: from a row's logit and its window's log-sum-exp state
 * (max m, sum s + c of exp(x_i - m)), the row's softmax, log-softmax or cross-entropy gradient.
 * The difference {@code x - m} is carried in double-double, so the results are as accurate as the
 * array kernels'.
 */
public final class WindowKernels {

    private WindowKernels() {
    }

    /** {@code exp(x - m) / (s + c)}. */
    public static double softmax(double x, double m, double s, double c) {
        if (m == Double.POSITIVE_INFINITY || m != m) {
            return x == m ? 1.0 / s : m != m ? m : 0.0;
        }
        double d = x - m;
        if (d == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        double e = Math.exp(d);
        e += e * twoSumError(x, -m, d);
        double q = e / s;
        return q - q * (c / s);
    }

    /** {@code (x - m) - log1p((s - 1) + c)}. */
    public static double logSoftmax(double x, double m, double s, double c) {
        if (m == Double.POSITIVE_INFINITY || m != m) {
            return Math.log(softmax(x, m, s, c));
        }
        double d = x - m;
        double log = Math.log1p((s - 1) + c);
        double r = d - log;
        return r + (twoSumError(d, -log, r) + twoSumError(x, -m, d));
    }

    /** {@code softmax * sum(t) - t}: {@code p - y} for a one-hot or probability target. */
    public static double softmaxLossGrad(double x, double t, double m, double s, double c, double targetSum) {
        return Math.fma(softmax(x, m, s, c), targetSum, -t);
    }

    private static double twoSumError(double a, double b, double sum) {
        double bb = sum - a;
        return (a - (sum - bb)) + (b - bb);
    }
}
