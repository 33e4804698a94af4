package io.github.sparkactivations.core.kernels;

/** Softplus {@code log(1 + exp(beta x)) / beta} with PyTorch's linear switch, and its derivative. */
public final class Softplus {

    private Softplus() {
    }

    /**
     * {@code softplus(x, b, t) = x if b * x > t else log1p(exp(b * x)) / b}, the log taken as
     * {@code max(bx, 0) + log1p(exp(-|bx|))} so that nothing overflows.
     */
    public static double value(double x, double beta, double threshold) {
        double y = beta * x;
        if (y > threshold) {
            return x;
        }
        return (Math.max(y, 0.0) + Log1p.value(Math.exp(-Math.abs(y)))) / beta;
    }

    /** {@code 1 if b * x > t else sigmoid(b * x)}. */
    public static double grad(double x, double beta, double threshold) {
        double y = beta * x;
        return y > threshold ? 1.0 : Sigmoid.sigmoid(y);
    }
}
