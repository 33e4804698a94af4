package io.github.sparkactivations.core.arrays;

/** Maxout: the maximum of each consecutive group of k values. */
public final class Maxout {

    private Maxout() {
    }

    /**
     * {@code out[outFrom + j] = max(x[from + j*k], ..., x[from + j*k + k - 1])} for j &lt; length / k; NaN
     * in a group gives NaN.
     *
     * @throws IllegalArgumentException if k &lt; 1 or k does not divide length
     */
    public static void of(double[] x, int from, int length, int k, double[] out, int outFrom) {
        if (k < 1 || length % k != 0) {
            throw new IllegalArgumentException("the length " + length + " is not a multiple of k = " + k);
        }
        for (int j = 0; j < length / k; j++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < k; i++) {
                m = Math.max(m, x[from + j * k + i]);
            }
            out[outFrom + j] = m;
        }
    }
}
