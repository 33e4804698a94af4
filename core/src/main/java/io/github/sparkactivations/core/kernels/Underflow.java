package io.github.sparkactivations.core.kernels;

/** Products with an exponential factor whose result may be subnormal. */
final class Underflow {

    /** Below this argument, exp(a) is within a factor 1 + 1e-300 of what the kernels need: the tail is pure exp. */
    static final double EXP_TAIL = -700;

    private Underflow() {
    }

    /**
     * {@code m * exp(a)}, with exp(a) applied as two half-factors: when the result is subnormal, a
     * subnormal intermediate {@code exp(a)} would lose the precision that {@code m} then magnifies.
     * The first product is kept exact, so the result is rounded once.
     */
    static double timesExp(double m, double a) {
        double half = Math.exp(0.5 * a);
        double p = m * half;
        return Math.fma(p, half, Math.fma(m, half, -p) * half);
    }
}
