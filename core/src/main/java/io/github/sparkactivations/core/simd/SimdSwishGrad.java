package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Swish;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

import java.lang.invoke.MethodHandles;

/**
 * The derivative of swish (and silu, beta 1), {@code sigmoid(y) (1 + y sigmoid(-y))}, y = beta x, over a
 * {@code double[]} slice: the scalar kernel's two formulas lane by lane, everything in double-double, with
 * {@code e = exp(-|y|)}: {@code (1 + e (1 + y)) / (1 + e)^2} for y >= 0, {@code e ((1 + y) + e) / (1 + e)^2}
 * below. Four {@link Passes}: y and e; the right formula; the left one, blended; then the scalar kernel for the
 * values its formulas do not serve (near the root y = -1.2785, where they cancel; the tail; infinities and NaN),
 * a few percent of random inputs.
 */
public final class SimdSwishGrad {

    private static final int STRIDE = Passes.STRIDE;
    private static final int Y = 0;
    private static final int Y_LO = STRIDE;
    private static final int E = 2 * STRIDE;
    private static final int RIGHT = 3 * STRIDE;
    private static final Passes PASSES = new Passes(MethodHandles.lookup(), 4, "exponentials", "right", "left",
            "special");

    private SimdSwishGrad() {
    }

    /** {@code out[outFrom + i] = swish_grad(in[from + i], beta)} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double beta) {
        PASSES.run(in, from, out, outFrom, length, beta);
    }

    /** Pass 1: y = beta x in double-double, and {@code exp(-|y|)} (garbage past |y| = 700). */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        double beta = block.parameters()[0];
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector y = x.mul(beta);
            y.intoArray(v, Y + i);
            x.lanewise(VectorOperators.FMA, beta, y.neg()).intoArray(v, Y_LO + i);
            SimdExp.exp(y.abs().neg().max(-700.0)).intoArray(v, E + i);
        }
    }

    /** Pass 2: {@code (1 + f (1 + y)) / (1 + f)^2}, f = exp(-y) (1 - yLo), rounded once. */
    private static void right(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        DoubleVector one = DoubleVector.broadcast(SimdExp.SPECIES, 1.0);
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector y = DoubleVector.fromArray(SimdExp.SPECIES, v, Y + i);
            DoubleVector yLo = DoubleVector.fromArray(SimdExp.SPECIES, v, Y_LO + i);
            DoubleVector f = DoubleVector.fromArray(SimdExp.SPECIES, v, E + i).mul(one.sub(yLo));
            DoubleVector d = f.add(1.0);
            DoubleVector s = d.mul(d);
            DoubleVector sLo = d.lanewise(VectorOperators.FMA, d, s.neg()).add(d.mul(2.0).mul(SimdSums.twoSumError(one, f, d)));
            DoubleVector a = y.add(1.0);
            DoubleVector aLo = SimdSums.twoSumError(one, y, a).add(yLo);
            DoubleVector p = f.mul(a);
            DoubleVector nHi = p.add(1.0);
            DoubleVector nLo = SimdSums.twoSumError(one, p, nHi).add(f.lanewise(VectorOperators.FMA, a, p.neg())).add(f.mul(aLo));
            DoubleVector r = nHi.div(s);
            r.add(nLo.sub(r.lanewise(VectorOperators.FMA, s, nHi.neg())).sub(r.mul(sLo)).div(s)).intoArray(v, RIGHT + i);
        }
    }

    /** Pass 3: {@code e ((1 + y) + e) / (1 + e)^2}, e = exp(y) (1 + yLo), rounded once; then each lane's formula. */
    private static void left(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        DoubleVector one = DoubleVector.broadcast(SimdExp.SPECIES, 1.0);
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector y = DoubleVector.fromArray(SimdExp.SPECIES, v, Y + i);
            DoubleVector yLo = DoubleVector.fromArray(SimdExp.SPECIES, v, Y_LO + i);
            DoubleVector e = DoubleVector.fromArray(SimdExp.SPECIES, v, E + i);
            DoubleVector eLo = e.mul(yLo);
            DoubleVector a = y.add(1.0);
            DoubleVector aLo = SimdSums.twoSumError(one, y, a).add(yLo);
            DoubleVector b = a.add(e);
            DoubleVector bLo = SimdSums.twoSumError(a, e, b).add(aLo).add(eLo);
            DoubleVector p = e.mul(b);
            DoubleVector pLo = e.lanewise(VectorOperators.FMA, b, p.neg()).add(e.mul(bLo)).add(eLo.mul(b));
            DoubleVector d = e.add(1.0);
            DoubleVector dLo = SimdSums.twoSumError(one, e, d).add(eLo);
            DoubleVector s = d.mul(d);
            DoubleVector sLo = d.lanewise(VectorOperators.FMA, d, s.neg()).add(d.mul(2.0).mul(dLo));
            DoubleVector r = p.div(s);
            r.add(pLo.sub(r.mul(sLo)).div(s))
                    .blend(DoubleVector.fromArray(SimdExp.SPECIES, v, RIGHT + i), y.compare(VectorOperators.GE, 0.0))
                    .intoArray(out, outFrom + i);
        }
    }

    /** Pass 4, scalar: the scalar kernel for the block's tail and for every value its formulas do not serve. */
    private static void special(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double beta = block.parameters()[0];
        int whole = n - n % SimdExp.SPECIES.length();
        for (int i = 0; i < n; i++) {
            if (i >= whole || Swish.gradIsSpecial(beta * in[from + i])) {
                out[outFrom + i] = Swish.swishGrad(in[from + i], beta);
            }
        }
    }
}
