package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.TanhShrink;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * {@code tanhshrink(x) = x - tanh(x)} over a {@code double[]} slice, lane by lane, by the scalar kernel's two forms:
 * {@code x^3 P(x^2)} for |x| &lt; 1 (the same polynomial by the same Horner steps), else
 * {@code sign(x) ((|x| - 1) + 2 sigmoid(-2|x|))} with {@link SimdExp}. Two {@link Passes}, the polynomial (for
 * vectors with a lane below 1) and the rest; exp(-2|x|) is clamped at exp(-700), which changes nothing: there
 * {@code |x| - 1} is 349 or more.
 */
public final class SimdTanhShrink {

    private static final Passes PASSES = new Passes(1, SimdTanhShrink::small, SimdTanhShrink::large);
    private static final double[] P = new double[18];

    static {
        for (int i = 0; i < P.length; i++) {
            P[i] = TanhShrink.small(i);
        }
    }

    private SimdTanhShrink() {
    }

    /** {@code out[outFrom + i] = tanhshrink(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        PASSES.run(in, from, out, outFrom, length);
    }

    /** Pass 1 (tanhshrink_grad's too): {@code x^3 P(x^2)}, to the scratch array, for vectors with a lane below 1. */
    static void small(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            if (!x.abs().compare(VectorOperators.LT, 1.0).anyTrue()) {
                continue;
            }
            DoubleVector u = x.mul(x);
            DoubleVector p = u.lanewise(VectorOperators.FMA, P[17], P[16]).lanewise(VectorOperators.FMA, u, P[15])
                    .lanewise(VectorOperators.FMA, u, P[14]).lanewise(VectorOperators.FMA, u, P[13])
                    .lanewise(VectorOperators.FMA, u, P[12]).lanewise(VectorOperators.FMA, u, P[11])
                    .lanewise(VectorOperators.FMA, u, P[10]).lanewise(VectorOperators.FMA, u, P[9])
                    .lanewise(VectorOperators.FMA, u, P[8]).lanewise(VectorOperators.FMA, u, P[7])
                    .lanewise(VectorOperators.FMA, u, P[6]).lanewise(VectorOperators.FMA, u, P[5])
                    .lanewise(VectorOperators.FMA, u, P[4]).lanewise(VectorOperators.FMA, u, P[3])
                    .lanewise(VectorOperators.FMA, u, P[2]).lanewise(VectorOperators.FMA, u, P[1])
                    .lanewise(VectorOperators.FMA, u, P[0]);
            DoubleVector c = x.mul(u);
            DoubleVector cLo = x.lanewise(VectorOperators.FMA, u, c.neg()).add(x.mul(x.lanewise(VectorOperators.FMA, x, u.neg())));
            c.lanewise(VectorOperators.FMA, p, cLo.mul(p)).intoArray(v, i);
        }
    }

    /** {@code exp(-2|x|)}, clamped at exp(-700). */
    static DoubleVector exponential(DoubleVector x) {
        return SimdExp.exp(x.abs().mul(-2.0).max(-700.0));
    }

    /** Pass 2: the form for |x| &gt;= 1, blended with pass 1's below; the scalar kernel for the block's tail. */
    private static void large(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector a = x.abs();
            DoubleVector e = exponential(x);
            DoubleVector d = e.add(1.0);
            DoubleVector dLo = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).sub(d).add(e);
            DoubleVector r = e.div(d);
            DoubleVector sigmoid = r.sub(r.mul(dLo.div(d)));
            DoubleVector large = a.sub(1.0).add(sigmoid.mul(2.0));
            VectorMask<Double> below = a.compare(VectorOperators.LT, 1.0);
            large.blend(large.neg(), x.test(VectorOperators.IS_NEGATIVE))
                    .blend(DoubleVector.fromArray(SimdExp.SPECIES, v, i), below).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = TanhShrink.value(in[from + i]);
        }
    }
}
