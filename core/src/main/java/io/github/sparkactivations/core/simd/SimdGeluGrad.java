package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.internal.NearRoots;
import io.github.sparkactivations.core.kernels.Gelu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The exact GELU's derivative {@code Phi(x) + x phi(x)} over a {@code double[]} slice, lane by lane, from the left
 * half: {@code gelu'(x) = 1 - gelu'(-x)}. For -1.51 &lt;= -|x| &lt;= 0 the scalar kernel's fit about the root
 * ({@link SimdNearRoot}; it covers the whole interval, where the scalar kernel takes erf near 0); beyond, with
 * {@code z = |x| / sqrt(2)}, {@code exp(-z^2) (T(z) / 2z - |x| / sqrt(2 pi))} in double-double, T from the
 * {@link SimdZErfcx} segments 1 to 4, each evaluated only for vectors that have a lane in it. Ten {@link Passes};
 * chunks with |x| &gt; 37 (where exp(-z^2) nears underflow) take the scalar kernel.
 */
public final class SimdGeluGrad {

    private static final SimdNearRoot NEAR_ROOT = new SimdNearRoot(NearRoots.GELU_GRAD);
    private static final int STRIDE = Passes.STRIDE;
    /**
     * Scratch arrays: the fit's values; T then m (hi, lo); z^2 then exp(-z^2), and z^2's error; a segment's T
     * (hi, lo); its argument; which segment.
     */
    private static final int FIT = 0;
    private static final int M = STRIDE;
    private static final int M_LO = 2 * STRIDE;
    private static final int S = 3 * STRIDE;
    private static final int S_LO = 4 * STRIDE;
    private static final int SEGMENT = 5 * STRIDE;
    private static final int SEGMENT_LO = 6 * STRIDE;
    private static final int ARGUMENT = 7 * STRIDE;
    private static final int WHICH = 8 * STRIDE;
    /** Past this |x|, z^2 &gt; 700: exp(-z^2) leaves SimdExp's range. */
    private static final double TAIL = 37;
    private static final Passes PASSES = new Passes(9, SimdGeluGrad::fitHigh, SimdGeluGrad::fit,
            SimdGeluGrad::arguments, SimdGeluGrad::segment1, SimdGeluGrad::segment2, SimdGeluGrad::segment3,
            SimdGeluGrad::segment4, SimdGeluGrad::scale, SimdGeluGrad::exponentials, SimdGeluGrad::combine);

    private SimdGeluGrad() {
    }

    /** {@code out[outFrom + i] = gelu_grad(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        PASSES.run(in, from, out, outFrom, length);
    }

    /** Passes 1 and 2: the fit about the root, for vectors with a lane it covers. */
    private static void fitHigh(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        NEAR_ROOT.high(in, from, true, SimdNearRoot.EXACT, 0, block.values(), FIT, n);
    }

    private static void fit(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        NEAR_ROOT.value(in, from, true, SimdNearRoot.EXACT, 0, block.values(), FIT, n);
    }

    /**
     * Pass 3: for the lanes past the fit, which segment of T serves z (1 for z in [1, 2), 2, 3, then 4 beyond 4; 0
     * in the lanes the fit covers) and its argument (ZErfcx.argument, lane by lane).
     */
    private static void arguments(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        DoubleVector one = DoubleVector.broadcast(SimdExp.SPECIES, 1.0);
        DoubleVector zero = DoubleVector.zero(SimdExp.SPECIES);
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = SimdLeftHalf.argument(in, from + i);
            DoubleVector z = x.mul(-Gelu.SQRT1_2);
            VectorMask<Double> two = z.compare(VectorOperators.GE, 2.0);
            VectorMask<Double> three = z.compare(VectorOperators.GE, 3.0);
            VectorMask<Double> four = z.compare(VectorOperators.GE, 4.0);
            DoubleVector shift = DoubleVector.broadcast(SimdExp.SPECIES, -3.0).blend(-5.0, two).blend(-7.0, three);
            z.lanewise(VectorOperators.FMA, 2.0, shift).blend(one.div(z.mul(z)), four).intoArray(v, ARGUMENT + i);
            one.add(one.blend(zero, two.not())).add(one.blend(zero, three.not())).add(one.blend(zero, four.not()))
                    .blend(zero, NEAR_ROOT.covers(x)).intoArray(v, WHICH + i);
        }
    }

    /**
     * Passes 4 to 7: T(z) from each segment, for the vectors with a lane in it, merged into the T arrays; one pass a
     * segment (as one, C2 stopped inlining at its node budget).
     */
    private static void segment1(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        segment(1, block.values(), n);
    }

    private static void segment2(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        segment(2, block.values(), n);
    }

    private static void segment3(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        segment(3, block.values(), n);
    }

    private static void segment4(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        segment(4, block.values(), n);
    }

    private static void segment(int segment, double[] v, int n) {
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            VectorMask<Double> mine = DoubleVector.fromArray(SimdExp.SPECIES, v, WHICH + i).compare(VectorOperators.EQ, (double) segment);
            if (!mine.anyTrue()) {
                continue;
            }
            SimdZErfcx.value(DoubleVector.fromArray(SimdExp.SPECIES, v, ARGUMENT + i), segment, v, SEGMENT + i, SEGMENT_LO + i);
            DoubleVector.fromArray(SimdExp.SPECIES, v, M + i)
                    .blend(DoubleVector.fromArray(SimdExp.SPECIES, v, SEGMENT + i), mine).intoArray(v, M + i);
            DoubleVector.fromArray(SimdExp.SPECIES, v, M_LO + i)
                    .blend(DoubleVector.fromArray(SimdExp.SPECIES, v, SEGMENT_LO + i), mine).intoArray(v, M_LO + i);
        }
    }

    /**
     * Pass 8: {@code m = T / 2z - |x| / sqrt(2 pi)} in double-double, in place of T; and z^2, also in
     * double-double, z's own rounding included (as Gelu's).
     */
    private static void scale(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = SimdLeftHalf.argument(in, from + i);
            DoubleVector z = x.mul(-Gelu.SQRT1_2);
            DoubleVector halfT = DoubleVector.fromArray(SimdExp.SPECIES, v, M + i).mul(0.5);
            DoubleVector halfTLo = DoubleVector.fromArray(SimdExp.SPECIES, v, M_LO + i).mul(0.5);
            DoubleVector inverse = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).div(z);
            DoubleVector a = halfT.mul(inverse);
            DoubleVector aLo = a.neg().lanewise(VectorOperators.FMA, z, halfT).add(halfTLo).mul(inverse);
            DoubleVector b = x.mul(Gelu.INV_SQRT_2PI);
            DoubleVector bLo = x.lanewise(VectorOperators.FMA, Gelu.INV_SQRT_2PI, b.neg()).add(x.mul(Gelu.INV_SQRT_2PI_LO));
            DoubleVector m = a.add(b);
            m.intoArray(v, M + i);
            SimdSums.twoSumError(a, b, m).add(aLo).add(bLo).intoArray(v, M_LO + i);
            SimdGaussian.square(x, v, S + i, S_LO + i);
        }
    }

    /** Pass 9: {@code exp(-z^2)}, in place of z^2 (garbage where |x| &gt; 37). */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        SimdGaussian.exponentials(block.values(), S, n);
    }

    /**
     * Pass 10: the left value, the fit's or {@code (m + mLo) exp(-z^2 - sLo)} rounded once, then
     * {@code 1 - gelu'(-x)} on the right; the scalar kernel for the block's tail and chunks past |x| = 37.
     */
    private static void combine(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            if (x.abs().compare(VectorOperators.GT, TAIL).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Gelu.exactGrad(in[from + j]);
                }
                continue;
            }
            DoubleVector m = DoubleVector.fromArray(SimdExp.SPECIES, v, M + i);
            DoubleVector mLo = DoubleVector.fromArray(SimdExp.SPECIES, v, M_LO + i);
            DoubleVector h = DoubleVector.fromArray(SimdExp.SPECIES, v, S + i);
            DoubleVector sLo = DoubleVector.fromArray(SimdExp.SPECIES, v, S_LO + i);
            DoubleVector left = SimdGaussian.times(m, mLo, h, sLo)
                    .blend(DoubleVector.fromArray(SimdExp.SPECIES, v, FIT + i), NEAR_ROOT.covers(x.abs().neg()));
            SimdLeftHalf.derivative(x, left).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Gelu.exactGrad(in[from + i]);
        }
    }
}
