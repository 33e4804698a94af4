package io.github.sparkactivations.core.catalog;

/** A kernel over a {@code double[]} slice on SIMD lanes: {@code out[outFrom + i] = f(in[from + i])}, {@code i < length}. */
@FunctionalInterface
public interface SimdLoop {

    void apply(double[] in, int from, double[] out, int outFrom, int length);
}
