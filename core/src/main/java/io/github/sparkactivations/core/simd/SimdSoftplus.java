package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Softplus;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Softplus at beta = 1, {@code x if x > threshold else max(x, 0) + log1p(exp(-|x|))}, over a {@code double[]}
 * slice, a vector of lanes at a time, with {@link SimdExp} and {@link SimdLog1p}, as two {@link Passes} (exp, then
 * log1p: in one loop log1p was left out of line and its vectors boxed). Chunks with |x| &gt; 700 take the scalar
 * kernel; other betas take {@link SimdSoftplusBeta}.
 */
public final class SimdSoftplus {

    private static final Passes PASSES = new Passes(1, SimdSoftplus::exponentials, SimdSoftplus::logarithms);

    private SimdSoftplus() {
    }

    /** {@code out[outFrom + i] = softplus(in[from + i], 1, threshold)} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double threshold) {
        PASSES.run(in, from, out, outFrom, length, threshold);
    }

    /** Pass 1 (log_sigmoid's too): {@code exp(-|x|)}, to the scratch array (garbage where |x| &gt; 700). */
    static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            SimdExp.exp(DoubleVector.fromArray(SimdExp.SPECIES, in, from + i).abs().neg().max(-700.0))
                    .intoArray(block.values(), i);
        }
    }

    /** Pass 2: {@code max(x, 0) + log1p(u)}, or x past the threshold; the scalar kernel for the tail and |x| &gt; 700. */
    private static void logarithms(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        int lanes = SimdExp.SPECIES.length();
        double threshold = block.parameters()[0];
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            if (x.abs().compare(VectorOperators.GT, 700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Softplus.value(in[from + j], 1, threshold);
                }
                continue;
            }
            DoubleVector u = DoubleVector.fromArray(SimdExp.SPECIES, block.values(), i);
            x.max(0.0).add(SimdLog1p.log1p(u)).blend(x, x.compare(VectorOperators.GT, threshold))
                    .intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Softplus.value(in[from + i], 1, threshold);
        }
    }
}
