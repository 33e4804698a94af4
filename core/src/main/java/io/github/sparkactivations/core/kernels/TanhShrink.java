package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.Sums;

/** {@code x - tanh(x)} and its derivative {@code tanh(x)^2}, exact near 0 where the difference cancels. */
public final class TanhShrink {

    /**
     * {@code (x - tanh x) / x^3} as a polynomial in {@code x^2} on |x| &lt; 1, lowest degree first: a
     * Chebyshev fit by make_polynomials.py, max error 3.4e-20 on values 0.238 to 0.333.
     */
    private static final double[] SMALL = {
            0.3333333333333333,
            -0.1333333333333333,
            0.05396825396825158,
            -0.021869488536052476,
            0.008863235527571057,
            -0.0035921280042869007,
            0.00145583408999978,
            -0.0005900255231396286,
            0.00023912009883168288,
            -9.688372680438706e-05,
            3.9193877118445524e-05,
            -1.5745783827775153e-05,
            6.177207412382354e-06,
            -2.2772059389286955e-06,
            7.373088744938371e-07,
            -1.8958869796312845e-07,
            3.323296150374837e-08,
            -2.8980377692517546e-09};

    private TanhShrink() {
    }

    /** Coefficient {@code index} of the polynomial for |x| &lt; 1, lowest degree first (for the SIMD form). */
    public static double small(int index) {
        return SMALL[index];
    }

    /**
     * {@code tanhshrink(x) = x - tanh(x)}: {@code x^3 * P(x^2)} for |x| &lt; 1, else
     * {@code sign(x) * ((|x| - 1) + 2 sigmoid(-2|x|))}, as {@code 1 - tanh(a) = 2 sigmoid(-2a)}.
     */
    public static double value(double x) {
        double a = Math.abs(x);
        if (a < 1) {
            double u = x * x;
            double p = SMALL[SMALL.length - 1];
            for (int i = SMALL.length - 2; i >= 0; i--) {
                p = Math.fma(p, u, SMALL[i]);
            }
            double c = x * u;
            double cLo = Math.fma(x, u, -c) + x * Math.fma(x, x, -u);
            return Math.fma(c, p, cLo * p);
        }
        return Math.copySign((a - 1) + 2 * Sigmoid.sigmoid(-2 * a), x);
    }

    /** {@code tanhshrink'(x) = tanh(x)^2}: from {@code tanh = x - tanhshrink(x)} near 0, else {@code 1 - sech^2}. */
    public static double grad(double x) {
        if (Math.abs(x) < 1) {
            double v = value(x);
            double t = x - v;
            double tLo = Sums.twoSumError(x, -v, t);
            double r = t * t;
            return r + (Math.fma(t, t, -r) + 2 * t * tLo);
        }
        return 1 - Tanh.grad(x);
    }
}
