package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Gelu;
import io.github.sparkactivations.core.internal.ZErfcx;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The exact GELU {@code x * Phi(x)} over a {@code double[]} slice: the scalar kernel's method, mostly lane by lane.
 * With {@code z = |x| / sqrt(2)}, the left value is {@code -T(z) exp(-z^2) / sqrt(2)} (or
 * {@code x erfcx(z) exp(-z^2) / 2} below z = 0.5), T and erfcx from {@link ZErfcx}'s six polynomial segments;
 * z and z^2 in double-double, exp from {@link SimdExp}; then {@code gelu(x) = x + gelu(-x)} on the right.
 *
 * <p>Each lane needs its own segment's coefficients, and JDK 17 compiles neither a gather nor a permutation by
 * a computed shuffle into vector code (both boxed every vector: 200 B a value, 31 to 36 ns; JMH -prof gc,
 * -XX:+PrintInlining "failed to inline (intrinsic)"). So the values are sorted by segment first (a counting
 * sort, in scalar code), and each segment's polynomial runs over its own values with constant coefficients. Seven
 * {@link Passes} over blocks; chunks with |x| &gt; 37 (where exp(-z^2) nears underflow) take the scalar kernel.
 */
public final class SimdGelu {

    private static final int SEGMENTS = SimdZErfcx.SEGMENTS;
    private static final int STRIDE = Passes.STRIDE;
    /** Where segment s's sorted values start and end, in the ints after the order. */
    private static final int STARTS = Passes.STRIDE;
    private static final int ENDS = Passes.STRIDE + 8;
    /**
     * Scratch arrays, each a block: t and z sorted by segment (later exp(-z^2) and z^2's error), T (or erfcx)
     * sorted, then in the input's order (later m).
     */
    private static final int T = 0;
    private static final int Z = STRIDE;
    private static final int SORTED = 2 * STRIDE;
    private static final int SORTED_LO = 3 * STRIDE;
    private static final int VALUE = 4 * STRIDE;
    private static final int VALUE_LO = 5 * STRIDE;
    /** Past this |x|, z^2 &gt; 700: exp(-z^2) leaves SimdExp's range. */
    private static final double TAIL = 37;
    private static final Passes PASSES = new Passes(6, SimdGelu::reduce, SimdGelu::partition, SimdGelu::polynomials,
            SimdGelu::unsort, SimdGelu::scale, SimdGelu::exponentials, SimdGelu::combine);

    private SimdGelu() {
    }

    /** {@code out[outFrom + i] = gelu(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        PASSES.run(in, from, out, outFrom, length);
    }

    /**
     * Pass 1: each value's segment and its polynomial's argument t (ZErfcx.segment and ZErfcx.argument, lane by lane),
     * in the input's order, to the m arrays (free until pass 3).
     */
    private static void reduce(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        DoubleVector one = DoubleVector.broadcast(SimdExp.SPECIES, 1.0);
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector z = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i).abs().mul(Gelu.SQRT1_2);
            VectorMask<Double> nearZero = z.compare(VectorOperators.LE, 0.5);
            VectorMask<Double> tail = z.compare(VectorOperators.GE, 4.0);
            VectorMask<Double> two = z.compare(VectorOperators.GE, 2.0);
            VectorMask<Double> three = z.compare(VectorOperators.GE, 3.0);
            VectorMask<Double> below1 = z.compare(VectorOperators.LT, 1.0);
            DoubleVector scale = DoubleVector.broadcast(SimdExp.SPECIES, 2.0).blend(4.0, below1);
            DoubleVector shift = DoubleVector.broadcast(SimdExp.SPECIES, -3.0).blend(-1.0, nearZero).blend(-5.0, two)
                    .blend(-7.0, three);
            z.lanewise(VectorOperators.FMA, scale, shift).blend(one.div(z.mul(z)), tail).intoArray(v, VALUE + i);
            one.blend(0.0, below1).add(one.blend(0.0, two.not())).add(one.blend(0.0, three.not()))
                    .add(one.blend(0.0, tail.not())).blend(5.0, nearZero).intoArray(v, VALUE_LO + i);
        }
        for (int i = n - n % lanes; i < n; i++) {
            double z = Math.abs(in[from + i]) * Gelu.SQRT1_2;
            int segment = ZErfcx.segment(z);
            v[VALUE + i] = ZErfcx.argument(segment, z);
            v[VALUE_LO + i] = segment;
        }
    }

    /**
     * Pass 2, scalar: a counting sort of the block by segment, each segment starting at a whole vector (the gaps
     * hold stale values, computed and never read). {@code ints[p]} is the input position of sorted position p;
     * t goes to its sorted place.
     */
    private static void partition(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        int[] ints = block.ints();
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        java.util.Arrays.fill(ints, ENDS, ENDS + SEGMENTS, 0);
        for (int i = 0; i < n; i++) {
            ints[ENDS + (int) v[VALUE_LO + i]]++;
        }
        int start = 0;
        for (int s = 0; s < SEGMENTS; s++) {
            int count = ints[ENDS + s];
            ints[STARTS + s] = start;
            ints[ENDS + s] = start;
            start += (count + lanes - 1) / lanes * lanes;
        }
        for (int i = 0; i < n; i++) {
            int p = ints[ENDS + (int) v[VALUE_LO + i]]++;
            ints[p] = i;
            v[T + p] = v[VALUE + i];
        }
    }

    /** Pass 3: each segment's {@code c0 + t q(t)} over its sorted values, in double-double, in whole vectors. */
    private static void polynomials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        int[] ints = block.ints();
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int s = 0; s < SEGMENTS; s++) {
            for (int p = ints[STARTS + s]; p < ints[ENDS + s]; p += lanes) {
                SimdZErfcx.value(DoubleVector.fromArray(SimdExp.SPECIES, v, T + p), s, v, SORTED + p, SORTED_LO + p);
            }
        }
    }

    /** Pass 4, scalar: T (or erfcx) back to the input's order. */
    private static void unsort(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        int[] ints = block.ints();
        double[] v = block.values();
        for (int s = 0; s < SEGMENTS; s++) {
            for (int p = ints[STARTS + s]; p < ints[ENDS + s]; p++) {
                v[VALUE + ints[p]] = v[SORTED + p];
                v[VALUE_LO + ints[p]] = v[SORTED_LO + p];
            }
        }
    }

    /**
     * Pass 5: {@code m = x erfcx(z) / 2} near zero, {@code -T(z) / sqrt(2)} beyond, for x = -|x|, in double-double;
     * and z^2, also in double-double.
     */
    private static void scale(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i).abs().neg();
            DoubleVector p = DoubleVector.fromArray(SimdExp.SPECIES, v, VALUE + i);
            DoubleVector pLo = DoubleVector.fromArray(SimdExp.SPECIES, v, VALUE_LO + i);
            VectorMask<Double> nearZero = x.mul(-Gelu.SQRT1_2).compare(VectorOperators.LE, 0.5);
            DoubleVector mNear = x.mul(p).mul(0.5);
            DoubleVector mNearLo = x.lanewise(VectorOperators.FMA, p, mNear.mul(-2.0)).add(x.mul(pLo)).mul(0.5);
            DoubleVector mTail = p.mul(-Gelu.SQRT1_2);
            DoubleVector mTailLo = p.neg().lanewise(VectorOperators.FMA, Gelu.SQRT1_2, mTail.neg())
                    .sub(p.mul(Gelu.SQRT1_2_LO)).sub(pLo.mul(Gelu.SQRT1_2));
            mTail.blend(mNear, nearZero).intoArray(v, VALUE + i);
            mTailLo.blend(mNearLo, nearZero).intoArray(v, VALUE_LO + i);
            // z^2 and its rounding error, from z's and its own, to the t and z arrays
            SimdGaussian.square(x, v, T + i, Z + i);
        }
    }

    /** Pass 6: {@code exp(-z^2)}, in place of z^2 (garbage where |x| &gt; 37). */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        SimdGaussian.exponentials(block.values(), T, n);
    }

    /**
     * Pass 7: {@code gelu(-|x|) = (m + mLo) exp(-z^2 - sLo)}, rounded once, then {@code gelu(x) = x + gelu(-x)} on
     * the right; the scalar kernel for the block's tail and chunks past |x| = 37.
     */
    private static void combine(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            if (x.abs().compare(VectorOperators.GT, TAIL).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Gelu.exact(in[from + j]);
                }
                continue;
            }
            DoubleVector m = DoubleVector.fromArray(SimdExp.SPECIES, v, VALUE + i);
            DoubleVector mLo = DoubleVector.fromArray(SimdExp.SPECIES, v, VALUE_LO + i);
            DoubleVector h = DoubleVector.fromArray(SimdExp.SPECIES, v, T + i);
            DoubleVector sLo = DoubleVector.fromArray(SimdExp.SPECIES, v, Z + i);
            DoubleVector value = SimdGaussian.times(m, mLo, h, sLo);
            DoubleVector positive = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).blend(0.0, x.test(VectorOperators.IS_NEGATIVE));
            value.add(positive.mul(x)).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Gelu.exact(in[from + i]);
        }
    }
}
