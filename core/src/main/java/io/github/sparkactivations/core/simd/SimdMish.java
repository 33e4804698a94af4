package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Mish;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Mish {@code x * tanh(softplus(x))} over a {@code double[]} slice, a vector of lanes at a time: the
 * scalar kernel's two formulas with e = exp(-|x|), blended by the sign of x, with {@link SimdExp}:
 * {@code x - x 2e^2 / (1 + 2e + 2e^2)} for x &gt;= 0, and {@code x n / (n + 2)}, {@code n = e (e + 2)}
 * in double-double, for x &lt; 0. Chunks with |x| &gt; 700 take the scalar kernel.
 */
public final class SimdMish {

    private SimdMish() {
    }

    /** {@code out[outFrom + i] = mish(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector ax = x.abs();
            if (ax.compare(VectorOperators.GT, 700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Mish.value(in[from + j]);
                }
                continue;
            }
            DoubleVector e = SimdExp.exp(ax.neg());
            DoubleVector twoE2 = e.mul(e).mul(2.0);
            DoubleVector positive = x.sub(x.mul(twoE2).div(e.mul(2.0).add(1.0).add(twoE2)));
            DoubleVector a = e.add(2.0);
            DoubleVector aLo = DoubleVector.broadcast(SimdExp.SPECIES, 2.0).sub(a).add(e);
            DoubleVector n = e.mul(a);
            DoubleVector nLo = e.lanewise(VectorOperators.FMA, a, n.neg()).add(e.mul(aLo));
            DoubleVector d = n.add(2.0);
            DoubleVector dn = d.sub(n);
            DoubleVector dLo = n.sub(d.sub(dn)).add(DoubleVector.broadcast(SimdExp.SPECIES, 2.0).sub(dn)).add(nLo);
            DoubleVector p = x.mul(n);
            DoubleVector r = p.div(d);
            DoubleVector negative = r.add(x.lanewise(VectorOperators.FMA, n, p.neg()).add(x.mul(nLo)).sub(r.mul(dLo)).div(d));
            negative.blend(positive, x.compare(VectorOperators.GE, 0.0)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Mish.value(in[from + i]);
        }
    }
}
