package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.internal.NearRoots;
import io.github.sparkactivations.core.kernels.Mish;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Mish's derivative over a {@code double[]} slice, lane by lane: the scalar kernel's three forms, each lane taking
 * its own by blending — the fit about the root -1.1924 ({@link SimdNearRoot}); for x &gt;= 1 the form in
 * {@code f = exp(-x)}; below, the form in {@code e = exp(x)}, in double-double — with one exponential per lane,
 * {@code exp(x)} or {@code exp(-x)}. Seven {@link Passes}; chunks with |x| &gt; 700 take the scalar kernel.
 */
public final class SimdMishGrad {

    private static final SimdNearRoot NEAR_ROOT = new SimdNearRoot(NearRoots.MISH_GRAD);
    private static final int STRIDE = Passes.STRIDE;
    /** Scratch arrays: the fit's values; exp(x) below 1, exp(-x) from 1; the form in e's numerator (hi, lo); the form in f. */
    private static final int FIT = 0;
    private static final int EXP = STRIDE;
    private static final int P = 2 * STRIDE;
    private static final int P_LO = 3 * STRIDE;
    private static final int F = 4 * STRIDE;
    /** Mish's F_FORM: from here up, the form in exp(-x). */
    private static final double F_FORM = 1;
    private static final Passes PASSES = new Passes(5, SimdMishGrad::fitHigh, SimdMishGrad::fit,
            SimdMishGrad::exponentials, SimdMishGrad::inner, SimdMishGrad::numerator, SimdMishGrad::fForm,
            SimdMishGrad::combine);

    private SimdMishGrad() {
    }

    /** {@code out[outFrom + i] = mish_grad(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        PASSES.run(in, from, out, outFrom, length);
    }

    /** Passes 1 and 2: the fit about the root, for vectors with a lane it covers. */
    private static void fitHigh(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        NEAR_ROOT.high(in, from, false, SimdNearRoot.EXACT, 0, block.values(), FIT, n);
    }

    private static void fit(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        NEAR_ROOT.value(in, from, false, SimdNearRoot.EXACT, 0, block.values(), FIT, n);
    }

    /** Pass 3: {@code exp(x)} below 1, {@code exp(-x)} from 1 (garbage past |x| = 700). */
    private static void exponentials(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            SimdExp.exp(x.blend(x.neg(), x.compare(VectorOperators.GE, F_FORM)).max(-700.0)).intoArray(v, EXP + i);
        }
    }

    /** Pass 4: {@code c = e (6 + 4x + 4e + e^2)} in double-double, as Mish.grad's, to the numerator's arrays. */
    private static void inner(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        DoubleVector six = DoubleVector.broadcast(SimdExp.SPECIES, 6.0);
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector e = DoubleVector.fromArray(SimdExp.SPECIES, v, EXP + i);
            DoubleVector fourX = x.mul(4.0);
            DoubleVector w = fourX.add(6.0);
            DoubleVector wLo = SimdSums.twoSumError(six, fourX, w);
            DoubleVector fourE = e.mul(4.0);
            DoubleVector w2 = w.add(fourE);
            DoubleVector w2Lo = SimdSums.twoSumError(w, fourE, w2).add(wLo);
            DoubleVector e2 = e.mul(e);
            DoubleVector w3 = w2.add(e2);
            DoubleVector w3Lo = SimdSums.twoSumError(w2, e2, w3).add(w2Lo).add(e.lanewise(VectorOperators.FMA, e, e2.neg()));
            DoubleVector c = e.mul(w3);
            c.intoArray(v, P + i);
            e.lanewise(VectorOperators.FMA, w3, c.neg()).add(e.mul(w3Lo)).intoArray(v, P_LO + i);
        }
    }

    /**
     * Pass 5: the form in e's numerator {@code p = e (4 (1 + x) + c)} in double-double, in place of c (as one pass
     * with pass 4, C2 stopped inlining at its node budget).
     */
    private static void numerator(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        DoubleVector one = DoubleVector.broadcast(SimdExp.SPECIES, 1.0);
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            DoubleVector e = DoubleVector.fromArray(SimdExp.SPECIES, v, EXP + i);
            DoubleVector c = DoubleVector.fromArray(SimdExp.SPECIES, v, P + i);
            DoubleVector onePlusX = x.add(1.0);
            DoubleVector h = onePlusX.mul(4.0);
            DoubleVector hLo = SimdSums.twoSumError(one, x, onePlusX).mul(4.0);
            DoubleVector inner = h.add(c);
            DoubleVector innerLo = SimdSums.twoSumError(h, c, inner).add(hLo)
                    .add(DoubleVector.fromArray(SimdExp.SPECIES, v, P_LO + i));
            DoubleVector p = e.mul(inner);
            p.intoArray(v, P + i);
            e.lanewise(VectorOperators.FMA, inner, p.neg()).add(e.mul(innerLo)).intoArray(v, P_LO + i);
        }
    }

    /**
     * Pass 6: Mish.grad's form for x &gt;= 1, {@code t + x (1 - t^2) / (1 + f)} with
     * {@code t = 1 - 2f^2 / (1 + 2f + 2f^2)}, for the vectors with such a lane (in pass 7, C2 stopped inlining at
     * its node budget).
     */
    private static void fForm(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            if (!x.compare(VectorOperators.GE, F_FORM).anyTrue()) {
                continue;
            }
            DoubleVector f = DoubleVector.fromArray(SimdExp.SPECIES, v, EXP + i);
            DoubleVector twoFF = f.mul(2.0).mul(f);
            DoubleVector den = f.mul(2.0).add(1.0).add(twoFF);
            DoubleVector t = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).sub(twoFF.div(den));
            DoubleVector onePlusF = f.add(1.0);
            DoubleVector oneMinusT2 = f.mul(4.0).mul(f).mul(onePlusF).mul(onePlusF).div(den.mul(den));
            t.add(x.mul(oneMinusT2).div(onePlusF)).intoArray(v, F + i);
        }
    }

    /**
     * Pass 7: each lane's form — the fit's, the form in f, or the form in e, {@code p / (e^2 + 2e + 2)^2} in
     * double-double rounded once — and the scalar kernel for the block's tail and chunks past |x| = 700.
     */
    private static void combine(double[] in, int from, Passes.Scratch block, double[] out, int outFrom, int n) {
        double[] v = block.values();
        int lanes = SimdExp.SPECIES.length();
        DoubleVector two = DoubleVector.broadcast(SimdExp.SPECIES, 2.0);
        int i = 0;
        for (; i <= n - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, from + i);
            if (x.abs().compare(VectorOperators.GT, 700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Mish.grad(in[from + j]);
                }
                continue;
            }
            DoubleVector g = DoubleVector.fromArray(SimdExp.SPECIES, v, EXP + i);
            DoubleVector a = g.add(2.0);
            DoubleVector b = g.mul(a);
            DoubleVector bLo = g.lanewise(VectorOperators.FMA, a, b.neg()).add(g.mul(SimdSums.twoSumError(two, g, a)));
            DoubleVector q = b.add(2.0);
            DoubleVector qLo = SimdSums.twoSumError(two, b, q).add(bLo);
            DoubleVector s = q.mul(q);
            DoubleVector sLo = q.lanewise(VectorOperators.FMA, q, s.neg()).add(q.mul(2.0).mul(qLo));
            DoubleVector r = DoubleVector.fromArray(SimdExp.SPECIES, v, P + i).div(s);
            DoubleVector eForm = r.add(DoubleVector.fromArray(SimdExp.SPECIES, v, P_LO + i).sub(r.mul(sLo)).div(s));
            VectorMask<Double> fForm = x.compare(VectorOperators.GE, F_FORM);
            eForm.blend(DoubleVector.fromArray(SimdExp.SPECIES, v, F + i), fForm).blend(DoubleVector.fromArray(SimdExp.SPECIES, v, FIT + i),
                    NEAR_ROOT.covers(x).andNot(fForm)).intoArray(out, outFrom + i);
        }
        for (; i < n; i++) {
            out[outFrom + i] = Mish.grad(in[from + i]);
        }
    }
}
