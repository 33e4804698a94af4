package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Gelu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The exact GELU {@code x * Phi(x)} over a {@code double[]} slice, lane by lane: with {@code z = |x| / sqrt(2)},
 * {@code gelu(-|x|) = -|x| erfcx(z) exp(-z^2) / 2}, erfcx from {@link SimdErfcx}'s one polynomial, z and z^2 in
 * double-double, exp from {@link SimdExp}; then {@code gelu(x) = x + gelu(-x)} on the right. Six {@link Passes}
 * over blocks; chunks with |x| &gt; 37 (where exp(-z^2) nears underflow) take the scalar kernel.
 */
public final class SimdGelu {

    private static final int STRIDE = Passes.STRIDE;
    /**
     * Scratch arrays: g(t), then erfcx, then m (hi, lo); t, then z^2, then exp(-z^2); erfcx's inverse factor, then
     * z^2's error.
     */
    private static final int M = 0;
    private static final int M_LO = STRIDE;
    private static final int S = 2 * STRIDE;
    private static final int S_LO = 3 * STRIDE;
    /** Past this |x|, z^2 &gt; 700: exp(-z^2) leaves SimdExp's range. */
    private static final double TAIL = 37;
    private static final Passes PASSES = new Passes(4, SimdGelu::arguments, SimdGelu::polynomials, SimdGelu::divide,
            SimdGelu::scale, SimdGelu::exponentials, SimdGelu::combine);

    private SimdGelu() {
    }

    /** {@code out[outFrom + i] = gelu(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        PASSES.run(in, from, out, outFrom, length);
    }

    /** Passes 1 to 3: erfcx(z) for {@code z = |x| / sqrt(2)} ({@link SimdErfcx}). */
    private static void arguments(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        SimdErfcx.arguments(in, from, block.values(), S, S_LO, n);
    }

    private static void polynomials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        SimdErfcx.polynomials(block.values(), S, M, M_LO, n);
    }

    private static void divide(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        SimdErfcx.divide(in, from, block.values(), M, M_LO, S_LO, n);
    }

    /**
     * Pass 4: {@code m = x erfcx(z) / 2} for x = -|x|, in double-double, in place of erfcx; and z^2, also in
     * double-double, z's own rounding included.
     */
    private static void scale(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = SimdLeftHalf.argument(in, from + i);
            DoubleVector e = DoubleVector.fromArray(SimdExp.SPECIES, v, M + i);
            DoubleVector m = x.mul(e).mul(0.5);
            m.intoArray(v, M + i);
            x.lanewise(VectorOperators.FMA, e, m.mul(-2.0)).add(x.mul(DoubleVector.fromArray(SimdExp.SPECIES, v, M_LO + i)))
                    .mul(0.5).intoArray(v, M_LO + i);
            SimdGaussian.square(x, v, S + i, S_LO + i);
        }
    }

    /** Pass 5: {@code exp(-z^2)}, in place of z^2 (garbage where |x| &gt; 37). */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        SimdGaussian.exponentials(block.values(), S, n);
    }

    /**
     * Pass 6: {@code gelu(-|x|) = (m + mLo) exp(-z^2 - sLo)}, rounded once, then {@code gelu(x) = x + gelu(-x)} on
     * the right; the scalar kernel for the block's tail and chunks past |x| = 37.
     */
    private static void combine(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            if (x.abs().compare(VectorOperators.GT, TAIL).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Gelu.exact(in[from + j]);
                }
                continue;
            }
            DoubleVector m = DoubleVector.fromArray(SimdExp.SPECIES, v, M + i);
            DoubleVector mLo = DoubleVector.fromArray(SimdExp.SPECIES, v, M_LO + i);
            DoubleVector h = DoubleVector.fromArray(SimdExp.SPECIES, v, S + i);
            DoubleVector sLo = DoubleVector.fromArray(SimdExp.SPECIES, v, S_LO + i);
            DoubleVector value = SimdGaussian.times(m, mLo, h, sLo);
            DoubleVector positive = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).blend(0.0, x.test(VectorOperators.IS_NEGATIVE));
            value.add(positive.mul(x)).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Gelu.exact(in[from + i]);
        }
    }
}
