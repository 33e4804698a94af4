package io.github.sparkactivations.core.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Derivatives computed from their left half: where {@code f'(x) + f'(-x) = 1} (gelu, its tanh form, swish and
 * silu), {@code f'(x) = 1 - f'(-|x|)} on the right, so one formula and one fit serve both sides.
 */
final class SimdLeftHalf {

    private SimdLeftHalf() {
    }

    /** {@code -|x|} for the vector at {@code in[at]}. */
    static DoubleVector argument(double[] in, int at) {
        return DoubleVector.fromArray(SimdExp.SPECIES, in, at).abs().neg();
    }

    /**
     * {@code -|beta x|} in double-double, for the vector at {@code in[at]}: the low part to {@code v[loAt]}, the
     * sign of beta x in the returned high part's lanes lost (read it off {@code beta x} again).
     */
    static DoubleVector argument(double[] in, int at, double beta, double[] v, int loAt) {
        DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, at);
        DoubleVector y = x.mul(beta);
        DoubleVector yLo = x.lanewise(VectorOperators.FMA, beta, y.neg());
        // y < 0, not y.test(IS_NEGATIVE): here that mask's cast failed to compile as an intrinsic and boxed every
        // vector on 256-bit lanes (32 B a value, swish_grad 2.5x slower); at y = -0, yLo is 0 either way.
        yLo.neg().blend(yLo, y.compare(VectorOperators.LT, 0.0)).intoArray(v, loAt);
        return y.abs().neg();
    }

    /** {@code f'(y)} from {@code left = f'(-|y|)}: left where y is negative (or -0), {@code 1 - left} elsewhere. */
    static DoubleVector derivative(DoubleVector y, DoubleVector left) {
        DoubleVector positive = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).blend(0.0, y.test(VectorOperators.IS_NEGATIVE));
        return positive.sub(positive.mul(2.0).sub(1.0).mul(left));
    }
}
