package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.internal.ZErfcx;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * One segment of {@link ZErfcx} over a vector of its arguments t: {@code c0 + t q(t)}, q by Estrin's scheme as
 * ZErfcx's, the last step in double-double. The segment's coefficients are the same in every lane (JDK 17 compiles
 * no gather into vector code), so callers group or mask lanes by segment.
 */
final class SimdZErfcx {

    static final int SEGMENTS = 6;
    private static final int COEFFICIENTS = 19;
    private static final double[] TABLE = new double[SEGMENTS * COEFFICIENTS];

    static {
        for (int s = 0; s < SEGMENTS; s++) {
            for (int k = 0; k < COEFFICIENTS; k++) {
                TABLE[s * COEFFICIENTS + k] = ZErfcx.coefficient(s, k);
            }
        }
    }

    private SimdZErfcx() {
    }

    /** Segment {@code segment}'s value at t, as {@code v[hiAt + lane] + v[loAt + lane]}. */
    static void value(DoubleVector t, int segment, double[] v, int hiAt, int loAt) {
        int c = segment * COEFFICIENTS;
        DoubleVector q = q(t, c);
        DoubleVector tq = t.mul(q);
        DoubleVector hi = tq.add(TABLE[c]);
        hi.intoArray(v, hiAt);
        SimdSums.twoSumError(tq, TABLE[c], hi).add(t.lanewise(VectorOperators.FMA, q, tq.neg())).add(TABLE[c + 1])
                .intoArray(v, loAt);
    }

    /**
     * {@code q(t)}, the 17 coefficients from {@code TABLE[c + 2]}; apart from {@link #value} because as one method
     * (386 bytes) C2 would not inline it ("hot method too big") and boxed t.
     */
    private static DoubleVector q(DoubleVector t, int c) {
        DoubleVector t2 = t.mul(t);
        DoubleVector t4 = t2.mul(t2);
        DoubleVector t8 = t4.mul(t4);
        DoubleVector q0to7 = t.lanewise(VectorOperators.FMA, TABLE[c + 9], TABLE[c + 8])
                .lanewise(VectorOperators.FMA, t2, t.lanewise(VectorOperators.FMA, TABLE[c + 7], TABLE[c + 6]))
                .lanewise(VectorOperators.FMA, t4, t.lanewise(VectorOperators.FMA, TABLE[c + 5], TABLE[c + 4])
                        .lanewise(VectorOperators.FMA, t2, t.lanewise(VectorOperators.FMA, TABLE[c + 3], TABLE[c + 2])));
        DoubleVector q8to15 = t.lanewise(VectorOperators.FMA, TABLE[c + 17], TABLE[c + 16])
                .lanewise(VectorOperators.FMA, t2, t.lanewise(VectorOperators.FMA, TABLE[c + 15], TABLE[c + 14]))
                .lanewise(VectorOperators.FMA, t4, t.lanewise(VectorOperators.FMA, TABLE[c + 13], TABLE[c + 12])
                        .lanewise(VectorOperators.FMA, t2, t.lanewise(VectorOperators.FMA, TABLE[c + 11], TABLE[c + 10])));
        return t8.lanewise(VectorOperators.FMA, TABLE[c + 18], q8to15).lanewise(VectorOperators.FMA, t8, q0to7);
    }
}
