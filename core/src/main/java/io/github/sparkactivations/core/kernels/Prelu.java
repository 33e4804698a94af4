package io.github.sparkactivations.core.kernels;

/** Parametric ReLU, whose negative slope is a learned weight, and its derivatives in x and in the weight. */
public final class Prelu {

    private Prelu() {
    }

    /** {@code prelu(x, w) = x if x > 0 else w * x}. */
    public static double value(double x, double weight) {
        return LeakyRelu.value(x, weight);
    }

    /** {@code d/dx = 1 if x > 0 else w}. */
    public static double grad(double x, double weight) {
        return LeakyRelu.grad(x, weight);
    }

    /** {@code d/dw = 0 if x > 0 else x}, that is {@code min(x, 0)}. */
    public static double weightGrad(double x) {
        return x > 0 ? 0.0 : x;
    }
}
