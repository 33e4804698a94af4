package io.github.sparkactivations.core.simd;

import jdk.incubator.vector.DoubleVector;

/** Error-free transformations lane by lane, as the scalar kernels' {@code Sums}. */
final class SimdSums {

    private SimdSums() {
    }

    /** {@code a + b - s} exactly, where {@code s = a + b} rounded (Knuth's TwoSum). */
    static DoubleVector twoSumError(DoubleVector a, DoubleVector b, DoubleVector s) {
        DoubleVector bb = s.sub(a);
        return a.sub(s.sub(bb)).add(b.sub(bb));
    }

    /** {@link #twoSumError(DoubleVector, DoubleVector, DoubleVector)} with b the same in every lane. */
    static DoubleVector twoSumError(DoubleVector a, double b, DoubleVector s) {
        DoubleVector bb = s.sub(a);
        return a.sub(s.sub(bb)).add(bb.neg().add(b));
    }
}
