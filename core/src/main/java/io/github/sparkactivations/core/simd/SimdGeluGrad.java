package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.internal.NearRoots;
import io.github.sparkactivations.core.kernels.Gelu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The exact GELU's derivative {@code Phi(x) + x phi(x)} over a {@code double[]} slice, lane by lane, from the left
 * half: {@code gelu'(x) = 1 - gelu'(-x)}. For -1.51 &lt;= -|x| &lt;= 0 the scalar kernel's fit about the root
 * ({@link SimdNearRoot}; it covers the whole interval, where the scalar kernel takes erf near 0); beyond, with
 * {@code z = |x| / sqrt(2)}, {@code exp(-z^2) (erfcx(z) / 2 - |x| / sqrt(2 pi))} in double-double, erfcx from
 * {@link SimdErfcx}'s one polynomial. Eight {@link Passes}; chunks with |x| &gt; 37 (where exp(-z^2) nears
 * underflow) take the scalar kernel.
 */
public final class SimdGeluGrad {

    private static final SimdNearRoot NEAR_ROOT = new SimdNearRoot(NearRoots.GELU_GRAD);
    private static final int STRIDE = Passes.STRIDE;
    /**
     * Scratch arrays: the fit's values; g(t), then erfcx, then m (hi, lo); t, then z^2, then exp(-z^2); erfcx's
     * inverse factor, then z^2's error.
     */
    private static final int FIT = 0;
    private static final int M = STRIDE;
    private static final int M_LO = 2 * STRIDE;
    private static final int S = 3 * STRIDE;
    private static final int S_LO = 4 * STRIDE;
    /**
     * Below this |x|, gelu'(x) rounds to 1/2, as the scalar kernel gives it; the fit about the root is an ulp
     * below there (found on 256-bit lanes, where chunks of four edges need not hold an infinity).
     */
    private static final double HALF_BELOW = 1e-17;
    /** Past this |x|, z^2 &gt; 700: exp(-z^2) leaves SimdExp's range. */
    private static final double TAIL = 37;
    private static final Passes PASSES = new Passes(5, SimdGeluGrad::fitHigh, SimdGeluGrad::fit,
            SimdGeluGrad::arguments, SimdGeluGrad::polynomials, SimdGeluGrad::divide, SimdGeluGrad::scale,
            SimdGeluGrad::exponentials, SimdGeluGrad::combine);

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

    /** Passes 3 to 5: erfcx(z) for {@code z = |x| / sqrt(2)} ({@link SimdErfcx}). */
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
     * Pass 6: {@code m = erfcx(z) / 2 - |x| / sqrt(2 pi)} in double-double, in place of erfcx; and z^2, also in
     * double-double, z's own rounding included (as Gelu's).
     */
    private static void scale(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = SimdLeftHalf.argument(in, from + i);
            DoubleVector a = DoubleVector.fromArray(SimdExp.SPECIES, v, M + i).mul(0.5);
            DoubleVector aLo = DoubleVector.fromArray(SimdExp.SPECIES, v, M_LO + i).mul(0.5);
            DoubleVector b = x.mul(Gelu.INV_SQRT_2PI);
            DoubleVector bLo = x.lanewise(VectorOperators.FMA, Gelu.INV_SQRT_2PI, b.neg()).add(x.mul(Gelu.INV_SQRT_2PI_LO));
            DoubleVector m = a.add(b);
            m.intoArray(v, M + i);
            SimdSums.twoSumError(a, b, m).add(aLo).add(bLo).intoArray(v, M_LO + i);
            SimdGaussian.square(x, v, S + i, S_LO + i);
        }
    }

    /** Pass 7: {@code exp(-z^2)}, in place of z^2 (garbage where |x| &gt; 37). */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        SimdGaussian.exponentials(block.values(), S, n);
    }

    /**
     * Pass 8: the left value, the fit's or {@code (m + mLo) exp(-z^2 - sLo)} rounded once, then
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
                    .blend(DoubleVector.fromArray(SimdExp.SPECIES, v, FIT + i), NEAR_ROOT.covers(x.abs().neg()))
                    .blend(0.5, x.abs().compare(VectorOperators.LT, HALF_BELOW));
            SimdLeftHalf.derivative(x, left).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Gelu.exactGrad(in[from + i]);
        }
    }
}
