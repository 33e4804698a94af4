package io.github.sparkactivations.core.internal;

/** Error-free transformations: the exact rounding error of a sum, for carrying it along. */
public final class Sums {

    private Sums() {
    }

    /** {@code a + b - s} exactly, where {@code s = a + b} rounded (Knuth's TwoSum). */
    public static double twoSumError(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }
}
