package io.github.sparkactivations.core.internal;

import io.github.sparkactivations.core.exact.Exact;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The double-double exp against the exact one: within 2^-100 relative at random points of [-600, 709.78]
 * (measured worst over 10^6 points: see the class comment of {@link ExpDD}), and at the ends of every
 * table interval, where |r| is largest.
 */
class ExpDDTest {

    private static final Exact EXACT = new Exact(40);
    private static final double BOUND = 0x1p-100;

    @Test
    void isGoodTo2ToTheMinus100AtRandomPoints() {
        SplittableRandom random = new SplittableRandom(Long.getLong("accuracy.seed", 90));
        int points = Integer.getInteger("accuracy.samples", 20_000);
        double worst = 0;
        for (int i = 0; i < points; i++) {
            double a = i < 20 ? -i * 0.5 : -600 + 1309.78 * random.nextDouble();
            worst = Math.max(worst, relativeError(a));
        }
        System.out.printf("ExpDD: %d points, worst relative error 2^%.2f%n", points, Math.log(worst) / Math.log(2));
        assertTrue(worst < BOUND, "worst relative error " + worst);
    }

    @Test
    void isGoodTo2ToTheMinus100WhereTheReducedArgumentIsLargest() {
        for (int k = -600 * 2955; k < 709 * 2955; k += 37 * 31) {
            double edge = (k + 0.5) * Math.log(2) / 2048;
            for (double a : new double[] {Math.nextDown(edge), edge, Math.nextUp(edge)}) {
                assertTrue(relativeError(a) < BOUND, "exp(" + a + "): relative error " + relativeError(a));
            }
        }
    }

    @Test
    void aLowPartOfTheArgumentKeepsThePrecision() {
        SplittableRandom random = new SplittableRandom(92);
        for (int i = 0; i < 5000; i++) {
            double a = -600 + 1309.78 * random.nextDouble();
            double aLo = Math.ulp(a) * (random.nextDouble() - 0.5);
            DoubleDouble got = ExpDD.of(a, aLo);
            BigDecimal want = EXACT.exp(new BigDecimal(a).add(new BigDecimal(aLo)));
            double relative = new BigDecimal(got.hi()).add(new BigDecimal(got.lo())).subtract(want).abs()
                    .divide(want, MathContext.DECIMAL64).doubleValue();
            assertTrue(relative < BOUND, "exp(" + a + " + " + aLo + "): relative error " + relative);
        }
    }

    @Test
    void timesKeepsItsPrecisionForAnyWeight() {
        SplittableRandom random = new SplittableRandom(91);
        for (int i = 0; i < 5000; i++) {
            double w = Math.exp(-744 + 1453 * random.nextDouble()) * (1 + random.nextDouble());
            double logW = Math.log(w);
            // products from e^-660 (below about 1e-292 the low part is subnormal) to e^700
            double a = -660 - logW + 1360 * random.nextDouble();
            DoubleDouble got = ExpDD.times(w, a);
            BigDecimal want = new BigDecimal(w).multiply(EXACT.exp(new BigDecimal(a)));
            double relative = new BigDecimal(got.hi()).add(new BigDecimal(got.lo())).subtract(want).abs()
                    .divide(want, MathContext.DECIMAL64).doubleValue();
            assertTrue(relative < BOUND, w + " * exp(" + a + "): relative error " + relative);
        }
        assertTrue(ExpDD.times(1e300, -2000).hi() == 0 && ExpDD.times(1e-300, 2000).hi() == Double.POSITIVE_INFINITY,
                "beyond the range: 0 and +inf");
    }

    private static double relativeError(double a) {
        DoubleDouble got = ExpDD.of(a);
        BigDecimal want = EXACT.exp(new BigDecimal(a));
        return new BigDecimal(got.hi()).add(new BigDecimal(got.lo())).subtract(want).abs()
                .divide(want, MathContext.DECIMAL64).doubleValue();
    }
}
