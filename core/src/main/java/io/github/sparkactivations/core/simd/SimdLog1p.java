package io.github.sparkactivations.core.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * {@code log1p(u)} lane by lane for u in [0, 1], our own (the Vector API's LOG1P is SVML's, a few ulp off, like
 * its EXP): fdlibm's {@code log1p} with its reduction specialised to this range. {@code w = 1 + u} rounded,
 * {@code c = (u - (w - 1)) / w} its rounding error to first order; {@code w = 2^k (1 + f)}, k = 1 above sqrt(2),
 * so |f| &lt;= 0.41 and {@code s = f / (2 + f)} &lt;= 0.1716; then
 * {@code log(1 + f) = f - f^2/2 + s (f^2/2 + R(s^2))} with fdlibm's Lg1..Lg7, error below 1 ulp.
 */
final class SimdLog1p {

    private static final double SQRT2 = 1.4142135623730951;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;

    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    private SimdLog1p() {
    }

    static DoubleVector log1p(DoubleVector u) {
        DoubleVector w = u.add(1.0);
        DoubleVector c = u.sub(w.sub(1.0)).div(w);
        VectorMask<Double> halve = w.compare(VectorOperators.GT, SQRT2);
        DoubleVector k = DoubleVector.zero(SimdExp.SPECIES).blend(1.0, halve);
        // f = w / 2^k - 1, exact (Sterbenz); c, the error of log(w), is the same whatever k.
        DoubleVector f = w.blend(w.mul(0.5), halve).sub(1.0);
        DoubleVector hfsq = f.mul(f).mul(0.5);
        DoubleVector s = f.div(f.add(2.0));
        DoubleVector z = s.mul(s);
        DoubleVector w2 = z.mul(z);
        DoubleVector t1 = w2.lanewise(VectorOperators.FMA, w2.lanewise(VectorOperators.FMA, LG6, LG4), LG2).mul(w2);
        DoubleVector t2 = w2.lanewise(VectorOperators.FMA, w2.lanewise(VectorOperators.FMA,
                w2.lanewise(VectorOperators.FMA, LG7, LG5), LG3), LG1).mul(z);
        DoubleVector r = t1.add(t2);
        // k ln2_hi - ((hfsq - (s (hfsq + R) + (k ln2_lo + c))) - f)
        DoubleVector inner = s.mul(hfsq.add(r)).add(k.lanewise(VectorOperators.FMA, LN2_LO, c));
        return k.mul(LN2_HI).sub(hfsq.sub(inner).sub(f));
    }
}
