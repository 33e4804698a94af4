package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Gelu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * {@code erfcx(z) = exp(z^2) erfc(z)} for {@code 0 <= z <= 37 / sqrt(2)}, lane by lane in double-double, as one
 * polynomial for every lane: {@code erfcx(z) = g(t) / (1 + 2z / sqrt(pi))} with {@code t = (z - 3.5) / (z + 3.5)}, g
 * of degree 24 (make_polynomials.py, after Schonfelder's expansion of erfcx in {@code (z - K) / (z + K)}), which only
 * varies from 0.66 to 1 and is flat at z = 0, where t's rounding is largest. With the same coefficients in every lane
 * there is nothing to sort or mask: the six segments of {@link io.github.sparkactivations.core.internal.ZErfcx} that
 * the scalar kernels use needed a scalar counting sort of each block here (JDK 17 compiles no gather), 44 % of the
 * SIMD gelu's time. Three {@link Passes} for the callers to run.
 */
final class SimdErfcx {

    // SimdErfcx: (1 + 2z / sqrt(pi)) erfcx(z) in t = (z - 3.5) / (z + 3.5) on [-1, 0.764015]: degree 24, error 1.29e-19
    // (values 0.66 to 1); the constant term in double-double
    private static final double[] G = {
            0.7685990958080297,
            -2.923412144288228e-17,
            -0.2050564406883516,
            0.09564533477514503,
            -0.015293751984940537,
            -0.023779730602914443,
            0.029837365102049436,
            -0.020146962614628176,
            0.008926831796141082,
            -0.002261541119576522,
            -4.478100655904478e-05,
            0.0002713153329550495,
            -7.059297522959305e-05,
            -1.832095354525905e-05,
            1.2978493998353903e-05,
            6.519359234769143e-07,
            -1.9924347758642246e-06,
            5.7580324988121036e-08,
            3.154995735399439e-07,
            -1.4783451075958823e-08,
            -5.3526167044048965e-08,
            1.312643280331422e-10,
            8.96727336186591e-09,
            9.762563321187258e-10,
            -1.0615209457028149e-09,
            -2.842922106720455e-10};
    private static final double K = 3.5;
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double TWO_OVER_SQRT_PI_LO = 1.533545961316588e-17;

    private SimdErfcx() {
    }

    /**
     * A pass: for {@code z = |x| / sqrt(2)}, x from {@code in[from, from + n)}, t to {@code v[tAt]} and
     * {@code 1 / (1 + 2z / sqrt(pi))} to {@code v[inverseAt]}, for {@link #divide}: one division for both, t
     * corrected by its residual to within half an ulp or so.
     */
    static void arguments(double[] in, int from, double[] v, int tAt, int inverseAt, int n) {
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector z = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i).abs().mul(Gelu.SQRT1_2);
            DoubleVector a = z.sub(K);
            DoubleVector b = z.add(K);
            DoubleVector d = z.lanewise(VectorOperators.FMA, TWO_OVER_SQRT_PI, 1.0);
            DoubleVector both = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).div(b.mul(d));
            both.mul(b).intoArray(v, inverseAt + i);
            DoubleVector inverse = both.mul(d);
            DoubleVector t = a.mul(inverse);
            t.neg().lanewise(VectorOperators.FMA, b, a).lanewise(VectorOperators.FMA, inverse, t).intoArray(v, tAt + i);
        }
    }

    /**
     * A pass: {@code g(t)} for the t at {@code v[tAt]}, as {@code v[hiAt] + v[loAt]}, the constant term's sum in
     * double-double.
     */
    static void polynomials(double[] v, int tAt, int hiAt, int loAt, int n) {
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector t = DoubleVector.fromArray(SimdExp.SPECIES, v, tAt + i);
            DoubleVector q = q(t);
            DoubleVector tq = t.mul(q);
            DoubleVector hi = tq.add(G[0]);
            hi.intoArray(v, hiAt + i);
            SimdSums.twoSumError(tq, G[0], hi).add(t.lanewise(VectorOperators.FMA, q, tq.neg())).add(G[1])
                    .intoArray(v, loAt + i);
        }
    }

    /**
     * A pass: {@code erfcx(z)} for the exact {@code z = |x| / sqrt(2)} in place of {@code g(t)} in {@code v[hiAt]},
     * {@code v[loAt]}: g divided by {@code 1 + 2z / sqrt(pi)} in double-double, and z's low part entering to first
     * order, by {@code erfcx'(z) = 2z erfcx(z) - 2 / sqrt(pi)}.
     */
    static void divide(double[] in, int from, double[] v, int hiAt, int loAt, int inverseAt, int n) {
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i).abs();
            DoubleVector z = x.mul(Gelu.SQRT1_2);
            DoubleVector zLo = x.lanewise(VectorOperators.FMA, Gelu.SQRT1_2, z.neg()).add(x.mul(Gelu.SQRT1_2_LO));
            DoubleVector g = DoubleVector.fromArray(SimdExp.SPECIES, v, hiAt + i);
            DoubleVector p = z.mul(TWO_OVER_SQRT_PI);
            DoubleVector d = p.add(1.0);
            DoubleVector dLo = SimdSums.twoSumError(p, 1.0, d).add(z.lanewise(VectorOperators.FMA, TWO_OVER_SQRT_PI, p.neg()))
                    .add(z.mul(TWO_OVER_SQRT_PI_LO));
            DoubleVector inverse = DoubleVector.fromArray(SimdExp.SPECIES, v, inverseAt + i);
            DoubleVector e = g.mul(inverse);
            e.intoArray(v, hiAt + i);
            e.neg().lanewise(VectorOperators.FMA, d, g).add(DoubleVector.fromArray(SimdExp.SPECIES, v, loAt + i))
                    .sub(e.mul(dLo)).mul(inverse)
                    .add(zLo.mul(z.add(z).lanewise(VectorOperators.FMA, e, -TWO_OVER_SQRT_PI))).intoArray(v, loAt + i);
        }
    }

    /** {@code q(t)}, the 24 coefficients from {@code G[2]}, by Estrin's scheme. */
    private static DoubleVector q(DoubleVector t) {
        DoubleVector t2 = t.mul(t);
        DoubleVector t4 = t2.mul(t2);
        DoubleVector t8 = t4.mul(t4);
        return eight(t, t2, t4, 18).lanewise(VectorOperators.FMA, t8, eight(t, t2, t4, 10))
                .lanewise(VectorOperators.FMA, t8, eight(t, t2, t4, 2));
    }

    /** {@code G[c] + G[c + 1] t + ... + G[c + 7] t^7}. */
    private static DoubleVector eight(DoubleVector t, DoubleVector t2, DoubleVector t4, int c) {
        DoubleVector low = t.lanewise(VectorOperators.FMA, G[c + 3], G[c + 2])
                .lanewise(VectorOperators.FMA, t2, t.lanewise(VectorOperators.FMA, G[c + 1], G[c]));
        DoubleVector high = t.lanewise(VectorOperators.FMA, G[c + 7], G[c + 6])
                .lanewise(VectorOperators.FMA, t2, t.lanewise(VectorOperators.FMA, G[c + 5], G[c + 4]));
        return high.lanewise(VectorOperators.FMA, t4, low);
    }
}
