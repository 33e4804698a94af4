package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Elu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * CELU's derivative, {@code 1 if x > 0 else exp(x / alpha)}, over a {@code double[]} slice with {@link SimdExp}:
 * {@code x / alpha} in double-double (its remainder by FMA enters to first order), as the scalar kernel. Chunks
 * with {@code x / alpha < -700} take the scalar kernel; an alpha below 2^-900 has no SIMD form (the scalar kernel
 * rescales x and alpha there).
 */
public final class SimdCeluGrad {

    private SimdCeluGrad() {
    }

    /** {@code out[outFrom + i] = celu_grad(in[from + i], alpha)} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double alpha) {
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector q = x.div(alpha);
            if (q.compare(VectorOperators.LT, -700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Elu.celuGrad(in[from + j], alpha);
                }
                continue;
            }
            DoubleVector r = q.neg().lanewise(VectorOperators.FMA, alpha, x).div(alpha);
            DoubleVector e = SimdExp.exp(q.min(0.0));
            e.lanewise(VectorOperators.FMA, r, e).blend(1.0, x.compare(VectorOperators.GT, 0.0)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Elu.celuGrad(in[from + i], alpha);
        }
    }
}
