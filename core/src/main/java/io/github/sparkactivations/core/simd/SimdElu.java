package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Elu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * ELU and CELU, {@code x if x > 0 else alpha * expm1(x / divisor)}, over a {@code double[]} slice, a
 * vector of lanes at a time: the scalar kernels' formula with {@link SimdExp#expm1}; the lanes left
 * over take the scalar kernels. elu has divisor 1 (x / 1 is x), celu divisor alpha. Arguments below -700 are clamped there: expm1 is -1 to the last
 * bit from about -38 on.
 */
public final class SimdElu {

    private static final int STRIDE = Passes.STRIDE;
    private static final Passes PASSES = new Passes(2, SimdElu::expm1s, SimdElu::values);

    private SimdElu() {
    }

    /** {@code out[outFrom + i] = elu or celu of in[from + i]} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double alpha, double divisor) {
        PASSES.run(in, from, out, outFrom, length, alpha, divisor);
    }

    /** Pass 1: {@code m = expm1(q)}, q = x / divisor clamped to [-700, 0], and q's remainder r = x - divisor q. */
    private static void expm1s(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        double divisor = block.parameters()[1];
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            // elu's divisor is 1: no division (a vector division costs as much as a dozen FMAs)
            DoubleVector q = divisor == 1 ? x : x.div(divisor);
            SimdExp.expm1(q.min(0.0).max(-700.0)).intoArray(v, i);
            q.neg().lanewise(VectorOperators.FMA, divisor, x).blend(0.0, q.compare(VectorOperators.LT, -700.0))
                    .intoArray(v, STRIDE + i);
        }
    }

    /**
     * Pass 2: {@code alpha expm1(q + r / alpha) = alpha m + r (1 + m)} to first order, rounded once, as the scalar
     * kernels' timesExpm1 (without r, celu reached 2.10 ulps at x = -0.00388, alpha = 3.77;
     * RandomSimdAccuracyTest); celu's series where |q| &lt; 2^-30; the scalar kernel for the tail and for chunks
     * where expm1's error, scaled by alpha, could pass 2 ulp of the result (the scalar kernel's double-double).
     */
    private static void values(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        double alpha = block.parameters()[0];
        double divisor = block.parameters()[1];
        boolean celu = divisor == alpha;
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector m = DoubleVector.fromArray(SimdExp.SPECIES, v, i);
            DoubleVector r = DoubleVector.fromArray(SimdExp.SPECIES, v, STRIDE + i);
            DoubleVector negative = m.lanewise(VectorOperators.FMA, alpha, r.mul(m.add(1.0)));
            if (ulp(m).mul(Math.abs(alpha)).compare(VectorOperators.GT, ulp(negative).mul(1.3))
                    .and(x.compare(VectorOperators.LE, 0.0)).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = scalar(in[from + j], alpha, divisor);
                }
                continue;
            }
            if (celu) {
                // x + x q (1/2 + q/6), which keeps x where q underflows (a huge alpha: alpha * expm1(q) gave 0 for
                // x = -3.2e-223, alpha = 1.2e224; RandomSimdAccuracyTest)
                DoubleVector q = x.div(divisor);
                DoubleVector series = x.add(x.mul(q).mul(q.lanewise(VectorOperators.FMA, 1.0 / 6, 0.5)));
                negative = negative.blend(series, q.abs().compare(VectorOperators.LT, 0x1p-30));
            }
            // A zero keeps its sign as the scalar kernels give it (alpha expm1(-0) is -0 alpha; celu's is x): the
            // clamp min(q, 0) loses it.
            negative = negative.blend(celu ? x : x.mul(alpha), x.compare(VectorOperators.EQ, 0.0));
            negative.blend(x, x.compare(VectorOperators.GT, 0.0)).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = scalar(in[from + i], alpha, divisor);
        }
    }

    /** celu(x, alpha) is elu(x, alpha) when alpha is 1, so either kernel serves when the two agree. */
    private static double scalar(double x, double alpha, double divisor) {
        return divisor == alpha ? Elu.celu(x, alpha) : Elu.elu(x, alpha);
    }

    /** {@code ulp(v)} lane by lane for normal v above 2^-970: 2 to the power of v's exponent less 52. */
    private static DoubleVector ulp(DoubleVector v) {
        LongVector exponent = ((LongVector) v.reinterpretAsLongs()).lanewise(VectorOperators.LSHR, 52)
                .lanewise(VectorOperators.AND, 0x7ffL);
        return (DoubleVector) exponent.sub(52).max(1L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }
}
