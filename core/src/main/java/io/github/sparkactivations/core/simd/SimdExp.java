package io.github.sparkactivations.core.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code exp(a)} and {@code expm1(a)} on a vector of doubles in [-700, 0], our own: the Vector API's
 * EXP (SVML) is a few ulp off, which the 2-ulp bound of the kernels built on it cannot absorb. Range
 * reduction {@code a = k ln2 + r}, |r| <= ln2 / 2, with ln2 in double-double through FMA; then
 * {@code exp(r) = 1 + (r + r^2 Q(r))}, Q the Taylor series to r^13 (truncation below 1e-18), so that
 * the one rounding that counts is the final {@code 1 + s}; then an exact scaling by 2^k.
 */
final class SimdExp {

    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;
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

    /** {@code a / ln2 + 1.5 * 2^52}: k = round(a / ln2) sits in the low bits. */
    private static DoubleVector rounded(DoubleVector a) {
        return a.mul(LOG2E).add(ROUNDER);
    }

    /** {@code r = a - k ln2}, |r| <= ln2 / 2, with ln2 in double-double through FMA. */
    private static DoubleVector reduced(DoubleVector a, DoubleVector rounded) {
        DoubleVector minusK = rounded.sub(ROUNDER).neg();
        return minusK.lanewise(VectorOperators.FMA, LN2_LO, minusK.lanewise(VectorOperators.FMA, LN2_HI, a));
    }

    /**
     * {@code expm1(r) = r + r^2 Q(r)}, Q(r) = sum 1 / n! r^(n-2), n = 2 .. 13, by Horner, written out: a
     * loop here keeps C2 from inlining this method, and the vectors then live on the heap (4x slower,
     * measured).
     */
    private static DoubleVector expm1OfReduced(DoubleVector r) {
        DoubleVector q = r.lanewise(VectorOperators.FMA, 1.6059043836821613e-10, 2.08767569878681e-09);
        q = q.lanewise(VectorOperators.FMA, r, 2.505210838544172e-08);
        q = q.lanewise(VectorOperators.FMA, r, 2.755731922398589e-07);
        q = q.lanewise(VectorOperators.FMA, r, 2.7557319223985893e-06);
        q = q.lanewise(VectorOperators.FMA, r, 2.48015873015873e-05);
        q = q.lanewise(VectorOperators.FMA, r, 0.0001984126984126984);
        q = q.lanewise(VectorOperators.FMA, r, 0.001388888888888889);
        q = q.lanewise(VectorOperators.FMA, r, 0.008333333333333333);
        q = q.lanewise(VectorOperators.FMA, r, 0.041666666666666664);
        q = q.lanewise(VectorOperators.FMA, r, 0.16666666666666666);
        q = q.lanewise(VectorOperators.FMA, r, 0.5);
        return r.mul(r).lanewise(VectorOperators.FMA, q, r);
    }

    /** {@code 2^k}, exactly, from the bits of {@link #rounded}; k >= -1022. */
    private static DoubleVector twoToThe(DoubleVector rounded) {
        LongVector exponent = rounded.viewAsIntegralLanes().reinterpretAsLongs()
                .sub(Double.doubleToRawLongBits(ROUNDER)).add(1023).lanewise(VectorOperators.LSHL, 52);
        return exponent.viewAsFloatingLanes().reinterpretAsDoubles();
    }
}
