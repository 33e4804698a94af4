package io.github.sparkactivations.core.exact;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.math.BigDecimal.ONE;
import static java.math.BigDecimal.ZERO;

/**
 * The exact value of every element-wise catalog function, written from its mathematical definition
 * (PyTorch's, kinks included) in {@link Exact} arithmetic, never from a kernel's formula. Keys are
 * {@code name} or {@code name.choice}. Rewritings are identities chosen so that the exact arithmetic
 * does not cancel: {@code 1 + tanh(u) = 2 sigmoid(2u)}, {@code x + sqrt(x^2 + b) = b / (sqrt(x^2 + b) - x)}.
 */
public final class References {

    /** {@code f(x, parameters)} in the given arithmetic. */
    @FunctionalInterface
    public interface Reference {
        BigDecimal at(Exact e, BigDecimal x, BigDecimal[] p);
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal SIX = BigDecimal.valueOf(6);
    private static final BigDecimal SELU_ALPHA = new BigDecimal("1.6732632423543772848170429916717");
    private static final BigDecimal SELU_SCALE = new BigDecimal("1.0507009873554804934193349852946");
    private static final BigDecimal GELU_CUBIC = new BigDecimal("0.044715");

    private static final Map<String, Reference> REFERENCES = new TreeMap<>();

    static {
        add("sigmoid", (e, x, p) -> e.sigmoid(x));
        add("sigmoid_grad", (e, x, p) -> sigmoidGrad(e, x));
        add("log_sigmoid", (e, x, p) -> e.softplus(x.negate()).negate());
        add("log_sigmoid_grad", (e, x, p) -> e.sigmoid(x.negate()));
        add("hard_sigmoid", (e, x, p) -> e.divide(clamp(x.add(THREE), ZERO, SIX), SIX));
        add("hard_sigmoid_grad", (e, x, p) -> between(x, THREE.negate(), THREE) ? e.divide(ONE, SIX) : ZERO);
        add("relu", (e, x, p) -> x.max(ZERO));
        add("relu_grad", (e, x, p) -> x.signum() > 0 ? ONE : ZERO);
        add("relu6", (e, x, p) -> clamp(x, ZERO, SIX));
        add("relu6_grad", (e, x, p) -> between(x, ZERO, SIX) ? ONE : ZERO);
        add("leaky_relu", (e, x, p) -> x.signum() > 0 ? x : x.multiply(p[0]));
        add("leaky_relu_grad", (e, x, p) -> x.signum() > 0 ? ONE : p[0]);
        add("prelu", (e, x, p) -> x.signum() > 0 ? x : x.multiply(p[0]));
        add("prelu_grad", (e, x, p) -> x.signum() > 0 ? ONE : p[0]);
        add("prelu_weight_grad", (e, x, p) -> x.signum() > 0 ? ZERO : x);
        add("threshold", (e, x, p) -> x.compareTo(p[0]) <= 0 ? p[1] : x);
        add("threshold_grad", (e, x, p) -> x.compareTo(p[0]) <= 0 ? ZERO : ONE);
        add("rrelu.false", (e, x, p) -> x.signum() >= 0 ? x : x.multiply(p[0].add(p[1])).divide(TWO));
        add("rrelu_grad.false", (e, x, p) -> x.signum() > 0 ? ONE : p[0].add(p[1]).divide(TWO));
        add("elu", (e, x, p) -> x.signum() > 0 ? x : e.multiply(p[0], e.expm1(x)));
        add("elu_grad", (e, x, p) -> x.signum() > 0 ? ONE : e.multiply(p[0], e.exp(x)));
        add("selu", (e, x, p) -> e.multiply(SELU_SCALE, x.signum() > 0 ? x : e.multiply(SELU_ALPHA, e.expm1(x))));
        add("selu_grad", (e, x, p) -> x.signum() > 0 ? SELU_SCALE
                : e.multiply(SELU_SCALE.multiply(SELU_ALPHA), e.exp(x)));
        add("celu", (e, x, p) -> x.signum() > 0 ? x : e.multiply(p[0], e.expm1(e.plus(10).divide(x, p[0]))));
        add("celu_grad", (e, x, p) -> x.signum() > 0 ? ONE : e.exp(e.plus(10).divide(x, p[0])));
        add("gelu.none", (e, x, p) -> e.multiply(x.divide(TWO), e.erfc(normalZ(e, x))));
        add("gelu_grad.none", (e, x, p) -> e.add(e.erfc(normalZ(e, x)).divide(TWO),
                e.divide(e.multiply(x, e.exp(x.multiply(x).divide(TWO).negate())), e.sqrt(e.pi().multiply(TWO)))));
        add("gelu.tanh", (e, x, p) -> e.multiply(x, e.sigmoid(geluU(e, x).multiply(TWO))));
        add("gelu_grad.tanh", (e, x, p) -> {
            BigDecimal twoU = geluU(e, x).multiply(TWO);
            BigDecimal du = e.multiply(geluScale(e), ONE.add(THREE.multiply(GELU_CUBIC).multiply(x.multiply(x))));
            return e.add(e.sigmoid(twoU), e.multiply(e.multiply(x, sigmoidGrad(e, twoU)), du.multiply(TWO)));
        });
        add("silu", (e, x, p) -> swish(e, x, ONE));
        add("silu_grad", (e, x, p) -> swishGrad(e, x, ONE));
        add("swish", (e, x, p) -> swish(e, x, p[0]));
        add("swish_grad", (e, x, p) -> swishGrad(e, x, p[0]));
        add("mish", (e, x, p) -> e.multiply(x, e.tanh(e.softplus(x))));
        add("mish_grad", (e, x, p) -> {
            BigDecimal sp = e.softplus(x);
            return e.add(e.tanh(sp), e.multiply(e.multiply(x, e.sech2(sp)), e.sigmoid(x)));
        });
        add("hardswish", (e, x, p) -> e.divide(x.multiply(clamp(x.add(THREE), ZERO, SIX)), SIX));
        add("hardswish_grad", (e, x, p) -> x.compareTo(THREE.negate()) < 0 ? ZERO : x.compareTo(THREE) > 0 ? ONE
                : e.divide(x.multiply(TWO).add(THREE), SIX));
        // The switch to x is PyTorch's test of the rounded product beta * x, as the kernels document it.
        add("softplus", (e, x, p) -> p[0].doubleValue() * x.doubleValue() > p[1].doubleValue() ? x
                : e.divide(e.softplus(e.plus(10).multiply(p[0], x)), p[0]));
        add("softplus_grad", (e, x, p) -> p[0].doubleValue() * x.doubleValue() > p[1].doubleValue() ? ONE
                : e.sigmoid(p[0].multiply(x)));
        add("softsign", (e, x, p) -> e.divide(x, ONE.add(x.abs())));
        add("softsign_grad", (e, x, p) -> e.divide(ONE, ONE.add(x.abs()).pow(2)));
        add("squareplus", (e, x, p) -> {
            if (p[0].signum() == 0) {
                return x.max(ZERO);
            }
            BigDecimal r = e.plus(10).sqrt(x.multiply(x).add(p[0]));
            return x.signum() >= 0 ? e.round(x.add(r).divide(TWO)) : e.divide(p[0], r.subtract(x).multiply(TWO));
        });
        add("squareplus_grad", (e, x, p) -> {
            if (p[0].signum() == 0) {
                return x.signum() > 0 ? ONE : x.signum() < 0 ? ZERO : new BigDecimal("0.5");
            }
            BigDecimal r = e.plus(10).sqrt(x.multiply(x).add(p[0]));
            return x.signum() >= 0 ? e.round(ONE.add(e.plus(10).divide(x, r)).divide(TWO))
                    : e.divide(p[0], r.multiply(r.subtract(x)).multiply(TWO));
        });
        add("hardtanh", (e, x, p) -> clamp(x, p[0], p[1]));
        add("hardtanh_grad", (e, x, p) -> between(x, p[0], p[1]) ? ONE : ZERO);
        add("hardshrink", (e, x, p) -> x.abs().compareTo(p[0]) <= 0 ? ZERO : x);
        add("hardshrink_grad", (e, x, p) -> x.abs().compareTo(p[0]) <= 0 ? ZERO : ONE);
        add("softshrink", (e, x, p) -> x.compareTo(p[0]) > 0 ? x.subtract(p[0])
                : x.compareTo(p[0].negate()) < 0 ? x.add(p[0]) : ZERO);
        add("softshrink_grad", (e, x, p) -> x.abs().compareTo(p[0]) <= 0 ? ZERO : ONE);
        add("tanhshrink", (e, x, p) -> {
            // x and tanh(x) agree to about 2 log10(1/|x|) digits: carry that many more.
            Exact wide = e.plus(x.signum() == 0 ? 0 : Math.max(0, 2 * (1 - x.precision() + x.scale())) + 5);
            return e.round(x.subtract(wide.tanh(x)));
        });
        add("tanhshrink_grad", (e, x, p) -> e.tanh(x).pow(2, e.context()));
        add("sigmoid_loss", (e, x, p) -> e.add(e.multiply(p[0].multiply(p[1]), e.softplus(x.negate())),
                e.multiply(ONE.subtract(p[0]), e.softplus(x))));
        add("sigmoid_loss_grad", (e, x, p) -> e.subtract(e.multiply(ONE.subtract(p[0]), e.sigmoid(x)),
                e.multiply(p[0].multiply(p[1]), e.sigmoid(x.negate()))));
        add("tanh_grad", (e, x, p) -> e.sech2(x));
    }

    private References() {
    }

    /** The reference of {@code name} or {@code name.choice}. */
    public static Optional<Reference> of(String key) {
        return Optional.ofNullable(REFERENCES.get(key));
    }

    private static void add(String key, Reference reference) {
        REFERENCES.put(key, reference);
    }

    private static BigDecimal sigmoidGrad(Exact e, BigDecimal a) {
        BigDecimal t = e.exp(a.abs().negate());
        BigDecimal d = ONE.add(t, e.context());
        return e.divide(t, d.multiply(d));
    }

    private static BigDecimal swish(Exact e, BigDecimal x, BigDecimal beta) {
        return e.multiply(x, e.sigmoid(beta.multiply(x)));
    }

    private static BigDecimal swishGrad(Exact e, BigDecimal x, BigDecimal beta) {
        BigDecimal y = beta.multiply(x);
        return e.multiply(e.sigmoid(y), e.add(ONE, e.multiply(y, e.sigmoid(y.negate()))));
    }

    /** {@code -x / sqrt(2)}: Phi(x) = erfc(-x / sqrt 2) / 2. */
    private static BigDecimal normalZ(Exact e, BigDecimal x) {
        Exact wide = e.plus(10);
        return wide.divide(x.negate(), wide.sqrt(TWO));
    }

    /** {@code sqrt(2 / pi)}. */
    private static BigDecimal geluScale(Exact e) {
        Exact wide = e.plus(10);
        return wide.sqrt(wide.divide(TWO, wide.pi()));
    }

    /** {@code u = sqrt(2 / pi) (x + 0.044715 x^3)}. */
    private static BigDecimal geluU(Exact e, BigDecimal x) {
        Exact wide = e.plus(10);
        return wide.multiply(geluScale(e), x.add(wide.multiply(GELU_CUBIC, x.pow(3, wide.context()))));
    }

    private static BigDecimal clamp(BigDecimal x, BigDecimal lo, BigDecimal hi) {
        return x.max(lo).min(hi);
    }

    /** {@code lo < x < hi}. */
    private static boolean between(BigDecimal x, BigDecimal lo, BigDecimal hi) {
        return x.compareTo(lo) > 0 && x.compareTo(hi) < 0;
    }
}
