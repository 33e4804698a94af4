package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.HardSigmoid;
import io.github.sparkactivations.core.kernels.HardSwish;
import io.github.sparkactivations.core.kernels.HardTanh;
import io.github.sparkactivations.core.kernels.LeakyRelu;
import io.github.sparkactivations.core.kernels.Relu;
import io.github.sparkactivations.core.kernels.Relu6;
import io.github.sparkactivations.core.kernels.Shrink;
import io.github.sparkactivations.core.kernels.Threshold;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The piecewise-linear family (and hardswish, piecewise quadratic) on SIMD lanes, branch-free: max, min and blends
 * of the pieces, each piece by the scalar kernel's own operations, so every lane is the scalar kernel's value bit for
 * bit (NaN, signed zeros and the kinks included; {@code SimdPiecewiseTest}). The scalar kernels branch on the sign of
 * x, which costs a misprediction per random sign; these do not. Each loop is its own method so that C2 compiles it
 * with its lane operations inlined. Over {@code double[]} slices: {@code out[outFrom + i] = f(in[from + i])}.
 */
public final class SimdPiecewise {

    private static final VectorSpecies<Double> SPECIES = SimdExp.SPECIES;
    private static final int LANES = SPECIES.length();
    /** The scalar kernels' 1/6: a quotient by 6 as a product and a remainder, with no division. */
    private static final double SIXTH = HardSigmoid.SIXTH;

    private SimdPiecewise() {
    }

    /** {@code max(x, 0)}. */
    public static void relu(double[] in, int from, double[] out, int outFrom, int length) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector.fromArray(SPECIES, in, from + i).max(0.0).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Relu.relu(in[from + i]);
        }
    }

    /** {@code 1 if x > 0 else 0}; NaN stays NaN. */
    public static void reluGrad(double[] in, int from, double[] out, int outFrom, int length) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            step(x, x.compare(VectorOperators.GT, 0.0), 1.0).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Relu.grad(in[from + i]);
        }
    }

    /** {@code min(max(x, 0), 6)}. */
    public static void relu6(double[] in, int from, double[] out, int outFrom, int length) {
        hardtanh(in, from, out, outFrom, length, 0.0, 6.0);
    }

    /** {@code 1 if 0 < x < 6 else 0}; NaN stays NaN. */
    public static void relu6Grad(double[] in, int from, double[] out, int outFrom, int length) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            step(x, between(x, 0.0, 6.0), 1.0).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Relu6.grad(in[from + i]);
        }
    }

    /** {@code min(max(x, lo), hi)}. */
    public static void hardtanh(double[] in, int from, double[] out, int outFrom, int length, double lo, double hi) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector.fromArray(SPECIES, in, from + i).max(lo).min(hi).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = HardTanh.value(in[from + i], lo, hi);
        }
    }

    /** {@code 1 if lo < x < hi else 0}; NaN stays NaN. */
    public static void hardtanhGrad(double[] in, int from, double[] out, int outFrom, int length, double lo, double hi) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            step(x, between(x, lo, hi), 1.0).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = HardTanh.grad(in[from + i], lo, hi);
        }
    }

    /** {@code relu6(x + 3) / 6}, the rounding of {@code x + 3} carried into the division, as the scalar kernel. */
    public static void hardSigmoid(double[] in, int from, double[] out, int outFrom, int length) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            DoubleVector s = x.add(3.0);
            DoubleVector r = s.mul(SIXTH);
            DoubleVector exact = r.neg().lanewise(VectorOperators.FMA, 6.0, s).add(twoSumError(x, 3.0, s))
                    .lanewise(VectorOperators.FMA, SIXTH, r);
            exact.blend(0.0, x.compare(VectorOperators.LE, -3.0)).blend(1.0, x.compare(VectorOperators.GE, 3.0))
                    .intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = HardSigmoid.value(in[from + i]);
        }
    }

    /** {@code 1/6 if -3 < x < 3 else 0}; NaN stays NaN. */
    public static void hardSigmoidGrad(double[] in, int from, double[] out, int outFrom, int length) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            step(x, between(x, -3.0, 3.0), 1.0 / 6).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = HardSigmoid.grad(in[from + i]);
        }
    }

    /** {@code x * relu6(x + 3) / 6}, the product and quotient compensated as in the scalar kernel. */
    public static void hardswish(double[] in, int from, double[] out, int outFrom, int length) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            DoubleVector s = x.add(3.0);
            DoubleVector p = x.mul(s);
            DoubleVector pLo = x.lanewise(VectorOperators.FMA, s, p.neg()).add(x.mul(twoSumError(x, 3.0, s)));
            DoubleVector r = p.mul(SIXTH);
            DoubleVector exact = r.neg().lanewise(VectorOperators.FMA, 6.0, p).add(pLo).lanewise(VectorOperators.FMA, SIXTH, r);
            exact.blend(-0.0, x.compare(VectorOperators.LE, -3.0)).blend(x, x.compare(VectorOperators.GE, 3.0))
                    .intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = HardSwish.value(in[from + i]);
        }
    }

    /** {@code 0 if x < -3, 1 if x > 3, else (2x + 3) / 6}, compensated as in the scalar kernel. */
    public static void hardswishGrad(double[] in, int from, double[] out, int outFrom, int length) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            DoubleVector twoX = x.mul(2.0);
            DoubleVector s = twoX.add(3.0);
            DoubleVector r = s.mul(SIXTH);
            DoubleVector exact = r.neg().lanewise(VectorOperators.FMA, 6.0, s).add(twoSumError(twoX, 3.0, s))
                    .lanewise(VectorOperators.FMA, SIXTH, r);
            exact.blend(0.0, x.compare(VectorOperators.LT, -3.0)).blend(1.0, x.compare(VectorOperators.GT, 3.0))
                    .intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = HardSwish.grad(in[from + i]);
        }
    }

    /** {@code x if x > 0 else slope * x}: leaky_relu, and prelu with a constant weight. */
    public static void leakyRelu(double[] in, int from, double[] out, int outFrom, int length, double slope) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            x.mul(slope).blend(x, x.compare(VectorOperators.GT, 0.0)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = LeakyRelu.value(in[from + i], slope);
        }
    }

    /** {@code 1 if x > 0 else slope}; NaN stays NaN. */
    public static void leakyReluGrad(double[] in, int from, double[] out, int outFrom, int length, double slope) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            DoubleVector.broadcast(SPECIES, slope).blend(1.0, x.compare(VectorOperators.GT, 0.0))
                    .blend(x, x.test(VectorOperators.IS_NAN)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = LeakyRelu.grad(in[from + i], slope);
        }
    }

    /** {@code value if x <= threshold else x}. */
    public static void threshold(double[] in, int from, double[] out, int outFrom, int length, double threshold,
                                 double value) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            x.blend(value, x.compare(VectorOperators.LE, threshold)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Threshold.value(in[from + i], threshold, value);
        }
    }

    /** {@code 0 if x <= threshold else 1}; NaN stays NaN. */
    public static void thresholdGrad(double[] in, int from, double[] out, int outFrom, int length, double threshold) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            step(x, x.compare(VectorOperators.GT, threshold), 1.0).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Threshold.grad(in[from + i], threshold, 0.0);
        }
    }

    /** {@code 0 if -lambd <= x <= lambd else x}. */
    public static void hardshrink(double[] in, int from, double[] out, int outFrom, int length, double lambd) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            x.blend(0.0, band(x, lambd)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Shrink.hard(in[from + i], lambd);
        }
    }

    /** {@code x - lambd if x > lambd, x + lambd if x < -lambd, else 0}; NaN stays NaN. */
    public static void softshrink(double[] in, int from, double[] out, int outFrom, int length, double lambd) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            DoubleVector.zero(SPECIES).blend(x.sub(lambd), x.compare(VectorOperators.GT, lambd))
                    .blend(x.add(lambd), x.compare(VectorOperators.LT, -lambd))
                    .blend(x, x.test(VectorOperators.IS_NAN)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Shrink.soft(in[from + i], lambd);
        }
    }

    /** {@code 0 if -lambd <= x <= lambd else 1}, both shrinks' derivative; NaN stays NaN. */
    public static void shrinkGrad(double[] in, int from, double[] out, int outFrom, int length, double lambd) {
        int i = 0;
        for (; i <= length - LANES; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, from + i);
            DoubleVector.broadcast(SPECIES, 1.0).blend(0.0, band(x, lambd)).blend(x, x.test(VectorOperators.IS_NAN))
                    .intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Shrink.hardGrad(in[from + i], lambd);
        }
    }

    /** {@code height} where {@code on}, else 0, and NaN where x is. */
    private static DoubleVector step(DoubleVector x, VectorMask<Double> on, double height) {
        return DoubleVector.zero(SPECIES).blend(height, on).blend(x, x.test(VectorOperators.IS_NAN));
    }

    /** {@code lo < x < hi}. */
    private static VectorMask<Double> between(DoubleVector x, double lo, double hi) {
        return x.compare(VectorOperators.GT, lo).and(x.compare(VectorOperators.LT, hi));
    }

    /** {@code -lambd <= x <= lambd}. */
    private static VectorMask<Double> band(DoubleVector x, double lambd) {
        return x.compare(VectorOperators.GE, -lambd).and(x.compare(VectorOperators.LE, lambd));
    }

    /** {@code Sums.twoSumError(a, b, s)} on lanes: the rounding error of {@code s = a + b}. */
    private static DoubleVector twoSumError(DoubleVector a, double b, DoubleVector s) {
        DoubleVector bb = s.sub(a);
        return a.sub(s.sub(bb)).add(bb.neg().add(b));
    }
}
