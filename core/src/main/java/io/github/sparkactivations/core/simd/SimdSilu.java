package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Swish;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * SiLU {@code x * sigmoid(x)} over a {@code double[]} slice, a vector of lanes at a time: the scalar
 * kernel's formula ({@code x / (1 + e)} or {@code x e / (1 + e)}, e = exp(-|x|), the product and the
 * denominator carried in double-double, rounded once) with {@link SimdExp}. Chunks with |x| &gt; 700
 * take the scalar kernel.
 */
public final class SimdSilu {

    private SimdSilu() {
    }

    /** {@code out[outFrom + i] = silu(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector ax = x.abs();
            if (ax.compare(VectorOperators.GT, 700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Swish.silu(in[from + j]);
                }
                continue;
            }
            DoubleVector e = SimdExp.exp(ax.neg());
            DoubleVector d = e.add(1.0);
            DoubleVector dLo = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).sub(d).add(e);
            DoubleVector p = x.mul(e);
            DoubleVector pLo = x.lanewise(VectorOperators.FMA, e, p.neg());
            VectorMask<Double> positive = x.compare(VectorOperators.GE, 0.0);
            DoubleVector num = p.blend(x, positive);
            DoubleVector numLo = pLo.blend(0.0, positive);
            DoubleVector r = num.div(d);
            // the division's remainder too, as the scalar kernel's: it also keeps silu(-MIN_VALUE) = -0
            DoubleVector remainder = r.lanewise(VectorOperators.FMA, d, num.neg());
            r.add(numLo.sub(remainder).sub(r.mul(dLo)).div(d)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Swish.silu(in[from + i]);
        }
    }
}
