package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Swish;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Swish {@code x * sigmoid(beta x)} over a {@code double[]} slice, a vector of lanes at a time: beta x in
 * double-double, the product rounded once ({@link SimdLogistic}). Chunks with |beta x| &gt; 700 or an infinite x
 * take the scalar kernel.
 */
public final class SimdSwish {

    private SimdSwish() {
    }

    /** {@code out[outFrom + i] = swish(in[from + i], beta)} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double beta) {
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector y = x.mul(beta);
            if (y.abs().compare(VectorOperators.GT, 700.0).or(x.abs().compare(VectorOperators.GT, Double.MAX_VALUE))
                    .anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Swish.swish(in[from + j], beta);
                }
                continue;
            }
            SimdLogistic.times(x, y, x.lanewise(VectorOperators.FMA, beta, y.neg())).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Swish.swish(in[from + i], beta);
        }
    }
}
