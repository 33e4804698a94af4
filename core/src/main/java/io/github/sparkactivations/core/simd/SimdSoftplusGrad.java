package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Softplus;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * {@code 1 if beta x > threshold else sigmoid(beta x)}, beta x in double-double ({@link SimdLogistic}), over a
 * {@code double[]} slice: softplus' derivative, and log_sigmoid's ({@code sigmoid(-x)}: beta -1, no threshold).
 * Chunks where |beta x| &gt; 700 take the scalar kernel.
 */
public final class SimdSoftplusGrad {

    private SimdSoftplusGrad() {
    }

    /** {@code out[outFrom + i] = softplus_grad(in[from + i], beta, threshold)} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double beta,
                             double threshold) {
        int lanes = SimdExp.SPECIES.length();
        DoubleVector one = DoubleVector.broadcast(SimdExp.SPECIES, 1.0);
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector y = x.mul(beta);
            if (y.abs().compare(VectorOperators.GT, 700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Softplus.grad(in[from + j], beta, threshold);
                }
                continue;
            }
            DoubleVector yLo = x.lanewise(VectorOperators.FMA, beta, y.neg());
            VectorMask<Double> linear = y.compare(VectorOperators.GT, threshold);
            SimdLogistic.times(one, y, yLo).blend(1.0, linear).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Softplus.grad(in[from + i], beta, threshold);
        }
    }
}
