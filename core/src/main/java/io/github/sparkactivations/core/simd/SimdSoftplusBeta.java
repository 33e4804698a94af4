package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Softplus;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Softplus at any beta (|beta| &gt;= 2^-1000), {@code x if y > threshold else max(x, 0) + log1p(exp(-|y|)) / beta}
 * with y = beta x, over a {@code double[]} slice, lane by lane: the scalar kernel's method. y in double-double;
 * {@code u = exp(-|y + yLo|)} in double-double ({@link SimdExp#reduce}, {@link SimdExp#exp(double[], int, int, int)}),
 * since the division by beta rounds once more and exp's own error must go; {@code log1p(u)} from {@link SimdLog1p}
 * with u's low part to first order, or its series to u^3 below 2^-20 (exact in its high part); the quotient by
 * beta compensated. Four {@link Passes}; chunks with |y| &gt; 700 take the scalar kernel. Above 2^-1000, ln2 / beta
 * is finite.
 */
public final class SimdSoftplusBeta {

    private static final int STRIDE = Passes.STRIDE;
    /** Scratch arrays: exp's r (hi, lo) then u (hi, lo) then log1p(u) (hi, lo), in place; exp's k. */
    private static final int U = 0;
    private static final int U_LO = STRIDE;
    private static final int K = 2 * STRIDE;
    /** Below this u, the series of log1p(u) to u^3 is good to 2^-80 (Softplus's LOG1P_SERIES). */
    private static final double LOG1P_SERIES = 0x1p-20;
    private static final Passes PASSES = new Passes(3, SimdSoftplusBeta::reduce, SimdSoftplusBeta::exponentials,
            SimdSoftplusBeta::logarithms, SimdSoftplusBeta::quotient);

    private SimdSoftplusBeta() {
    }

    /** {@code out[outFrom + i] = softplus(in[from + i], beta, threshold)} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double beta, double threshold) {
        PASSES.run(in, from, out, outFrom, length, beta, threshold);
    }

    /** Pass 1: the reduction of {@code -|y| - sign(y) yLo} for exp (garbage past |y| = 700). */
    private static void reduce(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        double beta = block.parameters()[0];
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector a = SimdLeftHalf.argument(in, from + i, beta, v, U_LO + i);
            SimdExp.reduce(a.max(-700.0), DoubleVector.fromArray(SimdExp.SPECIES, v, U_LO + i), v, U + i, U_LO + i, K + i);
        }
    }

    /** Pass 2: {@code u = exp(-|y| - sign(y) yLo)} in double-double. */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            SimdExp.exp(v, U + i, U_LO + i, K + i).intoArray(v, U + i);
        }
    }

    /** Pass 3: {@code log1p(u)} with u's low part, in double-double, in place of u. */
    private static void logarithms(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector u = DoubleVector.fromArray(SimdExp.SPECIES, v, U + i);
            DoubleVector uLo = DoubleVector.fromArray(SimdExp.SPECIES, v, U_LO + i);
            VectorMask<Double> series = u.compare(VectorOperators.LT, LOG1P_SERIES);
            DoubleVector seriesLo = uLo.sub(u.mul(u).mul(u.mul(-1.0 / 3).add(0.5)));
            SimdLog1p.log1p(u).blend(u, series).intoArray(v, U + i);
            uLo.div(u.add(1.0)).blend(seriesLo, series).intoArray(v, U_LO + i);
        }
    }

    /**
     * Pass 4: {@code max(x, 0) + (q + qLo)}, {@code q = log / beta} and qLo its error with log's low part, or x past
     * the threshold; the scalar kernel for the block's tail and chunks past |y| = 700.
     */
    private static void quotient(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        double beta = block.parameters()[0];
        double threshold = block.parameters()[1];
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector y = x.mul(beta);
            if (y.abs().compare(VectorOperators.GT, 700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Softplus.value(in[from + j], beta, threshold);
                }
                continue;
            }
            DoubleVector log = DoubleVector.fromArray(SimdExp.SPECIES, v, U + i);
            DoubleVector logLo = DoubleVector.fromArray(SimdExp.SPECIES, v, U_LO + i);
            DoubleVector q = log.div(beta);
            DoubleVector qLo = logLo.sub(q.lanewise(VectorOperators.FMA, beta, log.neg())).div(beta);
            DoubleVector positive = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).blend(0.0, y.test(VectorOperators.IS_NEGATIVE));
            positive.mul(x).add(q.add(qLo)).blend(x, y.compare(VectorOperators.GT, threshold)).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Softplus.value(in[from + i], beta, threshold);
        }
    }
}
