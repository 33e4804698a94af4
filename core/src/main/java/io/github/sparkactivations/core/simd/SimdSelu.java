package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Elu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * SELU, {@code scale * x if x > 0 else scale alpha * expm1(x)}, the constants in double-double, over a
 * {@code double[]} slice with {@link SimdExp#expm1}; arguments below -700 are clamped there (expm1 is -1 to the
 * last bit from about -38 on).
 */
public final class SimdSelu {

    private SimdSelu() {
    }

    /** {@code out[outFrom + i] = selu(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector m = SimdExp.expm1(x.min(0.0).max(-700.0));
            DoubleVector left = m.lanewise(VectorOperators.FMA, Elu.SELU_SCALE_ALPHA, m.mul(Elu.SELU_SCALE_ALPHA_LO));
            DoubleVector right = x.lanewise(VectorOperators.FMA, Elu.SELU_SCALE, x.mul(Elu.SELU_SCALE_LO));
            // scale x at x = -0 too, as the scalar kernel's scale alpha expm1(-0) is -0 (expm1 of the clamped x is +0).
            left.blend(right, x.compare(VectorOperators.GE, 0.0)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Elu.selu(in[from + i]);
        }
    }
}
