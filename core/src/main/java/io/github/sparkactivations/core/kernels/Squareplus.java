package io.github.sparkactivations.core.kernels;

/** Squareplus {@code (x + sqrt(x^2 + b)) / 2} (JAX), a smooth ReLU with algebraic tails, and its derivative. */
public final class Squareplus {

    /** Past this |x|, {@code x^2 + b} would overflow: {@code sqrt(x^2 + b) = |x|} to double precision. */
    private static final double HUGE = 1e150;

    private Squareplus() {
    }

    /** {@code squareplus(x, b) = (x + r) / 2}, r = sqrt(x^2 + b); for x < 0 as {@code b / (2 (r - x))}. */
    public static double value(double x, double b) {
        double r = root(x, b);
        return x >= 0 ? 0.5 * (x + r) : b / (2 * (r - x));
    }

    /** {@code (1 + x / r) / 2}; for x < 0 as {@code b / (2 r (r - x))}; 0.5 at x = 0 when b = 0. */
    public static double grad(double x, double b) {
        if (x == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        double r = root(x, b);
        if (r == 0) {
            return 0.5;
        }
        return x >= 0 ? 0.5 * (1 + x / r) : b / (2 * r * (r - x));
    }

    private static double root(double x, double b) {
        return Math.abs(x) > HUGE ? Math.abs(x) : Math.sqrt(Math.fma(x, x, b));
    }
}
