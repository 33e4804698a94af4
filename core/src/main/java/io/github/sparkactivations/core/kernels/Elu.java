package io.github.sparkactivations.core.kernels;

/** Exponential linear units: ELU, SELU and CELU, with their derivatives, all through expm1 near 0. */
public final class Elu {

    /**
     * SELU's constants (Klambauer et al.): scale = 1.0507009873554804934193349852946 and
     * scale * alpha, alpha = 1.6732632423543772848170429916717, as double-double.
     */
    private static final double SELU_SCALE = 1.0507009873554805;
    private static final double SELU_SCALE_LO = 3.9874847667154144e-17;
    private static final double SELU_SCALE_ALPHA = 1.7580993408473768;
    private static final double SELU_SCALE_ALPHA_LO = 1.41535193800845e-17;

    private Elu() {
    }

    /** {@code elu(x, a) = x if x > 0 else a * expm1(x)}. */
    public static double elu(double x, double alpha) {
        return x > 0 ? x : alpha * Expm1.negative(x);
    }

    /** {@code 1 if x > 0 else a * exp(x)}: a at 0, as in PyTorch. */
    public static double eluGrad(double x, double alpha) {
        return x > 0 ? 1.0 : alpha * Math.exp(x);
    }

    /** {@code selu(x) = scale * (x if x > 0 else alpha * expm1(x))}, scale and alpha fixed. */
    public static double selu(double x) {
        if (x > 0) {
            return Math.fma(x, SELU_SCALE, x * SELU_SCALE_LO);
        }
        double m = Expm1.negative(x);
        return Math.fma(m, SELU_SCALE_ALPHA, m * SELU_SCALE_ALPHA_LO);
    }

    /** {@code scale if x > 0 else scale * alpha * exp(x)}. */
    public static double seluGrad(double x) {
        if (x > 0) {
            return SELU_SCALE;
        }
        double e = Math.exp(x);
        return Math.fma(e, SELU_SCALE_ALPHA, e * SELU_SCALE_ALPHA_LO);
    }

    /** {@code celu(x, a) = x if x > 0 else a * expm1(x / a)}. */
    public static double celu(double x, double alpha) {
        return x > 0 ? x : alpha * Expm1.negative(x / alpha);
    }

    /** {@code 1 if x > 0 else exp(x / a)}: 1 at 0, as in PyTorch. */
    public static double celuGrad(double x, double alpha) {
        return x > 0 ? 1.0 : Math.exp(x / alpha);
    }
}
