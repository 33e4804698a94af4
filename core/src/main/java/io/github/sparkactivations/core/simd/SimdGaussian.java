package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.kernels.Gelu;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The Gaussian factor {@code exp(-z^2)}, {@code z = -x / sqrt(2)} for x &lt;= 0, of the exact GELU and its derivative,
 * lane by lane as Gelu's {@code timesExpMinusZSquared}: z and z^2 carried in double-double, the exponential a pass
 * of its own, the product with the kernel's double-double m rounded once.
 */
final class SimdGaussian {

    private SimdGaussian() {
    }

    /** {@code z^2} and its low part (z's own rounding included) to {@code v[sAt]}, {@code v[sLoAt]}, for x &lt;= 0. */
    static void square(DoubleVector x, double[] v, int sAt, int sLoAt) {
        DoubleVector z = x.mul(-Gelu.SQRT1_2);
        DoubleVector zLo = x.neg().lanewise(VectorOperators.FMA, Gelu.SQRT1_2, z.neg()).sub(x.mul(Gelu.SQRT1_2_LO));
        DoubleVector s = z.mul(z);
        s.intoArray(v, sAt);
        z.lanewise(VectorOperators.FMA, z, s.neg()).add(z.mul(zLo).mul(2.0)).intoArray(v, sLoAt);
    }

    /** A pass: {@code exp(-z^2)} in place of {@code z^2} in {@code v[at, at + n)} (garbage past z^2 = 700). */
    static void exponentials(double[] v, int at, int n) {
        int lanes = SimdExp.SPECIES.length();
        for (int i = 0; i <= n - lanes; i += lanes) {
            SimdExp.exp(DoubleVector.fromArray(SimdExp.SPECIES, v, at + i).neg().max(-700.0)).intoArray(v, at + i);
        }
    }

    /** {@code (m + mLo) exp(-z^2 - sLo)} for {@code h = exp(-z^2)}, rounded once. */
    static DoubleVector times(DoubleVector m, DoubleVector mLo, DoubleVector h, DoubleVector sLo) {
        DoubleVector product = m.mul(h);
        return product.add(m.lanewise(VectorOperators.FMA, h, product.neg()).add(mLo.sub(m.mul(sLo)).mul(h)));
    }
}
