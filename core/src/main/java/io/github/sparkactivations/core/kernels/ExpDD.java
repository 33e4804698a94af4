package io.github.sparkactivations.core.kernels;

/**
 * {@code exp(a)} as a double-double, good to about 2^-96 relative, for the rare kernel whose result
 * is the small difference of exponential terms (sigmoid_loss_grad at a soft label): there every bit
 * of exp's own rounding shows. About 55 ns (one thread, measured), against 4 for {@link Math#exp}:
 * callers take it only where the cheap form cancels or one more rounding follows.
 *
 * <p>{@code a = k ln2 + r}, ln2 in three parts of which the first two times k are exact; then
 * {@code exp(r) = exp(r / 256)^256}, the first by its Taylor series to degree 9 (error below 2^-120 for
 * |r| <= ln2 / 2), each step and the eight squarings in double-double.
 */
public final class ExpDD {

    private static final double LOG2E = 1.4426950408889634;
    /** ln 2 = L1 + L2 + L3 to 2^-130, L1 and L2 with 36 significant bits. */
    private static final double L1 = 0x1.62e42fefa0000p-1;
    private static final double L2 = 0x1.cf79abc9e0000p-40;
    private static final double L3 = 0x1.d9cc01f97b57ap-79;

    /** Taylor degree: (ln2 / 512)^10 / 10! < 2^-120. */
    private static final int DEGREE = 9;
    /** 1/n as double-double, hi and lo, n = 1 .. DEGREE: multiplications instead of divisions (2x faster). */
    private static final double[] INVERSES = {
            1.0, 0.0,
            0.5, 0.0,
            0.3333333333333333, 1.850371707708594e-17,
            0.25, 0.0,
            0.2, -1.1102230246251566e-17,
            0.16666666666666666, 9.25185853854297e-18,
            0.14285714285714285, 7.93016446160826e-18,
            0.125, 0.0,
            0.1111111111111111, 6.1679056923619804e-18,
    };

    private ExpDD() {
    }

    /** {@code exp(a)} for a in [-708, 709]; below -600 the low part underflows, to 2^-1074 absolute. */
    public static DoubleDouble of(double a) {
        double k = Math.rint(a * LOG2E);
        double t = a - k * L1;
        double u = -k * L2;
        double r = t + u;
        double rLo = Sums.twoSumError(t, u, r) - k * L3;
        double s = r * 0x1p-8;
        double hi = 1;
        double lo = 0;
        for (int n = DEGREE; n >= 1; n--) {
            // p = 1 + s * p / n, dividing by multiplying with 1/n in double-double
            double h = hi * s;
            double l = Math.fma(hi, s, -h) + lo * s;
            double invHi = INVERSES[2 * n - 2];
            double q = h * invHi;
            double ql = Math.fma(h, invHi, -q) + h * INVERSES[2 * n - 1] + l * invHi;
            hi = 1 + q;
            lo = Sums.twoSumError(1, q, hi) + ql;
        }
        for (int i = 0; i < 8; i++) {
            double h = hi * hi;
            double l = Math.fma(hi, hi, -h) + 2 * hi * lo;
            hi = h + l;
            lo = l - (hi - h);
        }
        // exp(rLo) = 1 + rLo to 2^-110, and 2^k exact while the result is normal.
        double lo2 = lo + hi * rLo;
        double h2 = hi + lo2;
        double l2 = lo2 - (h2 - hi);
        int e = (int) k;
        return new DoubleDouble(Math.scalb(h2, e), Math.scalb(l2, e));
    }
}
