package io.github.sparkactivations.core.kernels;

/**
 * Softplus {@code log(1 + exp(beta x)) / beta} with PyTorch's linear switch, and its derivative.
 *
 * <p>{@code y = beta * x} is carried in double-double ({@code y + yLo}, yLo by FMA): exp magnifies
 * the rounding of y by |y|, which reaches 700 before the result underflows (114 ulps at beta = 0.3
 * without it, measured).
 */
public final class Softplus {

    private Softplus() {
    }

    /**
     * {@code softplus(x, b, t) = x if b * x > t else log1p(exp(b * x)) / b}, the log taken as
     * {@code x + log1p(exp(-y)) / b} for y = bx > 0 and {@code log1p(exp(y)) / b} below, so that
     * nothing overflows; below y = -700, {@code exp(y) / b}, scaled so that a tiny b cannot magnify a
     * subnormal exp(y).
     */
    public static double value(double x, double beta, double threshold) {
        double y = beta * x;
        if (y > threshold) {
            return x;
        }
        if (!(y > Underflow.EXP_TAIL)) {
            return y == y ? Underflow.expOver(y, Math.fma(beta, x, -y), beta) : y;
        }
        double yLo = Math.fma(beta, x, -y);
        if (y > -Underflow.EXP_TAIL) {
            return x + Underflow.expOver(-y, -yLo, beta);
        }
        double positive = SignBit.clear(y);
        // u = exp(-|y + yLo|), log1p(u) to first order in the low part.
        if (beta == 1) {
            double u = Math.exp(-Math.abs(y));
            return positive * x + (Log1p.value(u) + u * yLo * (1 - 2 * positive) / (1 + u));
        }
        // Dividing by beta rounds once more: exp's and log1p's own errors must go, which takes u in
        // double-double and Math.log1p (Log1p and exp reached 2.3 ulps after the division, measured).
        DoubleDouble u = ExpDD.of(-Math.abs(y));
        double uLo = u.lo() + u.hi() * yLo * (1 - 2 * positive);
        double log = Math.log1p(u.hi()) + uLo / (1 + u.hi());
        return positive * x + log / beta;
    }

    /** {@code 1 if b * x > t else sigmoid(b * x)}, the product in double-double. */
    public static double grad(double x, double beta, double threshold) {
        double y = beta * x;
        return y > threshold ? 1.0 : Sigmoid.times(1, y, Math.fma(beta, x, -y));
    }
}
