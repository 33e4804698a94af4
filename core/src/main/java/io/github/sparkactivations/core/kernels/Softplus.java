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
        double positive = SignBit.clear(y);
        // u = exp(-|y + yLo|), log1p(u) to first order in the low part.
        double u = Math.exp(-Math.abs(y));
        double uLo = u * yLo * (1 - 2 * positive);
        // Log1p is 1.7 ulps at worst, which a division by beta would take past 2: Math.log1p then.
        double log = (beta == 1 ? Log1p.value(u) : Math.log1p(u)) + uLo / (1 + u);
        return positive * x + log / beta;
    }

    /** {@code 1 if b * x > t else sigmoid(b * x)}, the product in double-double. */
    public static double grad(double x, double beta, double threshold) {
        double y = beta * x;
        return y > threshold ? 1.0 : Sigmoid.times(1, y, Math.fma(beta, x, -y));
    }
}
