package io.github.sparkactivations.core.internal;

/**
 * {@code T(z) = z * erfcx(z) = z * exp(z^2) * erfc(z)} for z &gt;= 0.5, and erfcx itself below, in double-double: the scaled
 * tail of erfc that the exact gelu needs, since {@code gelu(x) = -T(z) * exp(-z^2) / sqrt(2)} with
 * {@code z = -x / sqrt(2)}.
 *
 * <p>Chebyshev fits by make_polynomials.py, each below 1e-18 relative: in z on [0.5, 1], [1, 2],
 * [2, 3], [3, 4], and in {@code w = 1 / z^2} beyond 4 (T tends to 1 / sqrt(pi)); erfcx in z on [0, 0.5]. Each array holds the
 * constant term as double-double, then the other coefficients; the last step, {@code c0 + t q}, is
 * carried in double-double, so T is good to about 0.1 ulp. Written by hand because Commons Numbers'
 * erfcx is 1.8 ulp here, which the exact gelu's left tail inherited.
 */
public final class ZErfcx {

    // z in [0.5, 1]: degree 14, error 7.11e-19 relative
    private static final double[] Z_0_5_1 = {
            0.3802032377198586,
            1.5493543465291086e-17,
            0.057739532887824574,
            -0.012172130812020104,
            0.0020872044539864097,
            -0.00031149669960625886,
            4.1862886717830496e-05,
            -5.170987070465048e-06,
            5.951263029649418e-07,
            -6.444250864527424e-08,
            6.613758222821086e-09,
            -6.470205676710963e-10,
            6.059577763727544e-11,
            -5.456832945861027e-12,
            4.862543197005203e-13,
            -4.0759992600955326e-14};
    // z in [1, 2]: degree 17, error 1.67e-19 relative
    private static final double[] Z_1_2 = {
            0.48237812468147623,
            2.544965647282038e-17,
            0.0380755199277387,
            -0.012349089487335981,
            0.0033443352382666785,
            -0.0008040558668729293,
            0.0001768251447215718,
            -3.6199300504122125e-05,
            6.978435760676529e-06,
            -1.2772076308961187e-06,
            2.2328430078105404e-07,
            -3.746329303221154e-08,
            6.055573215545893e-09,
            -9.460005143402531e-10,
            1.4317878091753413e-10,
            -2.097457047806086e-11,
            3.000178038609648e-12,
            -4.549619470893152e-13,
            6.165821758989162e-14};
    // z in [2, 3]: degree 15, error 4.14e-19 relative
    private static final double[] Z_2_3 = {
            0.527015910152859,
            -2.775976393736147e-17,
            0.012468998543328452,
            -0.0030005885182881266,
            0.0006167592039253636,
            -0.0001146235839274967,
            1.9783108526611716e-05,
            -3.219396510709328e-06,
            4.988079110151885e-07,
            -7.40794055152101e-08,
            1.0597875554004395e-08,
            -1.4660876132117065e-09,
            1.9670365985506208e-10,
            -2.5620245027038893e-11,
            3.2566842532261096e-12,
            -4.285759894937414e-13,
            5.1841191993062565e-14};
    // z in [3, 4]: degree 14, error 1.9e-19 relative
    private static final double[] Z_3_4 = {
            0.54352779463113,
            5.0765695333501507e-17,
            0.005330566596255289,
            -0.0010024029148663698,
            0.00016317158171967234,
            -2.4292018472964712e-05,
            3.39203478444197e-06,
            -4.5051489008648347e-07,
            5.741211766705477e-08,
            -7.061832097676527e-09,
            8.419958214275682e-10,
            -9.762839555934888e-11,
            1.1027691111784902e-11,
            -1.2179056815948385e-12,
            1.372711962501101e-13,
            -1.4515462489478316e-14};
    // z >= 4, in w = 1 / z^2: degree 15, error 3.12e-19 relative
    private static final double[] W = {
            0.5641895835477563,
            7.495338600650903e-18,
            -0.28209479177387675,
            0.42314218765887884,
            -1.0578554680951964,
            3.7024938372936087,
            -16.661170063440455,
            91.63048369357551,
            -595.1288191881648,
            4437.032220264238,
            -36630.851164382475,
            315353.50094006304,
            -2590303.65713741,
            18253198.281488802,
            -98105742.03701618,
            345022818.1402942,
            -583029210.4454905};
    // erfcx(z) for z in [0, 0.5] in t = 4z - 1: degree 15, error 7.81e-20 relative
    private static final double[] NEAR_ZERO = {
            0.7703465477309968,
            -1.1859349745468729e-17,
            -0.18580147330750355,
            0.03653406715146833,
            -0.006219475256501468,
            0.0009473309967175952,
            -0.0001318036064945842,
            1.6990153963933726e-05,
            -2.0502402238557677e-06,
            2.3343614843792904e-07,
            -2.5233389581204455e-08,
            2.6025424902954277e-09,
            -2.5716945466743504e-10,
            2.4421506251472798e-11,
            -2.237105454073051e-12,
            2.03899843676573e-13,
            -1.7462572535022824e-14};
    /**
     * The segments' coefficients in one table, each row padded with high-order zeros to 19 (degree 17):
     * five of T, then erfcx itself near 0.
     */
    private static final double[][] SEGMENTS = {Z_0_5_1, Z_1_2, Z_2_3, Z_3_4, W, NEAR_ZERO};
    private static final int NEAR_ZERO_ROW = 5 * 19;
    private static final int ROW = 19;
    private static final double[] TABLE = new double[SEGMENTS.length * ROW];
    /** Segment i maps z to {@code t = SCALE[i] * z + SHIFT[i] + INVERSE_SQUARE[i] / z^2}: to [-1, 1], or to 1 / z^2. */
    private static final double[] SCALE = {4, 2, 2, 2, 0};
    private static final double[] SHIFT = {-3, -3, -5, -7, 0};
    private static final double[] INVERSE_SQUARE = {0, 0, 0, 0, 1};

    static {
        for (int i = 0; i < SEGMENTS.length; i++) {
            System.arraycopy(SEGMENTS[i], 0, TABLE, i * ROW, SEGMENTS[i].length);
        }
    }

    private ZErfcx() {
    }

    /**
     * {@code T(z)} for {@code z >= 0.5}, as {@code hi + lo}. The segment is picked by arithmetic, not by
     * branches: on mixed inputs the branches were mispredicted often enough to double the cost (measured).
     */
    public static DoubleDouble value(double z) {
        int segment = Math.min((int) z, 4);
        double t = Math.fma(SCALE[segment], z, SHIFT[segment]) + INVERSE_SQUARE[segment] / (z * z);
        int c = segment * ROW;
        double q = tail(c + 2, t);
        double tq = t * q;
        double p = TABLE[c] + tq;
        return new DoubleDouble(p, Sums.twoSumError(TABLE[c], tq, p) + Math.fma(t, q, -tq) + TABLE[c + 1]);
    }

    /** {@code erfcx(z) = exp(z^2) erfc(z)} for z in [0, 0.5], as {@code hi + lo}: the exact gelu near 0. */
    public static DoubleDouble nearZero(double z) {
        double t = Math.fma(4, z, -1);
        double q = tail(NEAR_ZERO_ROW + 2, t);
        double tq = t * q;
        double p = TABLE[NEAR_ZERO_ROW] + tq;
        return new DoubleDouble(p, Sums.twoSumError(TABLE[NEAR_ZERO_ROW], tq, p) + Math.fma(t, q, -tq)
                + TABLE[NEAR_ZERO_ROW + 1]);
    }

    /**
     * {@code q(t) = a0 + a1 t + ... + a16 t^16}, {@code a} the 17 coefficients from {@code TABLE[at]}, by
     * Estrin's scheme: a tree of depth 5 instead of Horner's chain of 16 dependent steps, which made this
     * kernel latency-bound (12 ns per value, measured). q's rounding reaches T only through
     * {@code t * q}, a small part of it.
     */
    private static double tail(int at, double t) {
        double[] a = TABLE;
        double t2 = t * t;
        double t4 = t2 * t2;
        double t8 = t4 * t4;
        double q01 = Math.fma(a[at + 1], t, a[at]);
        double q23 = Math.fma(a[at + 3], t, a[at + 2]);
        double q45 = Math.fma(a[at + 5], t, a[at + 4]);
        double q67 = Math.fma(a[at + 7], t, a[at + 6]);
        double q89 = Math.fma(a[at + 9], t, a[at + 8]);
        double q1011 = Math.fma(a[at + 11], t, a[at + 10]);
        double q1213 = Math.fma(a[at + 13], t, a[at + 12]);
        double q1415 = Math.fma(a[at + 15], t, a[at + 14]);
        double q0to3 = Math.fma(q23, t2, q01);
        double q4to7 = Math.fma(q67, t2, q45);
        double q8to11 = Math.fma(q1011, t2, q89);
        double q12to15 = Math.fma(q1415, t2, q1213);
        double q0to7 = Math.fma(q4to7, t4, q0to3);
        double q8to15 = Math.fma(q12to15, t4, q8to11);
        return Math.fma(Math.fma(a[at + 16], t8, q8to15), t8, q0to7);
    }
}
