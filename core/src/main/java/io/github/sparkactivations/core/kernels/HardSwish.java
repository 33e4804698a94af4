package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.Sums;

/** PyTorch's piecewise-quadratic swish and its derivative. */
public final class HardSwish {

    private HardSwish() {
    }

    /** {@code hardswish(x) = x * relu6(x + 3) / 6}, the product and quotient compensated. */
    public static double value(double x) {
        if (x <= -3) {
            return -0.0;
        }
        if (x >= 3) {
            return x;
        }
        double s = x + 3;
        double sLo = Sums.twoSumError(x, 3, s);
        double p = x * s;
        double pLo = Math.fma(x, s, -p) + x * sLo;
        double r = p * HardSigmoid.SIXTH;
        return Math.fma(Math.fma(-r, 6, p) + pLo, HardSigmoid.SIXTH, r);
    }

    /** {@code 0 if x < -3, 1 if x > 3, else (2x + 3) / 6}; -0.5 at -3 and 1.5 at 3, as in PyTorch. */
    public static double grad(double x) {
        if (x < -3) {
            return 0.0;
        }
        if (x > 3) {
            return 1.0;
        }
        double s = 2 * x + 3;
        double r = s * HardSigmoid.SIXTH;
        return Math.fma(Math.fma(-r, 6, s) + Sums.twoSumError(2 * x, 3, s), HardSigmoid.SIXTH, r);
    }
}
