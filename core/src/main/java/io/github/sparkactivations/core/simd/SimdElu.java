package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Elu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * ELU and CELU, {@code x if x > 0 else alpha * expm1(x / divisor)} (elu's divisor 1, celu's alpha), over a
 * {@code double[]} slice, a vector of lanes at a time: the scalar kernels' formula with {@link SimdExp#expm1}; the
 * lanes left over take the scalar kernels. Arguments below -700 are clamped there: expm1 is -1 to the last bit from
 * about -38 on.
 */
public final class SimdElu {

    private static final int STRIDE = Passes.STRIDE;
    private static final Passes ELU_CHECKED = new Passes(1, SimdElu::eluExpm1s, SimdElu::eluChecked);
    private static final Passes CELU = new Passes(2, SimdElu::expm1s, SimdElu::celus);
    /** Where alpha's significand is at most this, alpha expm1(x) rounded once is within 2 ulps (see {@link #elu}). */
    private static final double SIGNIFICAND_WITHOUT_CHECK = 1.3;

    private SimdElu() {
    }

    /**
     * {@code out[outFrom + i] = elu(in[from + i], alpha)} for {@code i < length}: {@code alpha m}, m = expm1(x),
     * rounded once. In the result's ulps m's error (1.06 ulps) is scaled by {@code |alpha| ulp(m) / ulp(alpha m)},
     * which is alpha's significand A where the product's significand stays under 2 and A / 2 where it carries: never
     * above 1.3 when A is at most 1.3 (alpha = 1 among them), and those alphas take one loop with no check (it was
     * celu's two passes, with a remainder that is 0 for elu: 5.3 ns a value). For the others, two passes (the check
     * in the same loop as expm1 boxed its vectors: SimdAllocationTest), where a chunk whose factor passes 1.3 takes
     * the scalar kernel (its double-double expm1), as {@link Elu#elu} does.
     */
    public static void elu(double[] in, int from, double[] out, int outFrom, int length, double alpha) {
        if (Math.getExponent(alpha) >= Double.MIN_EXPONENT
                && Math.abs(alpha) <= SIGNIFICAND_WITHOUT_CHECK * Math.scalb(1.0, Math.getExponent(alpha))) {
            eluUnchecked(in, from, out, outFrom, length, alpha);
        } else {
            ELU_CHECKED.run(in, from, out, outFrom, length, alpha);
        }
    }

    private static void eluUnchecked(double[] in, int from, double[] out, int outFrom, int length, double alpha) {
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector m = SimdExp.expm1(x.min(0.0).max(-700.0));
            negatives(x, m.mul(alpha), alpha).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Elu.elu(in[from + i], alpha);
        }
    }

    /** elu's pass 1 where alpha needs the check: {@code m = expm1(x)}, x clamped to [-700, 0]. */
    private static void eluExpm1s(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            SimdExp.expm1(DoubleVector.fromArray(SimdExp.SPECIES, in, from + i).min(0.0).max(-700.0)).intoArray(v, i);
        }
    }

    /** elu's pass 2 where alpha needs the check: {@code alpha m}, or the scalar kernel where the factor passes 1.3. */
    private static void eluChecked(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        double alpha = block.parameters()[0];
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector m = DoubleVector.fromArray(SimdExp.SPECIES, v, i);
            DoubleVector negative = m.mul(alpha);
            if (ulp(m).mul(Math.abs(alpha)).compare(VectorOperators.GT, ulp(negative).mul(SIGNIFICAND_WITHOUT_CHECK))
                    .and(x.compare(VectorOperators.LE, 0.0)).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Elu.elu(in[from + j], alpha);
                }
                continue;
            }
            negatives(x, negative, alpha).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Elu.elu(in[from + i], alpha);
        }
    }

    /** x where x &gt; 0, else {@code negative}, and {@code alpha x} at zeros (the clamp min(x, 0) loses -0's sign). */
    private static DoubleVector negatives(DoubleVector x, DoubleVector negative, double alpha) {
        return negative.blend(x.mul(alpha), x.compare(VectorOperators.EQ, 0.0))
                .blend(x, x.compare(VectorOperators.GT, 0.0));
    }

    /**
     * {@code out[outFrom + i] = celu(in[from + i], alpha)} for {@code i < length}, in two passes; at alpha = 1, its
     * default, celu is elu (x / 1 is x, no remainder) and takes elu's one loop.
     */
    public static void celu(double[] in, int from, double[] out, int outFrom, int length, double alpha) {
        if (alpha == 1) {
            eluUnchecked(in, from, out, outFrom, length, 1.0);
        } else {
            CELU.run(in, from, out, outFrom, length, alpha);
        }
    }

    /** Pass 1: {@code m = expm1(q)}, q = x / alpha clamped to [-700, 0], and q's remainder r = x - alpha q. */
    private static void expm1s(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        double alpha = block.parameters()[0];
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector q = x.div(alpha);
            SimdExp.expm1(q.min(0.0).max(-700.0)).intoArray(v, i);
            q.neg().lanewise(VectorOperators.FMA, alpha, x).blend(0.0, q.compare(VectorOperators.LT, -700.0))
                    .intoArray(v, STRIDE + i);
        }
    }

    /**
     * Pass 2: {@code alpha expm1(q + r / alpha) = alpha m + r (1 + m)} to first order, rounded once, as the scalar
     * kernel's timesExpm1 (without r, celu reached 2.10 ulps at x = -0.00388, alpha = 3.77;
     * RandomSimdAccuracyTest); the series where |q| &lt; 2^-30; the scalar kernel for the tail and for chunks
     * where expm1's error, scaled by alpha, could pass 2 ulp of the result (the scalar kernel's double-double).
     */
    private static void celus(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        double alpha = block.parameters()[0];
        int lanes = SimdExp.SPECIES.length();
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector m = DoubleVector.fromArray(SimdExp.SPECIES, v, i);
            DoubleVector r = DoubleVector.fromArray(SimdExp.SPECIES, v, STRIDE + i);
            DoubleVector negative = m.lanewise(VectorOperators.FMA, alpha, r.mul(m.add(1.0)));
            if (ulp(m).mul(alpha).compare(VectorOperators.GT, ulp(negative).mul(SIGNIFICAND_WITHOUT_CHECK))
                    .and(x.compare(VectorOperators.LE, 0.0)).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Elu.celu(in[from + j], alpha);
                }
                continue;
            }
            // x + x q (1/2 + q/6), which keeps x where q underflows (a huge alpha: alpha * expm1(q) gave 0 for
            // x = -3.2e-223, alpha = 1.2e224; RandomSimdAccuracyTest)
            DoubleVector q = x.div(alpha);
            DoubleVector series = x.add(x.mul(q).mul(q.lanewise(VectorOperators.FMA, 1.0 / 6, 0.5)));
            negative = negative.blend(series, q.abs().compare(VectorOperators.LT, 0x1p-30));
            // celu keeps x at zeros, and so a zero's sign (the clamp min(q, 0) loses it)
            negative.blend(x, x.compare(VectorOperators.GE, 0.0)).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Elu.celu(in[from + i], alpha);
        }
    }

    /** {@code ulp(v)} lane by lane for normal v above 2^-970: 2 to the power of v's exponent less 52. */
    private static DoubleVector ulp(DoubleVector v) {
        LongVector exponent = ((LongVector) v.reinterpretAsLongs()).lanewise(VectorOperators.LSHR, 52)
                .lanewise(VectorOperators.AND, 0x7ffL);
        return (DoubleVector) exponent.sub(52).max(1L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }
}
