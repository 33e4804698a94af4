package io.github.sparkactivations.core.kernels;

/** The log of the logistic sigmoid and its derivative. */
public final class LogSigmoid {

    private LogSigmoid() {
    }

    /** {@code log_sigmoid(x) = -softplus(-x) = min(x, 0) - log1p(exp(-|x|))}: no overflow, no cancellation. */
    public static double value(double x) {
        return Math.min(x, 0.0) - Log1p.value(Math.exp(-Math.abs(x)));
    }

    /** {@code log_sigmoid'(x) = sigmoid(-x)}. */
    public static double grad(double x) {
        return Sigmoid.sigmoid(-x);
    }
}
