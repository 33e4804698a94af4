package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Elu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * ELU and CELU, {@code x if x > 0 else alpha * expm1(x / divisor)}, over a {@code double[]} slice, a
 * vector of lanes at a time: the scalar kernels' formula with {@link SimdExp#expm1}; the lanes left
 * over take the scalar kernels. elu has divisor 1 (x / 1 is x), celu divisor alpha. Arguments below -700 are clamped there: expm1 is -1 to the last
 * bit from about -38 on.
 */
public final class SimdElu {

    private SimdElu() {
    }

    /** {@code out[outFrom + i] = elu or celu of in[from + i]} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double alpha, double divisor) {
        int lanes = SimdExp.SPECIES.length();
        boolean celu = divisor == alpha;
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector q = x.div(divisor);
            DoubleVector negative = SimdExp.expm1(q.min(0.0).max(-700.0)).mul(alpha);
            if (celu) {
                // |q| < 2^-30: celu's series x + x q (1/2 + q/6), which keeps x where q underflows (a huge alpha:
                // alpha * expm1(q) gave 0 for x = -3.2e-223, alpha = 1.2e224; RandomSimdAccuracyTest)
                DoubleVector series = x.add(x.mul(q).mul(q.lanewise(VectorOperators.FMA, 1.0 / 6, 0.5)));
                negative = negative.blend(series, q.abs().compare(VectorOperators.LT, 0x1p-30));
            }
            negative.blend(x, x.compare(VectorOperators.GT, 0.0)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            // celu(x, alpha) is elu(x, alpha) when alpha is 1, so either kernel serves when the two agree.
            out[outFrom + i] = divisor == alpha ? Elu.celu(in[from + i], alpha) : Elu.elu(in[from + i], alpha);
        }
    }
}
