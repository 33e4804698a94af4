package io.github.sparkactivations.core.catalog;

import io.github.sparkactivations.core.kernels.Gelu;
import io.github.sparkactivations.core.kernels.Relu;
import io.github.sparkactivations.core.kernels.Sigmoid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The single source of truth: every activation, with its parameters, formulas, kernels and examples.
 * Spark registration, {@code DESCRIBE FUNCTION}, the Java Column API, the README and the tests
 * all read this list. Adding a function is one entry here plus its kernel.
 */
public final class Catalog {

    private static final List<Activation> ACTIVATIONS = List.of(
            Activation.named("sigmoid")
                    .describedAs("Logistic sigmoid: squashes x into (0, 1).")
                    .formula("1 / (1 + exp(-x))", Sigmoid::sigmoid,
                            "sigmoid(x) * sigmoid(-x)", Sigmoid::grad)
                    .note("Never overflows: exp is taken of -|x| only. sigmoid(-inf) = 0, sigmoid(+inf) = 1.")
                    .example("sigmoid(0.5)", "0.6224593312018546")
                    .derivativeExample("sigmoid_grad(0.5)", "0.2350037122015945")
                    .build(),
            Activation.named("relu")
                    .describedAs("Rectified linear unit: x for positive x, else 0.")
                    .formula("max(x, 0)", Relu::relu,
                            "1 if x > 0 else 0", Relu::grad)
                    .derivativeNote("relu_grad(0) = 0, as in PyTorch autograd.")
                    .example("relu(-1.5)", "0.0")
                    .derivativeExample("relu_grad(2.0)", "1.0")
                    .build(),
            Activation.named("gelu")
                    .describedAs("Gaussian error linear unit: x weighted by the standard normal CDF Phi(x).")
                    .choice("approximate", "'none' for the exact erf form, 'tanh' for the tanh approximation",
                            "none", "tanh")
                    .form("none", "x * Phi(x) = 0.5 * x * erfc(-x / sqrt(2))", Gelu::exact,
                            "Phi(x) + x * phi(x), phi the standard normal density", Gelu::exactGrad)
                    .form("tanh", "0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))", Gelu::tanh,
                            "sigmoid(2u) + x * sigmoid'(2u) * 2u', u = sqrt(2 / pi) * (x + 0.044715 * x^3)",
                            Gelu::tanhGrad)
                    .note("Exact in the left tail (no 1 + erf cancellation). gelu(-inf) = 0, gelu(+inf) = +inf.")
                    .example("gelu(0.5)", "0.34573123063700656")
                    .example("gelu(0.5, 'tanh')", "0.34571400982514394")
                    .derivativeExample("gelu_grad(0.5)", "0.8674951246561629")
                    .derivativeExample("gelu_grad(3.0, 'tanh')", "1.0115841666309697")
                    .build());

    private static final Map<String, SqlFunction> BY_NAME = index();

    private Catalog() {
    }

    /** Every activation entry, in catalog order. */
    public static List<Activation> activations() {
        return ACTIVATIONS;
    }

    /** Every SQL function: each activation followed by its derivative. */
    public static List<SqlFunction> functions() {
        return List.copyOf(BY_NAME.values());
    }

    /** The SQL function of that name, if the catalog has one. */
    public static Optional<SqlFunction> function(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Map<String, SqlFunction> index() {
        Map<String, SqlFunction> byName = new LinkedHashMap<>();
        List<SqlFunction> all = new ArrayList<>();
        for (Activation a : ACTIVATIONS) {
            all.add(a.function());
            all.add(a.derivative());
        }
        for (SqlFunction f : all) {
            if (byName.put(f.name(), f) != null) {
                throw new IllegalStateException("duplicate function " + f.name());
            }
        }
        return Collections.unmodifiableMap(byName);
    }
}
