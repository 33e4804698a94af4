package io.github.sparkactivations.core.exact;

import io.github.sparkactivations.core.kernels.Elu;
import io.github.sparkactivations.core.kernels.Gelu;
import io.github.sparkactivations.core.kernels.Softplus;
import io.github.sparkactivations.core.kernels.Swish;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.function.DoubleBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The failures reported against non-dyadic parameters (issue 9), each at 2 ulps of its exact value:
 * they failed before double-double arguments and the scaled exponential tail.
 */
class ReportedCasesTest {

    private static final Exact EXACT = new Exact(40);

    @Test
    void celuGradAtAlpha03() {
        sweep("celu_grad", (x, a) -> Elu.celuGrad(x, a), 0.3, -160, -150);
    }

    @Test
    void softplusAndItsGradAtBeta03() {
        sweep("softplus", (x, b) -> Softplus.value(x, b, 20), 0.3, -2400, -2300, 20);
        sweep("softplus_grad", (x, b) -> Softplus.grad(x, b, 20), 0.3, -2400, -2300, 20);
    }

    @Test
    void swishBeyond1e300IsNeverNaN() {
        for (double beta : new double[] {0.1, 1.5, 3.7}) {
            for (double x : new double[] {-1.7e308, -1.1e300, 1.1e300, 1.7e308}) {
                check("swish", Swish.swish(x, beta), x, beta);
                check("swish_grad", Swish.swishGrad(x, beta), x, beta);
            }
        }
    }

    @Test
    void geluBetweenTheGridPoints() {
        check("gelu.none", Gelu.exact(-37.45), -37.45);
        for (double x = -0.34; x < -0.32; x += 0.0005) {
            check("gelu_grad.none", Gelu.exactGrad(x), x);
        }
    }

    private static void sweep(String name, DoubleBinaryOperator kernel, double p, double lo, double hi, double... more) {
        for (int i = 0; i <= 400; i++) {
            double x = lo + (hi - lo) * i / 400;
            double[] parameters = more.length == 0 ? new double[] {p} : new double[] {p, more[0]};
            check(name, kernel.applyAsDouble(x, p), x, parameters);
        }
    }

    private static void check(String name, double got, double x, double... parameters) {
        BigDecimal[] exact = java.util.Arrays.stream(parameters).mapToObj(Exact::of).toArray(BigDecimal[]::new);
        BigDecimal want = References.of(name).orElseThrow().at(EXACT, Exact.of(x), exact);
        double ulps = Ulps.error(got, want);
        assertTrue(ulps <= 2, name + "(" + x + ", " + java.util.Arrays.toString(parameters) + ") = " + got
                + ", want " + want + ": " + ulps + " ulps");
    }
}
