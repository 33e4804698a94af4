package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.internal.NearRoot;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * A {@link NearRoot} fit lane by lane: {@code f(x) = t * Q(t)}, {@code t = x - r}. Q's terms from t^2 up in plain
 * double, their rounding reaching Q scaled by at most 0.15 for the fits here; the last two steps by compensated
 * Horner, as the scalar kernel's, so Q is good to about half an ulp and the product {@code t * Q} is rounded once.
 */
final class SimdNearRoot {

    /** Coefficients padded with high-order zeros to this many (degree 20, the largest fit). */
    private static final int COEFFICIENTS = 21;

    private final double root;
    private final double rootLo;
    private final double radius;
    private final double[] q = new double[COEFFICIENTS];

    /** Low parts for arguments that have none: zeros, a block's worth. */
    static final double[] EXACT = new double[Passes.STRIDE];

    SimdNearRoot(NearRoot fit) {
        double[] coefficients = fit.coefficients();
        if (coefficients.length > COEFFICIENTS) {
            throw new IllegalArgumentException("a fit of degree " + (coefficients.length - 1) + " (at most 20 here)");
        }
        System.arraycopy(coefficients, 0, q, 0, coefficients.length);
        this.root = fit.root();
        this.rootLo = fit.rootLo();
        this.radius = fit.radius();
    }

    /** The lanes the fit covers, {@code |x - r| <= radius}. */
    VectorMask<Double> covers(DoubleVector x) {
        return x.sub(root).abs().compare(VectorOperators.LE, radius);
    }

    /**
     * First of two passes over the whole vectors of {@code xs[from, from + n)}, at x = -|x| if {@code left}, else x,
     * plus the low part {@code los[loFrom + i]} ({@link #EXACT} where x is exact): {@code P(t)} (see {@link #high})
     * to {@code v[at, at + n)} for the vectors with a lane the fit covers. The fit in one pass hit C2's node budget
     * (NodeCountInliningCutoff in -XX:+PrintInlining) and boxed its vectors: 173 B per value.
     */
    void high(double[] xs, int from, boolean left, double[] los, int loFrom, double[] v, int at, int n) {
        VectorMask<Double> keep = SimdExp.SPECIES.maskAll(!left);
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = argument(xs, from + i, keep);
            if (covers(x).anyTrue()) {
                DoubleVector dLo = DoubleVector.fromArray(SimdExp.SPECIES, los, loFrom + i).sub(rootLo);
                high(x.sub(root).add(dLo)).intoArray(v, at + i);
            }
        }
    }

    /** Second pass: f(x) in place of P, in every lane of those vectors (meaningful where the fit covers x). */
    void value(double[] xs, int from, boolean left, double[] los, int loFrom, double[] v, int at, int n) {
        VectorMask<Double> keep = SimdExp.SPECIES.maskAll(!left);
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            DoubleVector x = argument(xs, from + i, keep);
            if (covers(x).anyTrue()) {
                // x - root is exact where the fit covers x (Sterbenz)
                DoubleVector d = x.sub(root);
                DoubleVector dLo = DoubleVector.fromArray(SimdExp.SPECIES, los, loFrom + i).sub(rootLo);
                low(d, dLo, DoubleVector.fromArray(SimdExp.SPECIES, v, at + i)).intoArray(v, at + i);
            }
        }
    }

    /** {@code -|x|}, or x in the lanes of {@code keep}. */
    private static DoubleVector argument(double[] in, int at, VectorMask<Double> keep) {
        DoubleVector x = DoubleVector.fromArray(SimdExp.SPECIES, in, at);
        return x.abs().neg().blend(x, keep);
    }

    /**
     * {@code P(t) = q2 + q3 t + q4 t^2 + ... + q20 t^18}: Estrin's scheme from q4 up, then two plain Horner steps.
     * P's rounding reaches Q scaled by {@code t^2 |P / Q|}, below 0.15 for the fits here.
     */
    private DoubleVector high(DoubleVector t) {
        double[] a = q;
        DoubleVector t2 = t.mul(t);
        DoubleVector t4 = t2.mul(t2);
        DoubleVector t8 = t4.mul(t4);
        DoubleVector h0to7 = t.lanewise(VectorOperators.FMA, a[11], a[10])
                .lanewise(VectorOperators.FMA, t2, t.lanewise(VectorOperators.FMA, a[9], a[8]))
                .lanewise(VectorOperators.FMA, t4, t.lanewise(VectorOperators.FMA, a[7], a[6])
                        .lanewise(VectorOperators.FMA, t2, t.lanewise(VectorOperators.FMA, a[5], a[4])));
        DoubleVector h8to15 = t.lanewise(VectorOperators.FMA, a[19], a[18])
                .lanewise(VectorOperators.FMA, t2, t.lanewise(VectorOperators.FMA, a[17], a[16]))
                .lanewise(VectorOperators.FMA, t4, t.lanewise(VectorOperators.FMA, a[15], a[14])
                        .lanewise(VectorOperators.FMA, t2, t.lanewise(VectorOperators.FMA, a[13], a[12])));
        DoubleVector h = t8.lanewise(VectorOperators.FMA, a[20], h8to15).lanewise(VectorOperators.FMA, t8, h0to7);
        return h.lanewise(VectorOperators.FMA, t, a[3]).lanewise(VectorOperators.FMA, t, a[2]);
    }

    /**
     * {@code t * Q(t)} for {@code t = d + dLo} and P from {@link #high}: {@code Q = q0 + t (q1 + t P)} by
     * compensated Horner (each step's rounding errors, exact by FMA and TwoSum, summed in c), the product
     * {@code (d + dLo) Q} rounded once.
     */
    private DoubleVector low(DoubleVector d, DoubleVector dLo, DoubleVector p2) {
        double[] a = q;
        DoubleVector t = d.add(dLo);
        DoubleVector pt2 = p2.mul(t);
        DoubleVector p1 = pt2.add(a[1]);
        DoubleVector c1 = p2.lanewise(VectorOperators.FMA, t, pt2.neg()).add(SimdSums.twoSumError(pt2, a[1], p1));
        DoubleVector pt1 = p1.mul(t);
        DoubleVector p = pt1.add(a[0]);
        DoubleVector c = c1.lanewise(VectorOperators.FMA, t, p1.lanewise(VectorOperators.FMA, t, pt1.neg())
                .add(SimdSums.twoSumError(pt1, a[0], p)));
        return d.lanewise(VectorOperators.FMA, p, d.lanewise(VectorOperators.FMA, c, dLo.mul(p)));
    }
}
