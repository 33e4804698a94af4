package io.github.sparkactivations.core.exact;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference arithmetic's own series (erfc, expm1, log1p, tanh) and its use of big-math, checked
 * against Apfloat at random points: they must agree to 35 of the 45 digits.
 */
class ExactTest {

    private static final int DIGITS = 45;
    private static final Exact EXACT = new Exact(DIGITS);

    @Test
    void erfcAgreesWithApfloat() {
        check("erfc", EXACT::erfc, ApfloatMath::erfc, -6, 27, 30);
    }

    @Test
    void expAndLogAgreeWithApfloat() {
        check("exp", EXACT::exp, ApfloatMath::exp, -745, 709, 40);
        check("log", EXACT::log, ApfloatMath::log, 1e-6, 1e6, 40);
    }

    @Test
    void seriesAgreeWithApfloat() {
        check("expm1", EXACT::expm1, a -> ApfloatMath.exp(a).subtract(new Apfloat(1)), -0.05, 0.05, 40);
        check("log1p", EXACT::log1p, a -> ApfloatMath.log(a.add(new Apfloat(1))), -0.05, 0.05, 40);
        check("tanh", EXACT::tanh, ApfloatMath::tanh, -3, 3, 40);
    }

    /** {@code ours} and Apfloat's {@code theirs} (at 80 digits) at random points of [lo, hi]. */
    private static void check(String name, UnaryOperator<BigDecimal> ours, Function<Apfloat, Apfloat> theirs,
                              double lo, double hi, int points) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int i = 0; i < points; i++) {
            double x = lo + (hi - lo) * random.nextDouble();
            BigDecimal want = new BigDecimal(theirs.apply(new Apfloat(new BigDecimal(x), 80)).toString(true));
            BigDecimal got = ours.apply(new BigDecimal(x));
            BigDecimal relative = got.subtract(want).abs().divide(want.abs(), MathContext.DECIMAL64);
            assertTrue(relative.compareTo(new BigDecimal("1e-35")) < 0,
                    name + "(" + x + "): " + got + " vs Apfloat " + want);
        }
    }
}
