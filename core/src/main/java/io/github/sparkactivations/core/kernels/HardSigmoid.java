package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.Sums;

/** PyTorch's piecewise-linear sigmoid and its derivative. */
public final class HardSigmoid {

    private HardSigmoid() {
    }

    /** {@code hard_sigmoid(x) = relu6(x + 3) / 6}, with the rounding of {@code x + 3} carried into the division. */
    public static double value(double x) {
        if (x <= -3) {
            return 0.0;
        }
        if (x >= 3) {
            return 1.0;
        }
        double s = x + 3;
        double sLo = Sums.twoSumError(x, 3, s);
        double r = s / 6;
        return r + (Math.fma(-r, 6, s) + sLo) / 6;
    }

    /** {@code 1/6 if -3 < x < 3 else 0}: 0 at the kinks, as in PyTorch. */
    public static double grad(double x) {
        if (x > -3 && x < 3) {
            return 1.0 / 6;
        }
        return x == x ? 0.0 : x;
    }
}
