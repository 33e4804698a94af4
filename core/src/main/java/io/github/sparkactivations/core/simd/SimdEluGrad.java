package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Elu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The derivatives of ELU and SELU, {@code right if x > 0 else (factor + factorLo) * exp(x)}, over a
 * {@code double[]} slice with {@link SimdExp}: elu_grad is (1, alpha, 0), selu_grad (scale, scale alpha in
 * double-double). Chunks with x &lt; -700 take the scalar kernel.
 */
public final class SimdEluGrad {

    private SimdEluGrad() {
    }

    /** {@code out[outFrom + i] = elu_grad(in[from + i], alpha)}, or selu_grad's, for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double right,
                             double factor, double factorLo) {
        int lanes = SimdExp.SPECIES.length();
        boolean selu = right != 1;
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            if (x.compare(VectorOperators.LT, -700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = selu ? Elu.seluGrad(in[from + j]) : Elu.eluGrad(in[from + j], factor);
                }
                continue;
            }
            DoubleVector e = SimdExp.exp(x.min(0.0));
            e.lanewise(VectorOperators.FMA, factor, e.mul(factorLo)).blend(right, x.compare(VectorOperators.GT, 0.0))
                    .intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = selu ? Elu.seluGrad(in[from + i]) : Elu.eluGrad(in[from + i], factor);
        }
    }
}
