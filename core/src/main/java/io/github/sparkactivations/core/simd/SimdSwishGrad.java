package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.internal.NearRoots;
import io.github.sparkactivations.core.kernels.Swish;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The derivative of swish (and silu, beta 1), {@code sigmoid(y) (1 + y sigmoid(-y))}, y = beta x, over a
 * {@code double[]} slice, lane by lane, from the left half: {@code swish'(y) = 1 - swish'(-y)}. With
 * {@code a = -|y|} in double-double: near the root a = -1.2785 the scalar kernel's fit ({@link SimdNearRoot}),
 * elsewhere its {@code e ((1 + a) + e) / (1 + e)^2}, {@code e = exp(a)}, everything in double-double. Five
 * {@link Passes}; chunks with |y| &gt; 700 take the scalar kernel. (Two formulas, one a side, and the scalar kernel
 * for the values near the root took 5.3 ns a value; this 3.)
 */
public final class SimdSwishGrad {

    private static final SimdNearRoot NEAR_ROOT = new SimdNearRoot(NearRoots.SWISH_GRAD);
    private static final int STRIDE = Passes.STRIDE;
    /** Scratch arrays: a = -|y| and its low part; exp(a); the fit's values. */
    private static final int A = 0;
    private static final int A_LO = STRIDE;
    private static final int E = 2 * STRIDE;
    private static final int FIT = 3 * STRIDE;
    private static final Passes PASSES = new Passes(4, SimdSwishGrad::exponentials, SimdSwishGrad::fitHigh,
            SimdSwishGrad::fit, SimdSwishGrad::quotient, SimdSwishGrad::combine);

    private SimdSwishGrad() {
    }

    /** {@code out[outFrom + i] = swish_grad(in[from + i], beta)} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length, double beta) {
        PASSES.run(in, from, out, outFrom, length, beta);
    }

    /** Pass 1: a = -|beta x| in double-double, and {@code exp(a)} (garbage past |y| = 700). */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        double beta = block.parameters()[0];
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector a = SimdLeftHalf.argument(in, from + i, beta, v, A_LO + i);
            a.intoArray(v, A + i);
            SimdExp.exp(a.max(-700.0)).intoArray(v, E + i);
        }
    }

    /** Passes 2 and 3: the fit about the root at a + aLo, for vectors with a lane it covers. */
    private static void fitHigh(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        NEAR_ROOT.high(v, A, false, v, A_LO, v, FIT, n);
    }

    private static void fit(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        NEAR_ROOT.value(v, A, false, v, A_LO, v, FIT, n);
    }

    /**
     * Pass 4: {@code e ((1 + a) + e) / (1 + e)^2} with e = exp(a) (1 + aLo), in double-double, rounded once, in
     * place of exp(a) (in pass 5, C2 stopped inlining at its node budget).
     */
    private static void quotient(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        DoubleVector one = DoubleVector.broadcast(SimdExp.SPECIES, 1.0);
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector a = DoubleVector.fromArray(SimdExp.SPECIES, v, A + i);
            DoubleVector aLo = DoubleVector.fromArray(SimdExp.SPECIES, v, A_LO + i);
            DoubleVector e = DoubleVector.fromArray(SimdExp.SPECIES, v, E + i);
            DoubleVector eLo = e.mul(aLo);
            DoubleVector c = a.add(1.0);
            DoubleVector cLo = SimdSums.twoSumError(one, a, c).add(aLo);
            DoubleVector b = c.add(e);
            DoubleVector bLo = SimdSums.twoSumError(c, e, b).add(cLo).add(eLo);
            DoubleVector p = e.mul(b);
            DoubleVector pLo = e.lanewise(VectorOperators.FMA, b, p.neg()).add(e.mul(bLo)).add(eLo.mul(b));
            DoubleVector d = e.add(1.0);
            DoubleVector dLo = SimdSums.twoSumError(one, e, d).add(eLo);
            DoubleVector s = d.mul(d);
            DoubleVector sLo = d.lanewise(VectorOperators.FMA, d, s.neg()).add(d.mul(2.0).mul(dLo));
            DoubleVector r = p.div(s);
            r.add(pLo.sub(r.mul(sLo)).div(s)).intoArray(v, E + i);
        }
    }

    /**
     * Pass 5: the left value, the fit's or the quotient; then {@code 1 - swish'(a)} where y &gt;= 0; the scalar
     * kernel for the block's tail and chunks past |y| = 700.
     */
    private static void combine(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        double beta = block.parameters()[0];
        int lanes = SimdExp.SPECIES.length();
        DoubleVector one = DoubleVector.broadcast(SimdExp.SPECIES, 1.0);
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector a = DoubleVector.fromArray(SimdExp.SPECIES, v, A + i);
            if (a.compare(VectorOperators.LT, -700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Swish.swishGrad(in[from + j], beta);
                }
                continue;
            }
            DoubleVector left = DoubleVector.fromArray(SimdExp.SPECIES, v, E + i)
                    .blend(DoubleVector.fromArray(SimdExp.SPECIES, v, FIT + i), NEAR_ROOT.covers(a));
            SimdLeftHalf.derivative(DoubleVector.fromArray(SimdExp.SPECIES, in, from + i).mul(beta), left)
                    .intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Swish.swishGrad(in[from + i], beta);
        }
    }
}
