package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.LogSigmoid;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * {@code log_sigmoid(x) = min(x, 0) - log1p(exp(-|x|))} over a {@code double[]} slice, a vector of lanes at a
 * time, as two {@link Passes} (softplus' exponentials, then log1p). Chunks with |x| &gt; 700 take the scalar kernel.
 */
public final class SimdLogSigmoid {

    private static final Passes PASSES = new Passes(1, SimdLogSigmoid::exponentials, SimdLogSigmoid::logarithms);

    private SimdLogSigmoid() {
    }

    /** {@code out[outFrom + i] = log_sigmoid(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        PASSES.run(in, from, out, outFrom, length);
    }

    /** Pass 1: {@code exp(-|x|)}. */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        SimdSoftplus.exponentials(in, from, block, out, outFrom, n);
    }

    /** Pass 2: {@code min(x, 0) - log1p(u)}; the scalar kernel for the tail and |x| &gt; 700. */
    private static void logarithms(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            if (x.abs().compare(VectorOperators.GT, 700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = LogSigmoid.value(in[from + j]);
                }
                continue;
            }
            x.min(0.0).sub(SimdLog1p.log1p(DoubleVector.fromArray(SimdExp.SPECIES, block.values(), i)))
                    .intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = LogSigmoid.value(in[from + i]);
        }
    }
}
