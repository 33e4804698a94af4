package io.github.sparkactivations.core.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * {@code m * sigmoid(v + vLo)} lane by lane, v carried in double-double, rounded once: the scalar
 * {@code Sigmoid.times} with {@link SimdExp}. With {@code e = exp(-|v|)} it is {@code m / (1 + e)} for v &gt;= 0
 * and {@code m e / (1 + e)} below; exp's argument error enters to first order, the division's remainder is
 * added back. Every lane must have |v| &lt;= 700 (or be NaN).
 */
final class SimdLogistic {

    private SimdLogistic() {
    }

    static DoubleVector times(DoubleVector m, DoubleVector v, DoubleVector vLo) {
        DoubleVector e = SimdExp.exp(v.abs().neg());
        VectorMask<Double> positive = v.compare(VectorOperators.GE, 0.0);
        // exp(-|v + vLo|) = e (1 -+ vLo) to first order.
        DoubleVector eLo = e.mul(vLo).blend(e.mul(vLo).neg(), positive);
        DoubleVector d = e.add(1.0);
        DoubleVector dLo = DoubleVector.broadcast(SimdExp.SPECIES, 1.0).sub(d).add(e).add(eLo);
        DoubleVector factor = e.blend(1.0, positive);
        DoubleVector p = m.mul(factor);
        DoubleVector pLo = m.lanewise(VectorOperators.FMA, factor, p.neg()).add(m.mul(eLo).blend(0.0, positive));
        DoubleVector r = p.div(d);
        DoubleVector remainder = r.lanewise(VectorOperators.FMA, d, p.neg());
        return r.add(pLo.sub(remainder).sub(r.mul(dLo)).div(d));
    }
}
