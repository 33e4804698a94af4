package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Gelu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * gelu's tanh form {@code x * sigmoid(v)}, {@code v = 2 sqrt(2/pi) (x + 0.044715 x^3)}, over a
 * {@code double[]} slice, a vector of lanes at a time: the scalar kernel's formula (v in double-double,
 * {@code x / (1 + e)} or {@code x e / (1 + e)} with e = exp(-|v|), rounded once) with
 * {@link VectorExp}. Chunks with a lane of |v| beyond 700 take the scalar kernel.
 *
 * <p>At 512-bit lanes this runs at 2.3x the scalar loop, not the 5 to 10x of the other SIMD kernels: its
 * body is too large for C2 to inline all of the Vector API (NodeCountInliningCutoff), and the vectors
 * then partly live on the heap. Splitting it into two passes over a buffer was slower still (measured).
 */
public final class VectorGeluTanh {

    private VectorGeluTanh() {
    }

    /** {@code out[outFrom + i] = gelu_tanh(in[from + i])} for {@code i < length}. */
    public static void apply(double[] in, int from, double[] out, int outFrom, int length) {
        int lanes = VectorExp.SPECIES.length();
        int i = 0;
        for (; i <= length - lanes; i += lanes) {
            DoubleVector x = DoubleVector.fromArray(VectorExp.SPECIES, in, from + i);
            // v = C q, q = x (1 + k x^2), each step with its low part.
            DoubleVector x2 = x.mul(x);
            DoubleVector x2Lo = x.lanewise(VectorOperators.FMA, x, x2.neg());
            DoubleVector p = x2.mul(Gelu.KAPPA);
            DoubleVector pLo = x2.lanewise(VectorOperators.FMA, Gelu.KAPPA, p.neg())
                    .add(x2Lo.mul(Gelu.KAPPA)).add(x2.mul(Gelu.KAPPA_LO));
            DoubleVector t = p.add(1.0);
            DoubleVector tLo = DoubleVector.broadcast(VectorExp.SPECIES, 1.0).sub(t).add(p).add(pLo);
            DoubleVector q = t.mul(x);
            DoubleVector qLo = t.lanewise(VectorOperators.FMA, x, q.neg()).add(tLo.mul(x));
            DoubleVector v = q.mul(Gelu.C);
            DoubleVector vLo = q.lanewise(VectorOperators.FMA, Gelu.C, v.neg()).add(qLo.mul(Gelu.C)).add(q.mul(Gelu.C_LO));
            if (v.abs().compare(VectorOperators.GT, 700.0).anyTrue()) {
                for (int j = i; j < i + lanes; j++) {
                    out[outFrom + j] = Gelu.tanh(in[from + j]);
                }
                continue;
            }
            VectorMask<Double> positive = v.compare(VectorOperators.GE, 0.0);
            DoubleVector e = VectorExp.exp(v.abs().neg());
            // exp(-|v + vLo|) = e (1 -+ vLo) to first order.
            DoubleVector eLo = e.mul(vLo.blend(vLo.neg(), positive));
            DoubleVector d = e.add(1.0);
            DoubleVector dLo = DoubleVector.broadcast(VectorExp.SPECIES, 1.0).sub(d).add(e).add(eLo);
            DoubleVector xe = x.mul(e);
            DoubleVector xeLo = x.lanewise(VectorOperators.FMA, e, xe.neg()).add(x.mul(eLo));
            DoubleVector r = xe.blend(x, positive).div(d);
            r.add(xeLo.blend(0.0, positive).sub(r.mul(dLo)).div(d)).intoArray(out, outFrom + i);
        }
        for (; i < length; i++) {
            out[outFrom + i] = Gelu.tanh(in[from + i]);
        }
    }
}
