package io.github.sparkactivations.core.exact;

import io.github.sparkactivations.testing.Ulps;
import io.github.sparkactivations.core.kernels.Elu;
import io.github.sparkactivations.core.kernels.Gelu;
import io.github.sparkactivations.core.kernels.Mish;
import io.github.sparkactivations.core.kernels.SigmoidLoss;
import io.github.sparkactivations.core.kernels.Softplus;
import io.github.sparkactivations.core.kernels.Swish;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.function.DoubleBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The failures reported against non-dyadic parameters (issue 9) and those the random test found, each
 * at 2 ulps of its exact value: they failed before double-double arguments and the scaled exponential tail.
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

    /** Found by the 10^6-point random run (seed -3491097203110300609), each over 2 ulps before its fix. */
    @Test
    void theMillionPointRunsFindings() {
        check("elu", Elu.elu(-0.3475402463664428, 1.9406172552223301E-4), -0.3475402463664428, 1.9406172552223301E-4);
        check("celu", Elu.celu(-1.1906000000000003, 3.268519654963073), -1.1906000000000003, 3.268519654963073);
        check("gelu.none", Gelu.exact(-0.6995850151220064), -0.6995850151220064);
        check("silu_grad", Swish.siluGrad(1.175407983266419), 1.175407983266419);
        check("mish_grad", Mish.grad(-0.16990247743052578), -0.16990247743052578);
        // NaN in a first version of softplus's compensated division, where log / beta overflows
        check("softplus", Softplus.value(1.9125677451281928E46, -2.938053473536E-312, 0.21077007529680003),
                1.9125677451281928E46, -2.938053473536E-312, 0.21077007529680003);
        check("sigmoid_loss", SigmoidLoss.value(-0.0017240592127342196, 0.3, 1.2359068907217315E-304),
                -0.0017240592127342196, 0.3, 1.2359068907217315E-304);
        check("sigmoid_loss_grad", SigmoidLoss.grad(709.7827128933841, 0.5879946042919508, 1.7612852636179649E308),
                709.7827128933841, 0.5879946042919508, 1.7612852636179649E308);
        check("sigmoid_loss_grad", SigmoidLoss.grad(-5.23054670725508, 0.3, 0), -5.23054670725508, 0.3, 0);
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
