package io.github.sparkactivations.core.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code exp(a)} and {@code expm1(a)} on a vector of doubles in [-700, 0], our own: the Vector API's
 * EXP (SVML) is a few ulp off, which the 2-ulp bound of the kernels built on it cannot absorb. Range
 * reduction {@code a = k ln2 + r}, |r| &lt;= ln2 / 2, with ln2 in double-double through FMA; then
 * {@code exp(r) = 1 + (r + r^2 Q(r))}, Q the Taylor series to r^13 (truncation below 1e-18), so that
 * the one rounding that counts is the final {@code 1 + s}; then an exact scaling by 2^k.
 */
final class SimdExp {

    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;
    /** fdlibm's ln2 = hi + lo, hi with 32 significant bits: k hi is exact for |k| &lt; 2^21. */
    private static final double LN2_HI_SHORT = 6.93147180369123816490e-01;
    private static final double LN2_LO_SHORT = 1.90821492927058770002e-10;
    /** 1.5 * 2^52: adding it rounds to an integer, which then sits in the low bits. */
    private static final double ROUNDER = 6755399441055744.0;

    private SimdExp() {
    }

    /** {@code exp(a)} lane by lane, for every lane in [-700, 0] (NaN stays NaN). */
    static DoubleVector exp(DoubleVector a) {
        DoubleVector t = rounded(a);
        return expm1OfReduced(reduced(a, t)).add(1.0).mul(twoToThe(t));
    }

    /**
     * {@code expm1(a) = exp(a) - 1} lane by lane, for every lane in [-700, 0] (NaN stays NaN):
     * {@code 2^k (1 + s) - 1 = 2^k s + (2^k - 1)}, one FMA, where {@code 2^k - 1} is exact; for k = 0
     * it is s itself, so small arguments keep their precision.
     */
    static DoubleVector expm1(DoubleVector a) {
        DoubleVector t = rounded(a);
        DoubleVector scale = twoToThe(t);
        return expm1OfReduced(reduced(a, t)).lanewise(VectorOperators.FMA, scale, scale.sub(1.0));
    }

    /**
     * {@code exp(a + aLo)} in double-double, lane by lane, for every lane in [-700, 0] and |aLo| &lt;= ulp(a), in two
     * steps that callers run as two {@link Passes} (as one, C2 stopped inlining at its node budget): relative error
     * about 0.1 ulp, for kernels that divide or add after it (softplus at beta != 1). First the reduction
     * {@code a + aLo = k ln2 + r + rLo}, with fdlibm's split of ln2, whose high part times k is exact, and r's
     * rounding carried (TwoSum): r, rLo and the rounded k to {@code v[rAt]}, {@code v[rLoAt]}, {@code v[kAt]}.
     */
    static void reduce(DoubleVector a, DoubleVector aLo, double[] v, int rAt, int rLoAt, int kAt) {
        DoubleVector t = rounded(a);
        DoubleVector minusK = t.sub(ROUNDER).neg();
        DoubleVector r1 = minusK.lanewise(VectorOperators.FMA, LN2_HI_SHORT, a);
        DoubleVector p = minusK.mul(LN2_LO_SHORT);
        DoubleVector r = r1.add(p);
        r.intoArray(v, rAt);
        SimdSums.twoSumError(r1, p, r).add(minusK.lanewise(VectorOperators.FMA, LN2_LO_SHORT, p.neg())).add(aLo)
                .intoArray(v, rLoAt);
        t.intoArray(v, kAt);
    }

    /**
     * Then {@code 2^k exp(r) (1 + rLo)}, {@code exp(r) = 1 + (r + r^2 Q(r))} summed with its errors: the high part
     * returned, the low part in place of rLo.
     */
    static DoubleVector exp(double[] v, int rAt, int rLoAt, int kAt) {
        DoubleVector r = DoubleVector.fromArray(SPECIES, v, rAt);
        DoubleVector r2 = r.mul(r);
        DoubleVector q = expm1Quotient(r);
        DoubleVector w = r2.mul(q);
        DoubleVector s = r.add(w);
        DoubleVector sLo = SimdSums.twoSumError(r, w, s).add(r2.lanewise(VectorOperators.FMA, q, w.neg()))
                .add(r.lanewise(VectorOperators.FMA, r, r2.neg()).mul(q));
        DoubleVector hi = s.add(1.0);
        DoubleVector lo = DoubleVector.broadcast(SPECIES, 1.0).sub(hi).add(s).add(sLo)
                .add(hi.mul(DoubleVector.fromArray(SPECIES, v, rLoAt)));
        DoubleVector scale = twoToThe(DoubleVector.fromArray(SPECIES, v, kAt));
        lo.mul(scale).intoArray(v, rLoAt);
        return hi.mul(scale);
    }

    /** {@code a / ln2 + 1.5 * 2^52}: k = round(a / ln2) sits in the low bits. */
    private static DoubleVector rounded(DoubleVector a) {
        return a.mul(LOG2E).add(ROUNDER);
    }

    /** {@code r = a - k ln2}, |r| &lt;= ln2 / 2, with ln2 in double-double through FMA. */
    private static DoubleVector reduced(DoubleVector a, DoubleVector rounded) {
        DoubleVector minusK = rounded.sub(ROUNDER).neg();
        return minusK.lanewise(VectorOperators.FMA, LN2_LO, minusK.lanewise(VectorOperators.FMA, LN2_HI, a));
    }

    /**
     * {@code expm1(r) = r + r^2 Q(r)}, Q(r) = sum 1 / n! r^(n-2), n = 2 .. 13, written out: a loop here keeps
     * C2 from inlining this method, and the vectors then live on the heap (4x slower, measured).
     */
    private static DoubleVector expm1OfReduced(DoubleVector r) {
        return r.mul(r).lanewise(VectorOperators.FMA, expm1Quotient(r), r);
    }

    /**
     * Q(r) = sum 1 / n! r^(n-2), n = 2 .. 13, by Estrin's scheme, written out (see {@link #expm1OfReduced}): a
     * chain of 4 dependent steps where Horner's was 11 long (sigmoid 3.0 against 3.7 ns a value, interleaved).
     */
    private static DoubleVector expm1Quotient(DoubleVector r) {
        DoubleVector r2 = r.mul(r);
        DoubleVector r4 = r2.mul(r2);
        DoubleVector q0to3 = r.lanewise(VectorOperators.FMA, 0.008333333333333333, 0.041666666666666664)
                .lanewise(VectorOperators.FMA, r2, r.lanewise(VectorOperators.FMA, 0.16666666666666666, 0.5));
        DoubleVector q4to7 = r.lanewise(VectorOperators.FMA, 2.7557319223985893e-06, 2.48015873015873e-05)
                .lanewise(VectorOperators.FMA, r2, r.lanewise(VectorOperators.FMA, 0.0001984126984126984, 0.001388888888888889));
        DoubleVector q8to11 = r.lanewise(VectorOperators.FMA, 1.6059043836821613e-10, 2.08767569878681e-09)
                .lanewise(VectorOperators.FMA, r2, r.lanewise(VectorOperators.FMA, 2.505210838544172e-08, 2.755731922398589e-07));
        return q8to11.lanewise(VectorOperators.FMA, r4, q4to7).lanewise(VectorOperators.FMA, r4, q0to3);
    }

    /**
     * {@code 2^k}, exactly, from the bits of {@link #rounded}; k &gt;= -1022. By reinterpretAsLongs: through
     * viewAsIntegralLanes the conversion failed to compile as an intrinsic inside swish's loop on 256-bit lanes,
     * and every vector there was boxed (68 B a value, 17 against 4 ns).
     */
    private static DoubleVector twoToThe(DoubleVector rounded) {
        LongVector exponent = ((LongVector) rounded.reinterpretAsLongs())
                .sub(Double.doubleToRawLongBits(ROUNDER)).add(1023).lanewise(VectorOperators.LSHL, 52);
        return (DoubleVector) exponent.reinterpretAsDoubles();
    }
}
