package io.github.sparkactivations.core.kernels;

/**
 * Binary cross-entropy with logits, as PyTorch's {@code binary_cross_entropy_with_logits}, and its
 * derivative in the logit: {@code pw * y * softplus(-x) + (1 - y) * softplus(x)}, both terms
 * nonnegative and never formed as {@code log(sigmoid(x))}.
 */
public final class SigmoidLoss {

    private SigmoidLoss() {
    }

    /** {@code -(pw * y * log(sigmoid(x)) + (1 - y) * log(1 - sigmoid(x)))}. */
    public static double value(double x, double label, double posWeight) {
        double positive = label * posWeight;
        double negative = 1 - label;
        double loss = 0;
        if (positive != 0) {
            loss += positive * softplus(-x);
        }
        if (negative != 0) {
            loss += negative * softplus(x);
        }
        return x == x ? loss : x;
    }

    /** {@code (1 - y) * sigmoid(x) - pw * y * sigmoid(-x)}: {@code sigmoid(x) - y} when pw = 1. */
    public static double grad(double x, double label, double posWeight) {
        double positive = label * posWeight;
        double negative = 1 - label;
        double g = 0;
        if (Double.isInfinite(x)) {
            return x > 0 ? negative : -positive;
        }
        if (negative != 0) {
            g += Sigmoid.times(negative, x, 0);
        }
        if (positive != 0) {
            g -= Sigmoid.times(positive, -x, 0);
        }
        return x == x ? g : x;
    }

    private static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
