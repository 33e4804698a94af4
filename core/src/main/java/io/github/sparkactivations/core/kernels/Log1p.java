package io.github.sparkactivations.core.kernels;

/**
 * {@code log1p(u) = log(1 + u)} for u in [0, 1], as softplus and log_sigmoid need it, through
 * {@link Math#log}, which the JIT compiles to an intrinsic, where {@link Math#log1p} is a native call
 * on JDK 17: softplus took 26 ns per value with it, 18 with this (medians, one thread, measured). With
 * {@code w = 1 + u} rounded, {@code log1p(u) = log(w) + (u - (w - 1)) / w} to first order, where
 * {@code u - (w - 1)} is exactly the rounding error of w. About 0.5 ulp less accurate than
 * {@code Math.log1p}; softplus and log_sigmoid stay below 1.8 ulp (measured over the mpmath tables).
 */
final class Log1p {

    private Log1p() {
    }

    /** {@code log(1 + u)} for u in [0, 1], or NaN. */
    static double value(double u) {
        double w = 1 + u;
        return Math.log(w) + (u - (w - 1)) / w;
    }
}
