package io.github.sparkactivations.core.kernels;

/**
 * Randomized leaky ReLU: in training, each negative input gets a slope drawn from U(lower, upper);
 * in inference, the mean slope (lower + upper) / 2.
 */
public final class Rrelu {

    private Rrelu() {
    }

    /**
     * {@code x if x >= 0 else x * (lower + upper) / 2}, halved last, so that a subnormal slope loses
     * no bit before x scales it, and halved first where the sum of the slopes overflows.
     */
    public static double inference(double x, double lower, double upper) {
        if (x >= 0) {
            return x;
        }
        double s = lower + upper;
        if (Double.isInfinite(s)) {
            return x * (0.5 * lower + 0.5 * upper);
        }
        double p = x * s;
        return Double.isInfinite(p) ? 0.5 * x * s : 0.5 * p;
    }

    /** {@code 1 if x > 0 else (lower + upper) / 2}. */
    public static double inferenceGrad(double x, double lower, double upper) {
        double s = lower + upper;
        return LeakyRelu.grad(x, Double.isInfinite(s) ? 0.5 * lower + 0.5 * upper : 0.5 * s);
    }

    /** {@code x if x >= 0 else x * (lower + (upper - lower) * u)}, u a uniform draw from [0, 1). */
    public static double training(double x, double lower, double upper, double u) {
        return LeakyRelu.value(x, lower + (upper - lower) * u);
    }

    /** {@code 1 if x > 0 else lower + (upper - lower) * u}: the slope the same draw gave. */
    public static double trainingGrad(double x, double lower, double upper, double u) {
        return LeakyRelu.grad(x, lower + (upper - lower) * u);
    }
}
