package io.github.sparkactivations.core.arrays;

import io.github.sparkactivations.core.kernels.Sigmoid;

/** Gated linear unit: the first half of a vector, gated by the sigmoid of the second half. */
public final class Glu {

    private Glu() {
    }

    /**
     * {@code out[outFrom + i] = x[from + i] * sigmoid(x[from + n + i])} for i &lt; n = length / 2.
     *
     * @throws IllegalArgumentException if length is odd
     */
    public static void of(double[] x, int from, int length, double[] out, int outFrom) {
        if (length % 2 != 0) {
            throw new IllegalArgumentException("the length " + length + " is odd: glu splits it in halves");
        }
        int n = length / 2;
        for (int i = 0; i < n; i++) {
            out[outFrom + i] = x[from + i] * Sigmoid.sigmoid(x[from + n + i]);
        }
    }
}
