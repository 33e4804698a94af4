package io.github.sparkactivations.benchmarks;

import java.util.Map;

/**
 * The same activations written with Spark's built-in functions, as a user would inline them: the
 * baseline the library must beat. Functions without a reasonable built-in form (exact gelu needs an
 * erf Spark lacks) are absent.
 */
final class BuiltinFormulas {

    private BuiltinFormulas() {
    }

    /** SQL name -> the formula over column {@code x}. */
    static final Map<String, String> FORMULAS = Map.ofEntries(
            Map.entry("sigmoid", "1 / (1 + exp(-x))"),
            Map.entry("sigmoid_grad", "exp(-x) / ((1 + exp(-x)) * (1 + exp(-x)))"),
            Map.entry("log_sigmoid", "-ln(1 + exp(-x))"),
            Map.entry("hard_sigmoid", "least(greatest(x + 3, 0), 6) / 6"),
            Map.entry("relu", "greatest(x, 0)"),
            Map.entry("relu6", "least(greatest(x, 0), 6)"),
            Map.entry("leaky_relu", "IF(x > 0, x, 0.01 * x)"),
            Map.entry("elu", "IF(x > 0, x, exp(x) - 1)"),
            Map.entry("selu", "1.0507009873554805 * IF(x > 0, x, 1.6732632423543772 * (exp(x) - 1))"),
            Map.entry("celu", "IF(x > 0, x, exp(x) - 1)"),
            Map.entry("gelu", "0.5 * x * (1 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))"),
            Map.entry("silu", "x / (1 + exp(-x))"),
            Map.entry("swish", "x / (1 + exp(-x))"),
            Map.entry("mish", "x * tanh(ln(1 + exp(x)))"),
            Map.entry("hardswish", "x * least(greatest(x + 3, 0), 6) / 6"),
            Map.entry("softplus", "IF(x > 20, x, ln(1 + exp(x)))"),
            Map.entry("softsign", "x / (1 + abs(x))"),
            Map.entry("squareplus", "(x + sqrt(x * x + 4)) / 2"),
            Map.entry("hardtanh", "least(greatest(x, -1), 1)"),
            Map.entry("hardshrink", "IF(abs(x) > 0.5, x, 0)"),
            Map.entry("softshrink", "IF(x > 0.5, x - 0.5, IF(x < -0.5, x + 0.5, 0))"),
            Map.entry("tanhshrink", "x - tanh(x)"),
            Map.entry("tanh_grad", "1 - tanh(x) * tanh(x)"));
}
