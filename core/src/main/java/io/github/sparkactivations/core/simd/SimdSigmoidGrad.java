package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Sigmoid;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * {@code outScale * sigmoid'(inScale * x)} over a {@code double[]} slice, a vector of lanes at a time,
 * for powers of two {@code inScale} and {@code outScale}: {@code sigmoid_grad} (1, 1) and
 * {@code tanh_grad = 4 sigmoid'(2x)} (2, 4). The scalar kernel's formula, {@code e / (1 + e)^2} with
 * e = exp(-|x|) and the square in double-double, with {@link SimdExp}. Chunks with a lane beyond
 * 700 (after scaling) take the scalar kernel.
 */
public final class SimdSigmoidGrad {

    private SimdSigmoidGrad() {
    }

    /** {@code out[outFrom + i] = outScale * sigmoid'(inScale * in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double inScale, double outScale) {
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector ax = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i).mul(inScale).abs();
            if (ax.compare(VectorOperators.GT, 700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = outScale * Sigmoid.grad(inScale * in[from + j]);
                }
                continue;
            }
            DoubleVector e = SimdExp.exp(ax.neg());
            DoubleVector d = e.add(1.0);
            DoubleVector dLo = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).sub(d).add(e);
            DoubleVector s = d.mul(d);
            DoubleVector sLo = d.lanewise(VectorOperators.FMA, d, s.neg()).add(d.mul(2.0).mul(dLo));
            DoubleVector r = e.div(s);
            r.sub(r.mul(sLo.div(s))).mul(outScale).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = outScale * Sigmoid.grad(inScale * in[from + i]);
        }
    }
}
