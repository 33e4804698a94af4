package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.TanhShrink;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * {@code tanhshrink'(x) = tanh(x)^2} over a {@code double[]} slice, lane by lane, by the scalar kernel's two forms:
 * for |x| &lt; 1 the square of {@code tanh = x - tanhshrink(x)} in double-double (tanhshrink from
 * {@link SimdTanhShrink}'s pass), else {@code 1 - 4 e / (1 + e)^2}, e = exp(-2|x|), the square in double-double as
 * tanh_grad's. Three {@link Passes}.
 */
public final class SimdTanhShrinkGrad {

    private static final Passes PASSES = new Passes(2, SimdTanhShrinkGrad::small, SimdTanhShrinkGrad::exponentials,
            SimdTanhShrinkGrad::square);

    private SimdTanhShrinkGrad() {
    }

    /** {@code out[outFrom + i] = tanhshrink_grad(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        PASSES.run(in, from, out, outFrom, length);
    }

    /** Pass 1: tanhshrink(x) for vectors with a lane below 1. */
    private static void small(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        SimdTanhShrink.small(in, from, block, out, outFrom, n);
    }

    /** Pass 2: {@code exp(-2|x|)}, to the second array (in pass 3, C2 stopped inlining at its node budget). */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            SimdTanhShrink.exponential(DoubleVector.fromArray(SimdExp.SPECIES, in, from + i))
                    .intoArray(block.values(), Passes.STRIDE + i);
        }
    }

    /** Pass 3: each lane's form; the scalar kernel for the block's tail. */
    private static void square(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        DoubleVector one = DoubleVector.broadcast(SimdExp.SPECIES, 1.0);
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector shrink = DoubleVector.fromArray(SimdExp.SPECIES, v, i);
            DoubleVector t = x.sub(shrink);
            DoubleVector tLo = SimdSums.twoSumError(x, shrink.neg(), t);
            DoubleVector r = t.mul(t);
            DoubleVector small = r.add(t.lanewise(VectorOperators.FMA, t, r.neg()).add(t.mul(2.0).mul(tLo)));
            DoubleVector e = DoubleVector.fromArray(SimdExp.SPECIES, v, Passes.STRIDE + i);
            DoubleVector d = e.add(1.0);
            DoubleVector dLo = one.sub(d).add(e);
            DoubleVector s = d.mul(d);
            DoubleVector sLo = d.lanewise(VectorOperators.FMA, d, s.neg()).add(d.mul(2.0).mul(dLo));
            DoubleVector q = e.div(s);
            one.sub(q.sub(q.mul(sLo.div(s))).mul(4.0)).blend(small, x.abs().compare(VectorOperators.LT, 1.0))
                    .intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = TanhShrink.grad(in[from + i]);
        }
    }
}
