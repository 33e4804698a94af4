package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.internal.NearRoots;
import io.github.sparkactivations.core.kernels.Gelu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The derivative of GELU's tanh form over a {@code double[]} slice, lane by lane, from the left half:
 * {@code gelu'(x) = 1 - gelu'(-x)}. Near the root (-1.15 to -0.35) the scalar kernel's fit ({@link SimdNearRoot});
 * elsewhere, for x = -|x|, its {@code e ((1 + e) + x 2u'(x)) / (1 + e)^2}, e = exp(2u), with 2u and x 2u'(x) from
 * {@link SimdGeluTanh#twiceU} and everything in double-double. Six {@link Passes}; chunks with |x| &gt; 1e5
 * (saturated) or 2u &lt; -700 (|x| &gt; 21) take the scalar kernel.
 */
public final class SimdGeluTanhGrad {

    private static final SimdNearRoot NEAR_ROOT = new SimdNearRoot(NearRoots.GELU_TANH_GRAD);
    private static final int STRIDE = Passes.STRIDE;
    /** Scratch arrays: the fit's values; 2u (then exp(2u)) and its low part; x 2u'(x) and its low part. */
    private static final int FIT = 0;
    private static final int V = STRIDE;
    private static final int V_LO = 2 * STRIDE;
    private static final int W = 3 * STRIDE;
    private static final int W_LO = 4 * STRIDE;
    private static final Passes PASSES = new Passes(5, SimdGeluTanhGrad::fitHigh, SimdGeluTanhGrad::fit,
            SimdGeluTanhGrad::arguments, SimdGeluTanhGrad::exponentials, SimdGeluTanhGrad::quotient,
            SimdGeluTanhGrad::combine);

    private SimdGeluTanhGrad() {
    }

    /** {@code out[outFrom + i] = gelu_grad(in[from + i], 'tanh')} for {@code i < length}. */
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

    /** Pass 3: 2u and x 2u'(x) at -|x|, in double-double. */
    private static void arguments(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = SimdLeftHalf.argument(in, from + i);
            SimdGeluTanh.twiceU(x, Gelu.KAPPA, Gelu.KAPPA_LO, v, V + i, V_LO + i);
            SimdGeluTanh.twiceU(x, Gelu.KAPPA3, Gelu.KAPPA3_LO, v, W + i, W_LO + i);
        }
    }

    /** Pass 4: {@code exp(2u)} in place of 2u (garbage where 2u &lt; -700). */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            SimdExp.exp(DoubleVector.fromArray(SimdExp.SPECIES, v, V + i).max(-700.0)).intoArray(v, V + i);
        }
    }

    /**
     * Pass 5: the left value off the fit, {@code e b / d^2} with {@code d = 1 + e}, {@code b = d + x 2u'(x)},
     * rounded once, in place of x 2u'(x) (in pass 6, C2 stopped inlining at its node budget).
     */
    private static void quotient(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        DoubleVector one = DoubleVector.broadcast(SimdExp.SPECIES, 1.0);
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector e = DoubleVector.fromArray(SimdExp.SPECIES, v, V + i);
            DoubleVector w = DoubleVector.fromArray(SimdExp.SPECIES, v, W + i);
            DoubleVector wLo = DoubleVector.fromArray(SimdExp.SPECIES, v, W_LO + i);
            DoubleVector eLo = e.mul(DoubleVector.fromArray(SimdExp.SPECIES, v, V_LO + i));
            DoubleVector d = e.add(1.0);
            DoubleVector dLo = SimdSums.twoSumError(one, e, d).add(eLo);
            DoubleVector b = d.add(w);
            DoubleVector bLo = SimdSums.twoSumError(d, w, b).add(dLo).add(wLo);
            DoubleVector p = e.mul(b);
            DoubleVector pLo = e.lanewise(VectorOperators.FMA, b, p.neg()).add(e.mul(bLo)).add(eLo.mul(b));
            DoubleVector s = d.mul(d);
            DoubleVector sLo = d.lanewise(VectorOperators.FMA, d, s.neg()).add(d.mul(2.0).mul(dLo));
            DoubleVector r = p.div(s);
            r.add(pLo.sub(r.lanewise(VectorOperators.FMA, s, p.neg())).sub(r.mul(sLo)).div(s)).intoArray(v, W + i);
        }
    }

    /**
     * Pass 6: the left value, the fit's or the quotient, then {@code 1 - gelu'(-x)} on the right; the scalar kernel
     * for the block's tail and chunks out of range.
     */
    private static void combine(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            // |x| > 21 is where 2u(-|x|) < -700
            if (x.abs().compare(VectorOperators.GT, 21.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Gelu.tanhGrad(in[from + j]);
                }
                continue;
            }
            DoubleVector left = DoubleVector.fromArray(SimdExp.SPECIES, v, W + i)
                    .blend(DoubleVector.fromArray(SimdExp.SPECIES, v, FIT + i), NEAR_ROOT.covers(x.abs().neg()));
            SimdLeftHalf.derivative(x, left).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Gelu.tanhGrad(in[from + i]);
        }
    }
}
