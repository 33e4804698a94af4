package io.github.sparkactivations.it;

/** Distances between doubles in units in the last place. */
final class Ulps {

    private Ulps() {
    }

    /** |a - b| in ulps of the larger magnitude; 0 when equal (infinities and NaN included). */
    static double between(double a, double b) {
        return a == b || Double.isNaN(a) && Double.isNaN(b) ? 0 : Math.abs(a - b) / Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
    }
}
