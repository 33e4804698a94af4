package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.DoubleDouble;
import io.github.sparkactivations.core.internal.ExpDD;

/**
 * Softplus {@code log(1 + exp(beta x)) / beta} with PyTorch's linear switch, and its derivative.
 *
 * <p>{@code y = beta * x} is carried in double-double ({@code y + yLo}, yLo by FMA): exp magnifies
 * the rounding of y by |y|, which reaches 700 before the result underflows (114 ulps at beta = 0.3
 * without it, measured).
 */
public final class Softplus {

    /** Below this u, the series of log1p(u) to u^3 is good to 2^-80. */
    private static final double LOG1P_SERIES = 0x1p-20;

    private Softplus() {
    }

    /**
     * {@code softplus(x, b, t) = x if b * x > t else log1p(exp(b * x)) / b}, the log taken as
     * {@code x + log1p(exp(-y)) / b} for y = bx &gt; 0 and {@code log1p(exp(y)) / b} below, so that
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
        DoubleDouble u = ExpDD.of(-Math.abs(y), yLo * (1 - 2 * positive));
        double uLo = u.lo();
        double log;
        double logLo;
        if (u.hi() < LOG1P_SERIES) {
            // log1p(u) = u - u^2/2 + u^3/3 to 2^-80, exact in its high part (1.99 ulps with Math.log1p, measured)
            log = u.hi();
            logLo = uLo - u.hi() * u.hi() * (0.5 - u.hi() * (1.0 / 3));
        } else {
            log = Math.log1p(u.hi());
            logLo = uLo / (1 + u.hi());
        }
        double q = log / beta;
        double qLo = Double.isInfinite(q) ? 0 : (logLo - Math.fma(q, beta, -log)) / beta;
        return positive * x + (q + qLo);
    }

    /** {@code 1 if b * x > t else sigmoid(b * x)}, the product in double-double. */
    public static double grad(double x, double beta, double threshold) {
        double y = beta * x;
        return y > threshold ? 1.0 : Sigmoid.times(1, y, Math.fma(beta, x, -y));
    }
}
