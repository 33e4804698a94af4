package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.exact.Exact;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The double-double exp against the exact one: within 2^-90 relative at random points of [-600, 709]. */
class ExpDDTest {

    @Test
    void isGoodTo2ToTheMinus90() {
        Exact exact = new Exact(40);
        SplittableRandom random = new SplittableRandom(90);
        for (int i = 0; i < 2000; i++) {
            double a = i < 20 ? -i * 0.5 : -600 + 1309 * random.nextDouble();
            DoubleDouble got = ExpDD.of(a);
            BigDecimal want = exact.exp(new BigDecimal(a));
            double relative = new BigDecimal(got.hi()).add(new BigDecimal(got.lo())).subtract(want).abs()
                    .divide(want, MathContext.DECIMAL64).doubleValue();
            assertTrue(relative < 0x1p-90, "exp(" + a + "): relative error " + relative);
        }
    }
}
