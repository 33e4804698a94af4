package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.Sums;

/** PyTorch's piecewise-linear sigmoid and its derivative. */
public final class HardSigmoid {

    /**
     * 1/6 rounded. A quotient by 6 here is {@code r = a SIXTH} and the remainder {@code a - 6 r} (one FMA, exact)
     * times SIXTH added back by an FMA: within 0.5 ulp and a small fraction of one, as the quotient and its remainder were,
     * without the two divisions (on 256-bit lanes hard_sigmoid was 1.0 ns a value with them, twice a copy's time).
     */
    public static final double SIXTH = 1.0 / 6;

    private HardSigmoid() {
    }

    /** {@code hard_sigmoid(x) = relu6(x + 3) / 6}, with the rounding of {@code x + 3} carried into the quotient. */
    public static double value(double x) {
        if (x <= -3) {
            return 0.0;
        }
        if (x >= 3) {
            return 1.0;
        }
        double s = x + 3;
        double sLo = Sums.twoSumError(x, 3, s);
        double r = s * SIXTH;
        return Math.fma(Math.fma(-r, 6, s) + sLo, SIXTH, r);
    }

    /** {@code 1/6 if -3 < x < 3 else 0}: 0 at the kinks, as in PyTorch. */
    public static double grad(double x) {
        if (x > -3 && x < 3) {
            return 1.0 / 6;
        }
        return x == x ? 0.0 : x;
    }
}
