package io.github.sparkactivations.core.kernels;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;

/**
 * The Gaussian error linear unit {@code gelu(x) = x * Phi(x)}, where Phi is the standard normal CDF,
 * in its exact form and in the tanh approximation of Hendrycks and Gimpel, with their derivatives.
 *
 * <p>The exact form writes {@code Phi(x) = erfc(z) / 2} with {@code z = -x / sqrt(2)} rather than
 * {@code (1 + erf(x / sqrt(2))) / 2}, which cancels to 0 for x below about -8. In the left tail
 * (z above {@value #TAIL}) it goes further: {@code erfc(z) = erfcx(z) * exp(-z^2)}, with z and z^2 carried
 * in double-double so that their rounding (amplified about 2z^2 times by the exponential) costs
 * nothing, and with exp(-z^2) applied as two half-factors so that no intermediate underflows before
 * the result does. erfc and erfcx come from Commons Numbers (Boost's rational approximations).
 */
public final class Gelu {

    private static final double SQRT1_2 = 0.7071067811865476;
    private static final double SQRT1_2_LO = -4.833646656726457e-17;
    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double SQRT_2_OVER_PI = 0.7978845608028654;
    private static final double KAPPA = 0.044715;
    /** Past this |x| the tanh form's sigmoid has saturated: its derivative is exactly 0 or 1 in double. */
    private static final double TANH_SATURATED = 1e4;
    /** Above this z, erfc(z) is computed as erfcx(z) * exp(-z^2). */
    private static final double TAIL = 0.5;

    private Gelu() {
    }

    /** {@code gelu(x) = x * Phi(x) = 0.5 * x * erfc(-x / sqrt(2))}; gelu(-inf) = 0, gelu(+inf) = +inf. */
    public static double exact(double x) {
        double z = -x * SQRT1_2;
        if (!(z > TAIL)) {
            return 0.5 * x * Erfc.value(z);
        }
        if (z == Double.POSITIVE_INFINITY) {
            return -0.0;
        }
        return timesExpMinusZSquared(0.5 * x * Erfcx.value(z), x, z);
    }

    /** {@code gelu'(x) = Phi(x) + x * phi(x)}, phi the standard normal density; 0 at -inf, 1 at +inf. */
    public static double exactGrad(double x) {
        double z = -x * SQRT1_2;
        if (!(z > TAIL)) {
            if (x == Double.POSITIVE_INFINITY) {
                return 1.0;
            }
            return 0.5 * Erfc.value(z) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
        }
        if (z == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        // Phi(x) + x phi(x) = exp(-z^2) * (erfcx(z) / 2 + x / sqrt(2 pi)), as x^2 / 2 = z^2.
        return timesExpMinusZSquared(0.5 * Erfcx.value(z) + x * INV_SQRT_2PI, x, z);
    }

    /**
     * {@code gelu_tanh(x) = 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))}, computed as
     * {@code x * sigmoid(2u)} with u the tanh argument: the same function, without the cancellation of
     * {@code 1 + tanh(u)} for negative x.
     */
    public static double tanh(double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            return -0.0;
        }
        return x * Sigmoid.sigmoid(twiceTanhArgument(x));
    }

    /** {@code gelu_tanh'(x) = sigmoid(2u) + x * sigmoid'(2u) * 2u'(x)}, with u the tanh argument. */
    public static double tanhGrad(double x) {
        if (Math.abs(x) > TANH_SATURATED) {
            return x > 0 ? 1.0 : 0.0;
        }
        double v = twiceTanhArgument(x);
        double dv = 2 * SQRT_2_OVER_PI * (1 + 3 * KAPPA * x * x);
        return Sigmoid.sigmoid(v) + x * dv * Sigmoid.grad(v);
    }

    /** {@code 2u = 2 * sqrt(2/pi) * (x + 0.044715 * x^3)}. */
    private static double twiceTanhArgument(double x) {
        return 2 * SQRT_2_OVER_PI * x * (1 + KAPPA * x * x);
    }

    /**
     * {@code m * exp(-z^2)} for the exact {@code z = -x / sqrt(2)}, of which the argument {@code z} is the
     * rounded value: the lost low parts of z and of z^2 enter as the factor {@code 1 - lo}.
     */
    private static double timesExpMinusZSquared(double m, double x, double z) {
        double zLo = Math.fma(-x, SQRT1_2, -z) - x * SQRT1_2_LO;
        double s = z * z;
        double sLo = Math.fma(z, z, -s) + 2 * z * zLo;
        double half = Math.exp(-0.5 * s);
        return m * (1 - sLo) * half * half;
    }
}
