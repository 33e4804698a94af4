package io.github.sparkactivations.spark;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;

/**
 * The activation functions as Java {@link Column} expressions, named as in SQL:
 * {@code df.select(gelu(col("x")), gelu(col("x"), "tanh"))}. Each builds a call of the
 * registered SQL function, so the session must have the functions registered (automatic
 * when this jar is on the class path; see {@link SparkActivations}).
 *
 * <p>Generated from the catalog by {@code ColumnApiSource} ({@code bin/activations-docs}): do not edit.
 */
public final class ActivationFunctions {

    private ActivationFunctions() {
    }

    /**
     * Logistic sigmoid: squashes x into (0, 1).
     *
     * <p>{@code 1 / (1 + exp(-x))}
     * <p>Never overflows: exp is taken of -|x| only. sigmoid(-inf) = 0, sigmoid(+inf) = 1.
     * <p>SQL: {@code sigmoid(x)}; see also {@code sigmoid_grad}.
     */
    public static Column sigmoid(Column x) {
        return call_function("sigmoid", x);
    }

    /**
     * Derivative of sigmoid with respect to x.
     *
     * <p>{@code sigmoid(x) * sigmoid(-x)}
     * <p>SQL: {@code sigmoid_grad(x)}; see also {@code sigmoid}.
     */
    public static Column sigmoid_grad(Column x) {
        return call_function("sigmoid_grad", x);
    }

    /**
     * Log of the logistic sigmoid, -softplus(-x): a smooth min(x, 0).
     *
     * <p>{@code log(1 / (1 + exp(-x))) = min(x, 0) - log1p(exp(-|x|))}
     * <p>log_sigmoid(-inf) = -inf, log_sigmoid(+inf) = 0.
     * <p>SQL: {@code log_sigmoid(x)}; see also {@code log_sigmoid_grad}.
     */
    public static Column log_sigmoid(Column x) {
        return call_function("log_sigmoid", x);
    }

    /**
     * Derivative of log_sigmoid with respect to x.
     *
     * <p>{@code sigmoid(-x)}
     * <p>SQL: {@code log_sigmoid_grad(x)}; see also {@code log_sigmoid}.
     */
    public static Column log_sigmoid_grad(Column x) {
        return call_function("log_sigmoid_grad", x);
    }

    /**
     * Piecewise-linear sigmoid, as PyTorch's hardsigmoid.
     *
     * <p>{@code relu6(x + 3) / 6}
     * <p>SQL: {@code hard_sigmoid(x)}; see also {@code hard_sigmoid_grad}.
     */
    public static Column hard_sigmoid(Column x) {
        return call_function("hard_sigmoid", x);
    }

    /**
     * Derivative of hard_sigmoid with respect to x.
     *
     * <p>{@code 1/6 if -3 < x < 3 else 0}
     * <p>0 at the kinks x = -3 and x = 3, as in PyTorch autograd.
     * <p>SQL: {@code hard_sigmoid_grad(x)}; see also {@code hard_sigmoid}.
     */
    public static Column hard_sigmoid_grad(Column x) {
        return call_function("hard_sigmoid_grad", x);
    }

    /**
     * Rectified linear unit: x for positive x, else 0.
     *
     * <p>{@code max(x, 0)}
     * <p>SQL: {@code relu(x)}; see also {@code relu_grad}.
     */
    public static Column relu(Column x) {
        return call_function("relu", x);
    }

    /**
     * Derivative of relu with respect to x.
     *
     * <p>{@code 1 if x > 0 else 0}
     * <p>relu_grad(0) = 0, as in PyTorch autograd.
     * <p>SQL: {@code relu_grad(x)}; see also {@code relu}.
     */
    public static Column relu_grad(Column x) {
        return call_function("relu_grad", x);
    }

    /**
     * ReLU capped at 6.
     *
     * <p>{@code min(max(x, 0), 6)}
     * <p>SQL: {@code relu6(x)}; see also {@code relu6_grad}.
     */
    public static Column relu6(Column x) {
        return call_function("relu6", x);
    }

    /**
     * Derivative of relu6 with respect to x.
     *
     * <p>{@code 1 if 0 < x < 6 else 0}
     * <p>0 at the kinks x = 0 and x = 6, as in PyTorch autograd.
     * <p>SQL: {@code relu6_grad(x)}; see also {@code relu6}.
     */
    public static Column relu6_grad(Column x) {
        return call_function("relu6_grad", x);
    }

    /**
     * ReLU with a small slope for negative x.
     *
     * <p>{@code x if x > 0 else negative_slope * x}
     * <p>{@code negative_slope}: Slope for x &lt;= 0. Default 0.01, allowed (-inf, inf).
     * <p>SQL: {@code leaky_relu(x [, negative_slope])}; see also {@code leaky_relu_grad}.
     */
    public static Column leaky_relu(Column x) {
        return call_function("leaky_relu", x);
    }

    /**
     * ReLU with a small slope for negative x.
     *
     * <p>{@code x if x > 0 else negative_slope * x}
     * <p>{@code negative_slope}: Slope for x &lt;= 0. Default 0.01, allowed (-inf, inf).
     * <p>SQL: {@code leaky_relu(x [, negative_slope])}; see also {@code leaky_relu_grad}.
     */
    public static Column leaky_relu(Column x, double negative_slope) {
        return call_function("leaky_relu", x, lit(negative_slope));
    }

    /**
     * ReLU with a small slope for negative x.
     *
     * <p>{@code x if x > 0 else negative_slope * x}
     * <p>{@code negative_slope}: Slope for x &lt;= 0. Default 0.01, allowed (-inf, inf).
     * <p>SQL: {@code leaky_relu(x [, negative_slope])}; see also {@code leaky_relu_grad}.
     */
    public static Column leaky_relu(Column x, Column negative_slope) {
        return call_function("leaky_relu", x, negative_slope);
    }

    /**
     * Derivative of leaky_relu with respect to x.
     *
     * <p>{@code 1 if x > 0 else negative_slope}
     * <p>{@code negative_slope}: Slope for x &lt;= 0. Default 0.01, allowed (-inf, inf).
     * <p>negative_slope at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code leaky_relu_grad(x [, negative_slope])}; see also {@code leaky_relu}.
     */
    public static Column leaky_relu_grad(Column x) {
        return call_function("leaky_relu_grad", x);
    }

    /**
     * Derivative of leaky_relu with respect to x.
     *
     * <p>{@code 1 if x > 0 else negative_slope}
     * <p>{@code negative_slope}: Slope for x &lt;= 0. Default 0.01, allowed (-inf, inf).
     * <p>negative_slope at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code leaky_relu_grad(x [, negative_slope])}; see also {@code leaky_relu}.
     */
    public static Column leaky_relu_grad(Column x, double negative_slope) {
        return call_function("leaky_relu_grad", x, lit(negative_slope));
    }

    /**
     * Derivative of leaky_relu with respect to x.
     *
     * <p>{@code 1 if x > 0 else negative_slope}
     * <p>{@code negative_slope}: Slope for x &lt;= 0. Default 0.01, allowed (-inf, inf).
     * <p>negative_slope at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code leaky_relu_grad(x [, negative_slope])}; see also {@code leaky_relu}.
     */
    public static Column leaky_relu_grad(Column x, Column negative_slope) {
        return call_function("leaky_relu_grad", x, negative_slope);
    }

    /**
     * Parametric ReLU: the negative slope is a learned weight, which may be a column.
     *
     * <p>{@code x if x > 0 else weight * x}
     * <p>{@code weight}: Slope for x &lt;= 0 (a column works: a per-channel weight joined in). Default 0.25, allowed (-inf, inf).
     * <p>SQL: {@code prelu(x [, weight])}; see also {@code prelu_grad}.
     */
    public static Column prelu(Column x) {
        return call_function("prelu", x);
    }

    /**
     * Parametric ReLU: the negative slope is a learned weight, which may be a column.
     *
     * <p>{@code x if x > 0 else weight * x}
     * <p>{@code weight}: Slope for x &lt;= 0 (a column works: a per-channel weight joined in). Default 0.25, allowed (-inf, inf).
     * <p>SQL: {@code prelu(x [, weight])}; see also {@code prelu_grad}.
     */
    public static Column prelu(Column x, double weight) {
        return call_function("prelu", x, lit(weight));
    }

    /**
     * Parametric ReLU: the negative slope is a learned weight, which may be a column.
     *
     * <p>{@code x if x > 0 else weight * x}
     * <p>{@code weight}: Slope for x &lt;= 0 (a column works: a per-channel weight joined in). Default 0.25, allowed (-inf, inf).
     * <p>SQL: {@code prelu(x [, weight])}; see also {@code prelu_grad}.
     */
    public static Column prelu(Column x, Column weight) {
        return call_function("prelu", x, weight);
    }

    /**
     * Derivative of prelu with respect to x.
     *
     * <p>{@code 1 if x > 0 else weight}
     * <p>{@code weight}: Slope for x &lt;= 0 (a column works: a per-channel weight joined in). Default 0.25, allowed (-inf, inf).
     * <p>weight at x = 0. The derivative in the weight is prelu_weight_grad(x).
     * <p>SQL: {@code prelu_grad(x [, weight])}; see also {@code prelu}.
     */
    public static Column prelu_grad(Column x) {
        return call_function("prelu_grad", x);
    }

    /**
     * Derivative of prelu with respect to x.
     *
     * <p>{@code 1 if x > 0 else weight}
     * <p>{@code weight}: Slope for x &lt;= 0 (a column works: a per-channel weight joined in). Default 0.25, allowed (-inf, inf).
     * <p>weight at x = 0. The derivative in the weight is prelu_weight_grad(x).
     * <p>SQL: {@code prelu_grad(x [, weight])}; see also {@code prelu}.
     */
    public static Column prelu_grad(Column x, double weight) {
        return call_function("prelu_grad", x, lit(weight));
    }

    /**
     * Derivative of prelu with respect to x.
     *
     * <p>{@code 1 if x > 0 else weight}
     * <p>{@code weight}: Slope for x &lt;= 0 (a column works: a per-channel weight joined in). Default 0.25, allowed (-inf, inf).
     * <p>weight at x = 0. The derivative in the weight is prelu_weight_grad(x).
     * <p>SQL: {@code prelu_grad(x [, weight])}; see also {@code prelu}.
     */
    public static Column prelu_grad(Column x, Column weight) {
        return call_function("prelu_grad", x, weight);
    }

    /**
     * Derivative of prelu with respect to its weight.
     *
     * <p>{@code 0 if x > 0 else x}
     * <p>SQL: {@code prelu_weight_grad(x)}.
     */
    public static Column prelu_weight_grad(Column x) {
        return call_function("prelu_weight_grad", x);
    }

    /**
     * Replaces x by value where x &lt;= threshold.
     *
     * <p>{@code value if x <= threshold else x}
     * <p>{@code threshold}: Inputs at or below it are replaced. Required, allowed (-inf, inf).
     * <p>{@code value}: The replacement. Required, allowed (-inf, inf).
     * <p>SQL: {@code threshold(x, threshold, value)}; see also {@code threshold_grad}.
     */
    public static Column threshold(Column x, double threshold, double value) {
        return call_function("threshold", x, lit(threshold), lit(value));
    }

    /**
     * Replaces x by value where x &lt;= threshold.
     *
     * <p>{@code value if x <= threshold else x}
     * <p>{@code threshold}: Inputs at or below it are replaced. Required, allowed (-inf, inf).
     * <p>{@code value}: The replacement. Required, allowed (-inf, inf).
     * <p>SQL: {@code threshold(x, threshold, value)}; see also {@code threshold_grad}.
     */
    public static Column threshold(Column x, Column threshold, Column value) {
        return call_function("threshold", x, threshold, value);
    }

    /**
     * Derivative of threshold with respect to x.
     *
     * <p>{@code 0 if x <= threshold else 1}
     * <p>{@code threshold}: Inputs at or below it are replaced. Required, allowed (-inf, inf).
     * <p>{@code value}: The replacement. Required, allowed (-inf, inf).
     * <p>0 at x = threshold, as in PyTorch autograd.
     * <p>SQL: {@code threshold_grad(x, threshold, value)}; see also {@code threshold}.
     */
    public static Column threshold_grad(Column x, double threshold, double value) {
        return call_function("threshold_grad", x, lit(threshold), lit(value));
    }

    /**
     * Derivative of threshold with respect to x.
     *
     * <p>{@code 0 if x <= threshold else 1}
     * <p>{@code threshold}: Inputs at or below it are replaced. Required, allowed (-inf, inf).
     * <p>{@code value}: The replacement. Required, allowed (-inf, inf).
     * <p>0 at x = threshold, as in PyTorch autograd.
     * <p>SQL: {@code threshold_grad(x, threshold, value)}; see also {@code threshold}.
     */
    public static Column threshold_grad(Column x, Column threshold, Column value) {
        return call_function("threshold_grad", x, threshold, value);
    }

    /**
     * Randomized leaky ReLU: a random negative slope in training, the mean slope otherwise.
     *
     * <p>'false': {@code x if x >= 0 else x * (lower + upper) / 2}
     * <p>'true': {@code x if x >= 0 else x * U(lower, upper)}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>With training = true the function is nondeterministic, as rand(); the same seed in rrelu and rrelu_grad of one query draws the same slopes.
     * <p>SQL: {@code rrelu(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu_grad}.
     */
    public static Column rrelu(Column x) {
        return call_function("rrelu", x);
    }

    /**
     * Randomized leaky ReLU: a random negative slope in training, the mean slope otherwise.
     *
     * <p>'false': {@code x if x >= 0 else x * (lower + upper) / 2}
     * <p>'true': {@code x if x >= 0 else x * U(lower, upper)}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>With training = true the function is nondeterministic, as rand(); the same seed in rrelu and rrelu_grad of one query draws the same slopes.
     * <p>SQL: {@code rrelu(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu_grad}.
     */
    public static Column rrelu(Column x, double lower) {
        return call_function("rrelu", x, lit(lower));
    }

    /**
     * Randomized leaky ReLU: a random negative slope in training, the mean slope otherwise.
     *
     * <p>'false': {@code x if x >= 0 else x * (lower + upper) / 2}
     * <p>'true': {@code x if x >= 0 else x * U(lower, upper)}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>With training = true the function is nondeterministic, as rand(); the same seed in rrelu and rrelu_grad of one query draws the same slopes.
     * <p>SQL: {@code rrelu(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu_grad}.
     */
    public static Column rrelu(Column x, Column lower) {
        return call_function("rrelu", x, lower);
    }

    /**
     * Randomized leaky ReLU: a random negative slope in training, the mean slope otherwise.
     *
     * <p>'false': {@code x if x >= 0 else x * (lower + upper) / 2}
     * <p>'true': {@code x if x >= 0 else x * U(lower, upper)}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>With training = true the function is nondeterministic, as rand(); the same seed in rrelu and rrelu_grad of one query draws the same slopes.
     * <p>SQL: {@code rrelu(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu_grad}.
     */
    public static Column rrelu(Column x, double lower, double upper) {
        return call_function("rrelu", x, lit(lower), lit(upper));
    }

    /**
     * Randomized leaky ReLU: a random negative slope in training, the mean slope otherwise.
     *
     * <p>'false': {@code x if x >= 0 else x * (lower + upper) / 2}
     * <p>'true': {@code x if x >= 0 else x * U(lower, upper)}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>With training = true the function is nondeterministic, as rand(); the same seed in rrelu and rrelu_grad of one query draws the same slopes.
     * <p>SQL: {@code rrelu(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu_grad}.
     */
    public static Column rrelu(Column x, Column lower, Column upper) {
        return call_function("rrelu", x, lower, upper);
    }

    /**
     * Randomized leaky ReLU: a random negative slope in training, the mean slope otherwise.
     *
     * <p>'false': {@code x if x >= 0 else x * (lower + upper) / 2}
     * <p>'true': {@code x if x >= 0 else x * U(lower, upper)}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>With training = true the function is nondeterministic, as rand(); the same seed in rrelu and rrelu_grad of one query draws the same slopes.
     * <p>SQL: {@code rrelu(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu_grad}.
     */
    public static Column rrelu(Column x, double lower, double upper, boolean training) {
        return call_function("rrelu", x, lit(lower), lit(upper), lit(training));
    }

    /**
     * Randomized leaky ReLU: a random negative slope in training, the mean slope otherwise.
     *
     * <p>'false': {@code x if x >= 0 else x * (lower + upper) / 2}
     * <p>'true': {@code x if x >= 0 else x * U(lower, upper)}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>With training = true the function is nondeterministic, as rand(); the same seed in rrelu and rrelu_grad of one query draws the same slopes.
     * <p>SQL: {@code rrelu(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu_grad}.
     */
    public static Column rrelu(Column x, double lower, double upper, boolean training, long seed) {
        return call_function("rrelu", x, lit(lower), lit(upper), lit(training), lit(seed));
    }

    /**
     * Derivative of rrelu with respect to x.
     *
     * <p>'false': {@code 1 if x > 0 else (lower + upper) / 2}
     * <p>'true': {@code 1 if x > 0 else the drawn slope}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>The slope at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code rrelu_grad(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu}.
     */
    public static Column rrelu_grad(Column x) {
        return call_function("rrelu_grad", x);
    }

    /**
     * Derivative of rrelu with respect to x.
     *
     * <p>'false': {@code 1 if x > 0 else (lower + upper) / 2}
     * <p>'true': {@code 1 if x > 0 else the drawn slope}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>The slope at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code rrelu_grad(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu}.
     */
    public static Column rrelu_grad(Column x, double lower) {
        return call_function("rrelu_grad", x, lit(lower));
    }

    /**
     * Derivative of rrelu with respect to x.
     *
     * <p>'false': {@code 1 if x > 0 else (lower + upper) / 2}
     * <p>'true': {@code 1 if x > 0 else the drawn slope}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>The slope at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code rrelu_grad(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu}.
     */
    public static Column rrelu_grad(Column x, Column lower) {
        return call_function("rrelu_grad", x, lower);
    }

    /**
     * Derivative of rrelu with respect to x.
     *
     * <p>'false': {@code 1 if x > 0 else (lower + upper) / 2}
     * <p>'true': {@code 1 if x > 0 else the drawn slope}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>The slope at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code rrelu_grad(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu}.
     */
    public static Column rrelu_grad(Column x, double lower, double upper) {
        return call_function("rrelu_grad", x, lit(lower), lit(upper));
    }

    /**
     * Derivative of rrelu with respect to x.
     *
     * <p>'false': {@code 1 if x > 0 else (lower + upper) / 2}
     * <p>'true': {@code 1 if x > 0 else the drawn slope}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>The slope at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code rrelu_grad(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu}.
     */
    public static Column rrelu_grad(Column x, Column lower, Column upper) {
        return call_function("rrelu_grad", x, lower, upper);
    }

    /**
     * Derivative of rrelu with respect to x.
     *
     * <p>'false': {@code 1 if x > 0 else (lower + upper) / 2}
     * <p>'true': {@code 1 if x > 0 else the drawn slope}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>The slope at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code rrelu_grad(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu}.
     */
    public static Column rrelu_grad(Column x, double lower, double upper, boolean training) {
        return call_function("rrelu_grad", x, lit(lower), lit(upper), lit(training));
    }

    /**
     * Derivative of rrelu with respect to x.
     *
     * <p>'false': {@code 1 if x > 0 else (lower + upper) / 2}
     * <p>'true': {@code 1 if x > 0 else the drawn slope}
     * <p>{@code lower}: Least slope. Default 0.125, allowed (-inf, inf).
     * <p>{@code upper}: Greatest slope. Default 0.3333333333333333, allowed (-inf, inf).
     * <p>{@code training}: false for the mean slope (lower + upper) / 2; true for a slope drawn from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning; one of [false, true].
     * <p>The slope at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code rrelu_grad(x [, lower [, upper [, training [, seed]]]])}; see also {@code rrelu}.
     */
    public static Column rrelu_grad(Column x, double lower, double upper, boolean training, long seed) {
        return call_function("rrelu_grad", x, lit(lower), lit(upper), lit(training), lit(seed));
    }

    /**
     * Exponential linear unit.
     *
     * <p>{@code x if x > 0 else alpha * (exp(x) - 1)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code elu(x [, alpha])}; see also {@code elu_grad}.
     */
    public static Column elu(Column x) {
        return call_function("elu", x);
    }

    /**
     * Exponential linear unit.
     *
     * <p>{@code x if x > 0 else alpha * (exp(x) - 1)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code elu(x [, alpha])}; see also {@code elu_grad}.
     */
    public static Column elu(Column x, double alpha) {
        return call_function("elu", x, lit(alpha));
    }

    /**
     * Exponential linear unit.
     *
     * <p>{@code x if x > 0 else alpha * (exp(x) - 1)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code elu(x [, alpha])}; see also {@code elu_grad}.
     */
    public static Column elu(Column x, Column alpha) {
        return call_function("elu", x, alpha);
    }

    /**
     * Derivative of elu with respect to x.
     *
     * <p>{@code 1 if x > 0 else alpha * exp(x)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (-inf, inf).
     * <p>alpha at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code elu_grad(x [, alpha])}; see also {@code elu}.
     */
    public static Column elu_grad(Column x) {
        return call_function("elu_grad", x);
    }

    /**
     * Derivative of elu with respect to x.
     *
     * <p>{@code 1 if x > 0 else alpha * exp(x)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (-inf, inf).
     * <p>alpha at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code elu_grad(x [, alpha])}; see also {@code elu}.
     */
    public static Column elu_grad(Column x, double alpha) {
        return call_function("elu_grad", x, lit(alpha));
    }

    /**
     * Derivative of elu with respect to x.
     *
     * <p>{@code 1 if x > 0 else alpha * exp(x)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (-inf, inf).
     * <p>alpha at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code elu_grad(x [, alpha])}; see also {@code elu}.
     */
    public static Column elu_grad(Column x, Column alpha) {
        return call_function("elu_grad", x, alpha);
    }

    /**
     * Scaled ELU with the self-normalising constants of Klambauer et al.
     *
     * <p>{@code scale * (x if x > 0 else alpha * (exp(x) - 1)), alpha = 1.6732632423543772848170429916717, scale = 1.0507009873554804934193349852946}
     * <p>SQL: {@code selu(x)}; see also {@code selu_grad}.
     */
    public static Column selu(Column x) {
        return call_function("selu", x);
    }

    /**
     * Derivative of selu with respect to x.
     *
     * <p>{@code scale if x > 0 else scale * alpha * exp(x)}
     * <p>scale * alpha at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code selu_grad(x)}; see also {@code selu}.
     */
    public static Column selu_grad(Column x) {
        return call_function("selu_grad", x);
    }

    /**
     * Continuously differentiable ELU.
     *
     * <p>{@code x if x > 0 else alpha * (exp(x / alpha) - 1)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (0.0, inf).
     * <p>PyTorch also accepts a negative alpha; here alpha must be positive.
     * <p>SQL: {@code celu(x [, alpha])}; see also {@code celu_grad}.
     */
    public static Column celu(Column x) {
        return call_function("celu", x);
    }

    /**
     * Continuously differentiable ELU.
     *
     * <p>{@code x if x > 0 else alpha * (exp(x / alpha) - 1)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (0.0, inf).
     * <p>PyTorch also accepts a negative alpha; here alpha must be positive.
     * <p>SQL: {@code celu(x [, alpha])}; see also {@code celu_grad}.
     */
    public static Column celu(Column x, double alpha) {
        return call_function("celu", x, lit(alpha));
    }

    /**
     * Continuously differentiable ELU.
     *
     * <p>{@code x if x > 0 else alpha * (exp(x / alpha) - 1)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (0.0, inf).
     * <p>PyTorch also accepts a negative alpha; here alpha must be positive.
     * <p>SQL: {@code celu(x [, alpha])}; see also {@code celu_grad}.
     */
    public static Column celu(Column x, Column alpha) {
        return call_function("celu", x, alpha);
    }

    /**
     * Derivative of celu with respect to x.
     *
     * <p>{@code 1 if x > 0 else exp(x / alpha)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (0.0, inf).
     * <p>1 at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code celu_grad(x [, alpha])}; see also {@code celu}.
     */
    public static Column celu_grad(Column x) {
        return call_function("celu_grad", x);
    }

    /**
     * Derivative of celu with respect to x.
     *
     * <p>{@code 1 if x > 0 else exp(x / alpha)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (0.0, inf).
     * <p>1 at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code celu_grad(x [, alpha])}; see also {@code celu}.
     */
    public static Column celu_grad(Column x, double alpha) {
        return call_function("celu_grad", x, lit(alpha));
    }

    /**
     * Derivative of celu with respect to x.
     *
     * <p>{@code 1 if x > 0 else exp(x / alpha)}
     * <p>{@code alpha}: Scale of the negative part. Default 1.0, allowed (0.0, inf).
     * <p>1 at x = 0, as in PyTorch autograd.
     * <p>SQL: {@code celu_grad(x [, alpha])}; see also {@code celu}.
     */
    public static Column celu_grad(Column x, Column alpha) {
        return call_function("celu_grad", x, alpha);
    }

    /**
     * Gaussian error linear unit: x weighted by the standard normal CDF Phi(x).
     *
     * <p>'none': {@code x * Phi(x) = 0.5 * x * erfc(-x / sqrt(2))}
     * <p>'tanh': {@code 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))}
     * <p>{@code approximate}: 'none' for the exact erf form, 'tanh' for the tanh approximation; one of [none, tanh].
     * <p>Exact in the left tail (no 1 + erf cancellation). gelu(-inf) = 0, gelu(+inf) = +inf.
     * <p>SQL: {@code gelu(x [, approximate])}; see also {@code gelu_grad}.
     */
    public static Column gelu(Column x) {
        return call_function("gelu", x);
    }

    /**
     * Gaussian error linear unit: x weighted by the standard normal CDF Phi(x).
     *
     * <p>'none': {@code x * Phi(x) = 0.5 * x * erfc(-x / sqrt(2))}
     * <p>'tanh': {@code 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))}
     * <p>{@code approximate}: 'none' for the exact erf form, 'tanh' for the tanh approximation; one of [none, tanh].
     * <p>Exact in the left tail (no 1 + erf cancellation). gelu(-inf) = 0, gelu(+inf) = +inf.
     * <p>SQL: {@code gelu(x [, approximate])}; see also {@code gelu_grad}.
     */
    public static Column gelu(Column x, String approximate) {
        return call_function("gelu", x, lit(approximate));
    }

    /**
     * Derivative of gelu with respect to x.
     *
     * <p>'none': {@code Phi(x) + x * phi(x), phi the standard normal density}
     * <p>'tanh': {@code sigmoid(2u) + x * sigmoid'(2u) * 2u', u = sqrt(2 / pi) * (x + 0.044715 * x^3)}
     * <p>{@code approximate}: 'none' for the exact erf form, 'tanh' for the tanh approximation; one of [none, tanh].
     * <p>SQL: {@code gelu_grad(x [, approximate])}; see also {@code gelu}.
     */
    public static Column gelu_grad(Column x) {
        return call_function("gelu_grad", x);
    }

    /**
     * Derivative of gelu with respect to x.
     *
     * <p>'none': {@code Phi(x) + x * phi(x), phi the standard normal density}
     * <p>'tanh': {@code sigmoid(2u) + x * sigmoid'(2u) * 2u', u = sqrt(2 / pi) * (x + 0.044715 * x^3)}
     * <p>{@code approximate}: 'none' for the exact erf form, 'tanh' for the tanh approximation; one of [none, tanh].
     * <p>SQL: {@code gelu_grad(x [, approximate])}; see also {@code gelu}.
     */
    public static Column gelu_grad(Column x, String approximate) {
        return call_function("gelu_grad", x, lit(approximate));
    }

    /**
     * Sigmoid linear unit (swish with beta = 1).
     *
     * <p>{@code x * sigmoid(x)}
     * <p>silu(-inf) = 0.
     * <p>SQL: {@code silu(x)}; see also {@code silu_grad}.
     */
    public static Column silu(Column x) {
        return call_function("silu", x);
    }

    /**
     * Derivative of silu with respect to x.
     *
     * <p>{@code sigmoid(x) * (1 + x * sigmoid(-x))}
     * <p>SQL: {@code silu_grad(x)}; see also {@code silu}.
     */
    public static Column silu_grad(Column x) {
        return call_function("silu_grad", x);
    }

    /**
     * Swish: x weighted by sigmoid(beta * x).
     *
     * <p>{@code x * sigmoid(beta * x)}
     * <p>{@code beta}: Sharpness; beta = 1 is silu. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code swish(x [, beta])}; see also {@code swish_grad}.
     */
    public static Column swish(Column x) {
        return call_function("swish", x);
    }

    /**
     * Swish: x weighted by sigmoid(beta * x).
     *
     * <p>{@code x * sigmoid(beta * x)}
     * <p>{@code beta}: Sharpness; beta = 1 is silu. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code swish(x [, beta])}; see also {@code swish_grad}.
     */
    public static Column swish(Column x, double beta) {
        return call_function("swish", x, lit(beta));
    }

    /**
     * Swish: x weighted by sigmoid(beta * x).
     *
     * <p>{@code x * sigmoid(beta * x)}
     * <p>{@code beta}: Sharpness; beta = 1 is silu. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code swish(x [, beta])}; see also {@code swish_grad}.
     */
    public static Column swish(Column x, Column beta) {
        return call_function("swish", x, beta);
    }

    /**
     * Derivative of swish with respect to x.
     *
     * <p>{@code sigmoid(beta x) * (1 + beta x * sigmoid(-beta x))}
     * <p>{@code beta}: Sharpness; beta = 1 is silu. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code swish_grad(x [, beta])}; see also {@code swish}.
     */
    public static Column swish_grad(Column x) {
        return call_function("swish_grad", x);
    }

    /**
     * Derivative of swish with respect to x.
     *
     * <p>{@code sigmoid(beta x) * (1 + beta x * sigmoid(-beta x))}
     * <p>{@code beta}: Sharpness; beta = 1 is silu. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code swish_grad(x [, beta])}; see also {@code swish}.
     */
    public static Column swish_grad(Column x, double beta) {
        return call_function("swish_grad", x, lit(beta));
    }

    /**
     * Derivative of swish with respect to x.
     *
     * <p>{@code sigmoid(beta x) * (1 + beta x * sigmoid(-beta x))}
     * <p>{@code beta}: Sharpness; beta = 1 is silu. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code swish_grad(x [, beta])}; see also {@code swish}.
     */
    public static Column swish_grad(Column x, Column beta) {
        return call_function("swish_grad", x, beta);
    }

    /**
     * Mish: x weighted by tanh(softplus(x)).
     *
     * <p>{@code x * tanh(log(1 + exp(x)))}
     * <p>mish(-inf) = 0.
     * <p>SQL: {@code mish(x)}; see also {@code mish_grad}.
     */
    public static Column mish(Column x) {
        return call_function("mish", x);
    }

    /**
     * Derivative of mish with respect to x.
     *
     * <p>{@code tanh(sp) + x * (1 - tanh(sp)^2) * sigmoid(x), sp = softplus(x)}
     * <p>SQL: {@code mish_grad(x)}; see also {@code mish}.
     */
    public static Column mish_grad(Column x) {
        return call_function("mish_grad", x);
    }

    /**
     * Piecewise-quadratic swish, as PyTorch's hardswish.
     *
     * <p>{@code x * relu6(x + 3) / 6}
     * <p>SQL: {@code hardswish(x)}; see also {@code hardswish_grad}.
     */
    public static Column hardswish(Column x) {
        return call_function("hardswish", x);
    }

    /**
     * Derivative of hardswish with respect to x.
     *
     * <p>{@code 0 if x < -3, 1 if x > 3, else (2x + 3) / 6}
     * <p>-0.5 at x = -3 and 1.5 at x = 3, as in PyTorch autograd.
     * <p>SQL: {@code hardswish_grad(x)}; see also {@code hardswish}.
     */
    public static Column hardswish_grad(Column x) {
        return call_function("hardswish_grad", x);
    }

    /**
     * Smooth ReLU, with PyTorch's switch to x where beta * x &gt; threshold.
     *
     * <p>{@code x if beta * x > threshold else log(1 + exp(beta * x)) / beta}
     * <p>{@code beta}: Sharpness. Default 1.0, allowed (-inf, inf) except 0.
     * <p>{@code threshold}: Above this beta * x, the result is x. Default 20.0, allowed (-inf, inf).
     * <p>SQL: {@code softplus(x [, beta [, threshold]])}; see also {@code softplus_grad}.
     */
    public static Column softplus(Column x) {
        return call_function("softplus", x);
    }

    /**
     * Smooth ReLU, with PyTorch's switch to x where beta * x &gt; threshold.
     *
     * <p>{@code x if beta * x > threshold else log(1 + exp(beta * x)) / beta}
     * <p>{@code beta}: Sharpness. Default 1.0, allowed (-inf, inf) except 0.
     * <p>{@code threshold}: Above this beta * x, the result is x. Default 20.0, allowed (-inf, inf).
     * <p>SQL: {@code softplus(x [, beta [, threshold]])}; see also {@code softplus_grad}.
     */
    public static Column softplus(Column x, double beta) {
        return call_function("softplus", x, lit(beta));
    }

    /**
     * Smooth ReLU, with PyTorch's switch to x where beta * x &gt; threshold.
     *
     * <p>{@code x if beta * x > threshold else log(1 + exp(beta * x)) / beta}
     * <p>{@code beta}: Sharpness. Default 1.0, allowed (-inf, inf) except 0.
     * <p>{@code threshold}: Above this beta * x, the result is x. Default 20.0, allowed (-inf, inf).
     * <p>SQL: {@code softplus(x [, beta [, threshold]])}; see also {@code softplus_grad}.
     */
    public static Column softplus(Column x, Column beta) {
        return call_function("softplus", x, beta);
    }

    /**
     * Smooth ReLU, with PyTorch's switch to x where beta * x &gt; threshold.
     *
     * <p>{@code x if beta * x > threshold else log(1 + exp(beta * x)) / beta}
     * <p>{@code beta}: Sharpness. Default 1.0, allowed (-inf, inf) except 0.
     * <p>{@code threshold}: Above this beta * x, the result is x. Default 20.0, allowed (-inf, inf).
     * <p>SQL: {@code softplus(x [, beta [, threshold]])}; see also {@code softplus_grad}.
     */
    public static Column softplus(Column x, double beta, double threshold) {
        return call_function("softplus", x, lit(beta), lit(threshold));
    }

    /**
     * Smooth ReLU, with PyTorch's switch to x where beta * x &gt; threshold.
     *
     * <p>{@code x if beta * x > threshold else log(1 + exp(beta * x)) / beta}
     * <p>{@code beta}: Sharpness. Default 1.0, allowed (-inf, inf) except 0.
     * <p>{@code threshold}: Above this beta * x, the result is x. Default 20.0, allowed (-inf, inf).
     * <p>SQL: {@code softplus(x [, beta [, threshold]])}; see also {@code softplus_grad}.
     */
    public static Column softplus(Column x, Column beta, Column threshold) {
        return call_function("softplus", x, beta, threshold);
    }

    /**
     * Derivative of softplus with respect to x.
     *
     * <p>{@code 1 if beta * x > threshold else sigmoid(beta * x)}
     * <p>{@code beta}: Sharpness. Default 1.0, allowed (-inf, inf) except 0.
     * <p>{@code threshold}: Above this beta * x, the result is x. Default 20.0, allowed (-inf, inf).
     * <p>SQL: {@code softplus_grad(x [, beta [, threshold]])}; see also {@code softplus}.
     */
    public static Column softplus_grad(Column x) {
        return call_function("softplus_grad", x);
    }

    /**
     * Derivative of softplus with respect to x.
     *
     * <p>{@code 1 if beta * x > threshold else sigmoid(beta * x)}
     * <p>{@code beta}: Sharpness. Default 1.0, allowed (-inf, inf) except 0.
     * <p>{@code threshold}: Above this beta * x, the result is x. Default 20.0, allowed (-inf, inf).
     * <p>SQL: {@code softplus_grad(x [, beta [, threshold]])}; see also {@code softplus}.
     */
    public static Column softplus_grad(Column x, double beta) {
        return call_function("softplus_grad", x, lit(beta));
    }

    /**
     * Derivative of softplus with respect to x.
     *
     * <p>{@code 1 if beta * x > threshold else sigmoid(beta * x)}
     * <p>{@code beta}: Sharpness. Default 1.0, allowed (-inf, inf) except 0.
     * <p>{@code threshold}: Above this beta * x, the result is x. Default 20.0, allowed (-inf, inf).
     * <p>SQL: {@code softplus_grad(x [, beta [, threshold]])}; see also {@code softplus}.
     */
    public static Column softplus_grad(Column x, Column beta) {
        return call_function("softplus_grad", x, beta);
    }

    /**
     * Derivative of softplus with respect to x.
     *
     * <p>{@code 1 if beta * x > threshold else sigmoid(beta * x)}
     * <p>{@code beta}: Sharpness. Default 1.0, allowed (-inf, inf) except 0.
     * <p>{@code threshold}: Above this beta * x, the result is x. Default 20.0, allowed (-inf, inf).
     * <p>SQL: {@code softplus_grad(x [, beta [, threshold]])}; see also {@code softplus}.
     */
    public static Column softplus_grad(Column x, double beta, double threshold) {
        return call_function("softplus_grad", x, lit(beta), lit(threshold));
    }

    /**
     * Derivative of softplus with respect to x.
     *
     * <p>{@code 1 if beta * x > threshold else sigmoid(beta * x)}
     * <p>{@code beta}: Sharpness. Default 1.0, allowed (-inf, inf) except 0.
     * <p>{@code threshold}: Above this beta * x, the result is x. Default 20.0, allowed (-inf, inf).
     * <p>SQL: {@code softplus_grad(x [, beta [, threshold]])}; see also {@code softplus}.
     */
    public static Column softplus_grad(Column x, Column beta, Column threshold) {
        return call_function("softplus_grad", x, beta, threshold);
    }

    /**
     * Softsign: x / (1 + |x|), into (-1, 1).
     *
     * <p>{@code x / (1 + |x|)}
     * <p>softsign(+-inf) = +-1.
     * <p>SQL: {@code softsign(x)}; see also {@code softsign_grad}.
     */
    public static Column softsign(Column x) {
        return call_function("softsign", x);
    }

    /**
     * Derivative of softsign with respect to x.
     *
     * <p>{@code 1 / (1 + |x|)^2}
     * <p>SQL: {@code softsign_grad(x)}; see also {@code softsign}.
     */
    public static Column softsign_grad(Column x) {
        return call_function("softsign_grad", x);
    }

    /**
     * Squareplus (JAX): a smooth ReLU with algebraic tails.
     *
     * <p>{@code (x + sqrt(x^2 + b)) / 2}
     * <p>{@code b}: Curvature at 0; b = 0 is relu. Default 4.0, allowed [0.0, inf).
     * <p>SQL: {@code squareplus(x [, b])}; see also {@code squareplus_grad}.
     */
    public static Column squareplus(Column x) {
        return call_function("squareplus", x);
    }

    /**
     * Squareplus (JAX): a smooth ReLU with algebraic tails.
     *
     * <p>{@code (x + sqrt(x^2 + b)) / 2}
     * <p>{@code b}: Curvature at 0; b = 0 is relu. Default 4.0, allowed [0.0, inf).
     * <p>SQL: {@code squareplus(x [, b])}; see also {@code squareplus_grad}.
     */
    public static Column squareplus(Column x, double b) {
        return call_function("squareplus", x, lit(b));
    }

    /**
     * Squareplus (JAX): a smooth ReLU with algebraic tails.
     *
     * <p>{@code (x + sqrt(x^2 + b)) / 2}
     * <p>{@code b}: Curvature at 0; b = 0 is relu. Default 4.0, allowed [0.0, inf).
     * <p>SQL: {@code squareplus(x [, b])}; see also {@code squareplus_grad}.
     */
    public static Column squareplus(Column x, Column b) {
        return call_function("squareplus", x, b);
    }

    /**
     * Derivative of squareplus with respect to x.
     *
     * <p>{@code (1 + x / sqrt(x^2 + b)) / 2}
     * <p>{@code b}: Curvature at 0; b = 0 is relu. Default 4.0, allowed [0.0, inf).
     * <p>0.5 at x = 0 when b = 0.
     * <p>SQL: {@code squareplus_grad(x [, b])}; see also {@code squareplus}.
     */
    public static Column squareplus_grad(Column x) {
        return call_function("squareplus_grad", x);
    }

    /**
     * Derivative of squareplus with respect to x.
     *
     * <p>{@code (1 + x / sqrt(x^2 + b)) / 2}
     * <p>{@code b}: Curvature at 0; b = 0 is relu. Default 4.0, allowed [0.0, inf).
     * <p>0.5 at x = 0 when b = 0.
     * <p>SQL: {@code squareplus_grad(x [, b])}; see also {@code squareplus}.
     */
    public static Column squareplus_grad(Column x, double b) {
        return call_function("squareplus_grad", x, lit(b));
    }

    /**
     * Derivative of squareplus with respect to x.
     *
     * <p>{@code (1 + x / sqrt(x^2 + b)) / 2}
     * <p>{@code b}: Curvature at 0; b = 0 is relu. Default 4.0, allowed [0.0, inf).
     * <p>0.5 at x = 0 when b = 0.
     * <p>SQL: {@code squareplus_grad(x [, b])}; see also {@code squareplus}.
     */
    public static Column squareplus_grad(Column x, Column b) {
        return call_function("squareplus_grad", x, b);
    }

    /**
     * Clamps x to [min_val, max_val].
     *
     * <p>{@code min(max(x, min_val), max_val)}
     * <p>{@code min_val}: Lower bound. Default -1.0, allowed (-inf, inf).
     * <p>{@code max_val}: Upper bound. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code hardtanh(x [, min_val [, max_val]])}; see also {@code hardtanh_grad}.
     */
    public static Column hardtanh(Column x) {
        return call_function("hardtanh", x);
    }

    /**
     * Clamps x to [min_val, max_val].
     *
     * <p>{@code min(max(x, min_val), max_val)}
     * <p>{@code min_val}: Lower bound. Default -1.0, allowed (-inf, inf).
     * <p>{@code max_val}: Upper bound. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code hardtanh(x [, min_val [, max_val]])}; see also {@code hardtanh_grad}.
     */
    public static Column hardtanh(Column x, double min_val) {
        return call_function("hardtanh", x, lit(min_val));
    }

    /**
     * Clamps x to [min_val, max_val].
     *
     * <p>{@code min(max(x, min_val), max_val)}
     * <p>{@code min_val}: Lower bound. Default -1.0, allowed (-inf, inf).
     * <p>{@code max_val}: Upper bound. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code hardtanh(x [, min_val [, max_val]])}; see also {@code hardtanh_grad}.
     */
    public static Column hardtanh(Column x, Column min_val) {
        return call_function("hardtanh", x, min_val);
    }

    /**
     * Clamps x to [min_val, max_val].
     *
     * <p>{@code min(max(x, min_val), max_val)}
     * <p>{@code min_val}: Lower bound. Default -1.0, allowed (-inf, inf).
     * <p>{@code max_val}: Upper bound. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code hardtanh(x [, min_val [, max_val]])}; see also {@code hardtanh_grad}.
     */
    public static Column hardtanh(Column x, double min_val, double max_val) {
        return call_function("hardtanh", x, lit(min_val), lit(max_val));
    }

    /**
     * Clamps x to [min_val, max_val].
     *
     * <p>{@code min(max(x, min_val), max_val)}
     * <p>{@code min_val}: Lower bound. Default -1.0, allowed (-inf, inf).
     * <p>{@code max_val}: Upper bound. Default 1.0, allowed (-inf, inf).
     * <p>SQL: {@code hardtanh(x [, min_val [, max_val]])}; see also {@code hardtanh_grad}.
     */
    public static Column hardtanh(Column x, Column min_val, Column max_val) {
        return call_function("hardtanh", x, min_val, max_val);
    }

    /**
     * Derivative of hardtanh with respect to x.
     *
     * <p>{@code 1 if min_val < x < max_val else 0}
     * <p>{@code min_val}: Lower bound. Default -1.0, allowed (-inf, inf).
     * <p>{@code max_val}: Upper bound. Default 1.0, allowed (-inf, inf).
     * <p>0 at the kinks, as in PyTorch autograd.
     * <p>SQL: {@code hardtanh_grad(x [, min_val [, max_val]])}; see also {@code hardtanh}.
     */
    public static Column hardtanh_grad(Column x) {
        return call_function("hardtanh_grad", x);
    }

    /**
     * Derivative of hardtanh with respect to x.
     *
     * <p>{@code 1 if min_val < x < max_val else 0}
     * <p>{@code min_val}: Lower bound. Default -1.0, allowed (-inf, inf).
     * <p>{@code max_val}: Upper bound. Default 1.0, allowed (-inf, inf).
     * <p>0 at the kinks, as in PyTorch autograd.
     * <p>SQL: {@code hardtanh_grad(x [, min_val [, max_val]])}; see also {@code hardtanh}.
     */
    public static Column hardtanh_grad(Column x, double min_val) {
        return call_function("hardtanh_grad", x, lit(min_val));
    }

    /**
     * Derivative of hardtanh with respect to x.
     *
     * <p>{@code 1 if min_val < x < max_val else 0}
     * <p>{@code min_val}: Lower bound. Default -1.0, allowed (-inf, inf).
     * <p>{@code max_val}: Upper bound. Default 1.0, allowed (-inf, inf).
     * <p>0 at the kinks, as in PyTorch autograd.
     * <p>SQL: {@code hardtanh_grad(x [, min_val [, max_val]])}; see also {@code hardtanh}.
     */
    public static Column hardtanh_grad(Column x, Column min_val) {
        return call_function("hardtanh_grad", x, min_val);
    }

    /**
     * Derivative of hardtanh with respect to x.
     *
     * <p>{@code 1 if min_val < x < max_val else 0}
     * <p>{@code min_val}: Lower bound. Default -1.0, allowed (-inf, inf).
     * <p>{@code max_val}: Upper bound. Default 1.0, allowed (-inf, inf).
     * <p>0 at the kinks, as in PyTorch autograd.
     * <p>SQL: {@code hardtanh_grad(x [, min_val [, max_val]])}; see also {@code hardtanh}.
     */
    public static Column hardtanh_grad(Column x, double min_val, double max_val) {
        return call_function("hardtanh_grad", x, lit(min_val), lit(max_val));
    }

    /**
     * Derivative of hardtanh with respect to x.
     *
     * <p>{@code 1 if min_val < x < max_val else 0}
     * <p>{@code min_val}: Lower bound. Default -1.0, allowed (-inf, inf).
     * <p>{@code max_val}: Upper bound. Default 1.0, allowed (-inf, inf).
     * <p>0 at the kinks, as in PyTorch autograd.
     * <p>SQL: {@code hardtanh_grad(x [, min_val [, max_val]])}; see also {@code hardtanh}.
     */
    public static Column hardtanh_grad(Column x, Column min_val, Column max_val) {
        return call_function("hardtanh_grad", x, min_val, max_val);
    }

    /**
     * Zeroes x in [-lambd, lambd].
     *
     * <p>{@code 0 if -lambd <= x <= lambd else x}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>SQL: {@code hardshrink(x [, lambd])}; see also {@code hardshrink_grad}.
     */
    public static Column hardshrink(Column x) {
        return call_function("hardshrink", x);
    }

    /**
     * Zeroes x in [-lambd, lambd].
     *
     * <p>{@code 0 if -lambd <= x <= lambd else x}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>SQL: {@code hardshrink(x [, lambd])}; see also {@code hardshrink_grad}.
     */
    public static Column hardshrink(Column x, double lambd) {
        return call_function("hardshrink", x, lit(lambd));
    }

    /**
     * Zeroes x in [-lambd, lambd].
     *
     * <p>{@code 0 if -lambd <= x <= lambd else x}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>SQL: {@code hardshrink(x [, lambd])}; see also {@code hardshrink_grad}.
     */
    public static Column hardshrink(Column x, Column lambd) {
        return call_function("hardshrink", x, lambd);
    }

    /**
     * Derivative of hardshrink with respect to x.
     *
     * <p>{@code 0 if -lambd <= x <= lambd else 1}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>0 at x = +-lambd, as in PyTorch autograd.
     * <p>SQL: {@code hardshrink_grad(x [, lambd])}; see also {@code hardshrink}.
     */
    public static Column hardshrink_grad(Column x) {
        return call_function("hardshrink_grad", x);
    }

    /**
     * Derivative of hardshrink with respect to x.
     *
     * <p>{@code 0 if -lambd <= x <= lambd else 1}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>0 at x = +-lambd, as in PyTorch autograd.
     * <p>SQL: {@code hardshrink_grad(x [, lambd])}; see also {@code hardshrink}.
     */
    public static Column hardshrink_grad(Column x, double lambd) {
        return call_function("hardshrink_grad", x, lit(lambd));
    }

    /**
     * Derivative of hardshrink with respect to x.
     *
     * <p>{@code 0 if -lambd <= x <= lambd else 1}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>0 at x = +-lambd, as in PyTorch autograd.
     * <p>SQL: {@code hardshrink_grad(x [, lambd])}; see also {@code hardshrink}.
     */
    public static Column hardshrink_grad(Column x, Column lambd) {
        return call_function("hardshrink_grad", x, lambd);
    }

    /**
     * Zeroes x in [-lambd, lambd] and moves the rest toward 0 by lambd.
     *
     * <p>{@code x - lambd if x > lambd, x + lambd if x < -lambd, else 0}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>SQL: {@code softshrink(x [, lambd])}; see also {@code softshrink_grad}.
     */
    public static Column softshrink(Column x) {
        return call_function("softshrink", x);
    }

    /**
     * Zeroes x in [-lambd, lambd] and moves the rest toward 0 by lambd.
     *
     * <p>{@code x - lambd if x > lambd, x + lambd if x < -lambd, else 0}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>SQL: {@code softshrink(x [, lambd])}; see also {@code softshrink_grad}.
     */
    public static Column softshrink(Column x, double lambd) {
        return call_function("softshrink", x, lit(lambd));
    }

    /**
     * Zeroes x in [-lambd, lambd] and moves the rest toward 0 by lambd.
     *
     * <p>{@code x - lambd if x > lambd, x + lambd if x < -lambd, else 0}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>SQL: {@code softshrink(x [, lambd])}; see also {@code softshrink_grad}.
     */
    public static Column softshrink(Column x, Column lambd) {
        return call_function("softshrink", x, lambd);
    }

    /**
     * Derivative of softshrink with respect to x.
     *
     * <p>{@code 0 if -lambd <= x <= lambd else 1}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>0 at x = +-lambd, as in PyTorch autograd.
     * <p>SQL: {@code softshrink_grad(x [, lambd])}; see also {@code softshrink}.
     */
    public static Column softshrink_grad(Column x) {
        return call_function("softshrink_grad", x);
    }

    /**
     * Derivative of softshrink with respect to x.
     *
     * <p>{@code 0 if -lambd <= x <= lambd else 1}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>0 at x = +-lambd, as in PyTorch autograd.
     * <p>SQL: {@code softshrink_grad(x [, lambd])}; see also {@code softshrink}.
     */
    public static Column softshrink_grad(Column x, double lambd) {
        return call_function("softshrink_grad", x, lit(lambd));
    }

    /**
     * Derivative of softshrink with respect to x.
     *
     * <p>{@code 0 if -lambd <= x <= lambd else 1}
     * <p>{@code lambd}: Half-width of the zeroed band. Default 0.5, allowed [0.0, inf).
     * <p>0 at x = +-lambd, as in PyTorch autograd.
     * <p>SQL: {@code softshrink_grad(x [, lambd])}; see also {@code softshrink}.
     */
    public static Column softshrink_grad(Column x, Column lambd) {
        return call_function("softshrink_grad", x, lambd);
    }

    /**
     * x minus tanh(x).
     *
     * <p>{@code x - tanh(x)}
     * <p>Exact near 0, where x and tanh(x) cancel.
     * <p>SQL: {@code tanhshrink(x)}; see also {@code tanhshrink_grad}.
     */
    public static Column tanhshrink(Column x) {
        return call_function("tanhshrink", x);
    }

    /**
     * Derivative of tanhshrink with respect to x.
     *
     * <p>{@code tanh(x)^2}
     * <p>SQL: {@code tanhshrink_grad(x)}; see also {@code tanhshrink}.
     */
    public static Column tanhshrink_grad(Column x) {
        return call_function("tanhshrink_grad", x);
    }

    /**
     * Binary cross-entropy with logits (PyTorch's binary_cross_entropy_with_logits), in nats.
     *
     * <p>{@code pos_weight * label * softplus(-x) + (1 - label) * softplus(x)}
     * <p>{@code label}: The target: 1 or 0, or a probability in between (a column, usually). Required, allowed [0.0, 1.0].
     * <p>{@code pos_weight}: Weight of the positive term. Default 1.0, allowed [0.0, inf).
     * <p>A label outside [0, 1] in some row fails the query under ANSI mode, else gives NULL.
     * <p>SQL: {@code sigmoid_loss(x, label [, pos_weight])}; see also {@code sigmoid_loss_grad}.
     */
    public static Column sigmoid_loss(Column x, double label) {
        return call_function("sigmoid_loss", x, lit(label));
    }

    /**
     * Binary cross-entropy with logits (PyTorch's binary_cross_entropy_with_logits), in nats.
     *
     * <p>{@code pos_weight * label * softplus(-x) + (1 - label) * softplus(x)}
     * <p>{@code label}: The target: 1 or 0, or a probability in between (a column, usually). Required, allowed [0.0, 1.0].
     * <p>{@code pos_weight}: Weight of the positive term. Default 1.0, allowed [0.0, inf).
     * <p>A label outside [0, 1] in some row fails the query under ANSI mode, else gives NULL.
     * <p>SQL: {@code sigmoid_loss(x, label [, pos_weight])}; see also {@code sigmoid_loss_grad}.
     */
    public static Column sigmoid_loss(Column x, Column label) {
        return call_function("sigmoid_loss", x, label);
    }

    /**
     * Binary cross-entropy with logits (PyTorch's binary_cross_entropy_with_logits), in nats.
     *
     * <p>{@code pos_weight * label * softplus(-x) + (1 - label) * softplus(x)}
     * <p>{@code label}: The target: 1 or 0, or a probability in between (a column, usually). Required, allowed [0.0, 1.0].
     * <p>{@code pos_weight}: Weight of the positive term. Default 1.0, allowed [0.0, inf).
     * <p>A label outside [0, 1] in some row fails the query under ANSI mode, else gives NULL.
     * <p>SQL: {@code sigmoid_loss(x, label [, pos_weight])}; see also {@code sigmoid_loss_grad}.
     */
    public static Column sigmoid_loss(Column x, double label, double pos_weight) {
        return call_function("sigmoid_loss", x, lit(label), lit(pos_weight));
    }

    /**
     * Binary cross-entropy with logits (PyTorch's binary_cross_entropy_with_logits), in nats.
     *
     * <p>{@code pos_weight * label * softplus(-x) + (1 - label) * softplus(x)}
     * <p>{@code label}: The target: 1 or 0, or a probability in between (a column, usually). Required, allowed [0.0, 1.0].
     * <p>{@code pos_weight}: Weight of the positive term. Default 1.0, allowed [0.0, inf).
     * <p>A label outside [0, 1] in some row fails the query under ANSI mode, else gives NULL.
     * <p>SQL: {@code sigmoid_loss(x, label [, pos_weight])}; see also {@code sigmoid_loss_grad}.
     */
    public static Column sigmoid_loss(Column x, Column label, Column pos_weight) {
        return call_function("sigmoid_loss", x, label, pos_weight);
    }

    /**
     * Derivative of sigmoid_loss with respect to x.
     *
     * <p>{@code (1 - label) * sigmoid(x) - pos_weight * label * sigmoid(-x)}
     * <p>{@code label}: The target: 1 or 0, or a probability in between (a column, usually). Required, allowed [0.0, 1.0].
     * <p>{@code pos_weight}: Weight of the positive term. Default 1.0, allowed [0.0, inf).
     * <p>SQL: {@code sigmoid_loss_grad(x, label [, pos_weight])}; see also {@code sigmoid_loss}.
     */
    public static Column sigmoid_loss_grad(Column x, double label) {
        return call_function("sigmoid_loss_grad", x, lit(label));
    }

    /**
     * Derivative of sigmoid_loss with respect to x.
     *
     * <p>{@code (1 - label) * sigmoid(x) - pos_weight * label * sigmoid(-x)}
     * <p>{@code label}: The target: 1 or 0, or a probability in between (a column, usually). Required, allowed [0.0, 1.0].
     * <p>{@code pos_weight}: Weight of the positive term. Default 1.0, allowed [0.0, inf).
     * <p>SQL: {@code sigmoid_loss_grad(x, label [, pos_weight])}; see also {@code sigmoid_loss}.
     */
    public static Column sigmoid_loss_grad(Column x, Column label) {
        return call_function("sigmoid_loss_grad", x, label);
    }

    /**
     * Derivative of sigmoid_loss with respect to x.
     *
     * <p>{@code (1 - label) * sigmoid(x) - pos_weight * label * sigmoid(-x)}
     * <p>{@code label}: The target: 1 or 0, or a probability in between (a column, usually). Required, allowed [0.0, 1.0].
     * <p>{@code pos_weight}: Weight of the positive term. Default 1.0, allowed [0.0, inf).
     * <p>SQL: {@code sigmoid_loss_grad(x, label [, pos_weight])}; see also {@code sigmoid_loss}.
     */
    public static Column sigmoid_loss_grad(Column x, double label, double pos_weight) {
        return call_function("sigmoid_loss_grad", x, lit(label), lit(pos_weight));
    }

    /**
     * Derivative of sigmoid_loss with respect to x.
     *
     * <p>{@code (1 - label) * sigmoid(x) - pos_weight * label * sigmoid(-x)}
     * <p>{@code label}: The target: 1 or 0, or a probability in between (a column, usually). Required, allowed [0.0, 1.0].
     * <p>{@code pos_weight}: Weight of the positive term. Default 1.0, allowed [0.0, inf).
     * <p>SQL: {@code sigmoid_loss_grad(x, label [, pos_weight])}; see also {@code sigmoid_loss}.
     */
    public static Column sigmoid_loss_grad(Column x, Column label, Column pos_weight) {
        return call_function("sigmoid_loss_grad", x, label, pos_weight);
    }

    /**
     * Derivative of tanh with respect to x.
     *
     * <p>{@code 1 - tanh(x)^2 = 4 * sigmoid'(2x)}
     * <p>SQL: {@code tanh_grad(x)}; see also {@code tanh}.
     */
    public static Column tanh_grad(Column x) {
        return call_function("tanh_grad", x);
    }

    /**
     * Probabilities from logits: over a row's array, or over the rows of a window or group.
     *
     * <p>{@code softmax(logits)} -&gt; array&lt;double&gt;: {@code exp(x_i / T) / sum_j exp(x_j / T)}
     * <p>{@code softmax(x) OVER (PARTITION BY ...)} -&gt; double: {@code exp(x - log_sum_exp(x) OVER the same window)}
     * <p>+inf logits share the probability; all -inf or any NaN gives NaN; a NULL element gives NULL. Bare softmax(x) in GROUP BY is an error: use OVER (PARTITION BY ...) or softmax(x, key).
     */
    public static Column softmax(Column logits) {
        return call_function("softmax", logits);
    }

    /**
     * Probabilities from logits: over a row's array, or over the rows of a window or group.
     *
     * <p>{@code softmax(logits, temperature)} -&gt; array&lt;double&gt;: {@code exp(x_i / T) / sum_j exp(x_j / T)}
     * <p>+inf logits share the probability; all -inf or any NaN gives NaN; a NULL element gives NULL. Bare softmax(x) in GROUP BY is an error: use OVER (PARTITION BY ...) or softmax(x, key).
     */
    public static Column softmax(Column logits, double temperature) {
        return call_function("softmax", logits, lit(temperature));
    }

    /**
     * Probabilities from logits: over a row's array, or over the rows of a window or group.
     *
     * <p>{@code softmax(x, class_key)} -&gt; map&lt;key, double&gt;: {@code each key's softmax probability among the group's rows}
     * <p>+inf logits share the probability; all -inf or any NaN gives NaN; a NULL element gives NULL. Bare softmax(x) in GROUP BY is an error: use OVER (PARTITION BY ...) or softmax(x, key).
     */
    public static Column softmax(Column x, Column class_key) {
        return call_function("softmax", x, class_key);
    }

    /**
     * Log-probabilities from logits: over a row's array, or over a window's rows.
     *
     * <p>{@code log_softmax(logits)} -&gt; array&lt;double&gt;: {@code x_i / T - log_sum_exp(x / T)}
     * <p>{@code log_softmax(x) OVER (PARTITION BY ...)} -&gt; double: {@code x - log_sum_exp(x) OVER the same window}
     */
    public static Column log_softmax(Column logits) {
        return call_function("log_softmax", logits);
    }

    /**
     * Log-probabilities from logits: over a row's array, or over a window's rows.
     *
     * <p>{@code log_softmax(logits, temperature)} -&gt; array&lt;double&gt;: {@code x_i / T - log_sum_exp(x / T)}
     */
    public static Column log_softmax(Column logits, double temperature) {
        return call_function("log_softmax", logits, lit(temperature));
    }

    /**
     * Softmax of the negated logits: small values get the mass.
     *
     * <p>{@code softmin(logits)} -&gt; array&lt;double&gt;: {@code softmax(-x)}
     */
    public static Column softmin(Column logits) {
        return call_function("softmin", logits);
    }

    /**
     * log(sum(exp(x))) over a row's array, or a streaming aggregate over rows.
     *
     * <p>{@code log_sum_exp(logits)} -&gt; double: {@code m + log1p(sum_{i != argmax} exp(x_i - m)), m = max(x)}
     * <p>{@code log_sum_exp(x)} -&gt; double: {@code the same, one pass, O(1) memory, mergeable}
     * <p>Empty array: -inf (as PyTorch). Aggregate: NULL rows skipped, an all-NULL group gives NULL, a +inf row gives +inf.
     */
    public static Column log_sum_exp(Column logits) {
        return call_function("log_sum_exp", logits);
    }

    /**
     * Cross-entropy in nats (PyTorch's cross_entropy for one sample).
     *
     * <p>{@code softmax_loss(logits, label)} -&gt; double: {@code -log softmax(logits)[label]}
     * <p>{@code softmax_loss(logits, target_probs)} -&gt; double: {@code -sum_i t_i * log softmax(logits)_i}
     * <p>{@code softmax_loss(logit, target)} -&gt; double: {@code w * log_sum_exp(logit) - sum(t * logit), w = sum(t); one pass}
     * <p>label is a 0-based class index; out of range, it fails the query under ANSI mode and gives NULL otherwise. Aggregate: target BOOLEAN marks the true class, DOUBLE gives its probability; a group with no target row gives NULL (an error under ANSI mode).
     */
    public static Column softmax_loss(Column logits, Column label) {
        return call_function("softmax_loss", logits, label);
    }

    /**
     * Cross-entropy in nats (PyTorch's cross_entropy for one sample).
     *
     * <p>{@code softmax_loss(logits, label, label_smoothing)} -&gt; double: {@code (1 - eps) * (-log p[label]) + eps * mean_i(-log p_i)}
     * <p>label is a 0-based class index; out of range, it fails the query under ANSI mode and gives NULL otherwise. Aggregate: target BOOLEAN marks the true class, DOUBLE gives its probability; a group with no target row gives NULL (an error under ANSI mode).
     */
    public static Column softmax_loss(Column logits, Column label, double label_smoothing) {
        return call_function("softmax_loss", logits, label, lit(label_smoothing));
    }

    /**
     * Gradient of the cross-entropy in the logits: softmax(logits) - onehot(label).
     *
     * <p>{@code softmax_loss_grad(logits, label)} -&gt; array&lt;double&gt;: {@code softmax(logits) - onehot(label)}
     * <p>{@code softmax_loss_grad(logit, target) OVER (PARTITION BY ...)} -&gt; double: {@code p * sum(t) - t, p the row's softmax over the window}
     */
    public static Column softmax_loss_grad(Column logits, Column label) {
        return call_function("softmax_loss_grad", logits, label);
    }

    /**
     * Maxout: the maximum of each consecutive group of k values.
     *
     * <p>{@code maxout(values, k)} -&gt; array&lt;double&gt;: {@code [max(x_0 .. x_k-1), max(x_k .. x_2k-1), ...]}
     * <p>k must be a literal; a length that k does not divide fails under ANSI mode, else gives NULL.
     */
    public static Column maxout(Column values, int k) {
        return call_function("maxout", values, lit(k));
    }

    /**
     * Gated linear unit: the first half of the values gated by the sigmoid of the second.
     *
     * <p>{@code glu(values)} -&gt; array&lt;double&gt;: {@code a * sigmoid(b), [a, b] the halves}
     * <p>An odd length fails under ANSI mode, else gives NULL.
     */
    public static Column glu(Column values) {
        return call_function("glu", values);
    }

    /**
     * Sparse probabilities from logits: their Euclidean projection onto the probability simplex (Martins and Astudillo 2016).
     *
     * <p>{@code sparsemax(logits)} -&gt; array&lt;double&gt;: {@code max(x_i - tau, 0), tau such that the p sum to 1}
     * <p>Logits more than 1 below the largest get exactly 0; exact to half an ulp (rational arithmetic on the inputs). +inf logits share the probability; all -inf or any NaN gives NaN; a NULL element gives NULL.
     */
    public static Column sparsemax(Column logits) {
        return call_function("sparsemax", logits);
    }

    /**
     * The upstream gradient carried back through sparsemax: J^T v, J sparsemax's Jacobian in the logits.
     *
     * <p>{@code sparsemax_grad(logits, upstream)} -&gt; array&lt;double&gt;: {@code v_i - mean of v over the support of sparsemax(logits), 0 off it}
     * <p>Exact to about half an ulp (the mean's sum exact). Arrays of different lengths fail under ANSI mode, else give NULL; a NaN logit gives NaN.
     */
    public static Column sparsemax_grad(Column logits, Column upstream) {
        return call_function("sparsemax_grad", logits, upstream);
    }

    /**
     * Entropy in nats of the softmax distribution of the logits.
     *
     * <p>{@code softmax_entropy(logits)} -&gt; double: {@code -sum_i p_i log p_i = log S - sum_i exp(d_i) d_i / S, d = x - max(x), S = sum_i exp(d_i)}
     * <p>{@code softmax_entropy(x)} -&gt; double: {@code the same over the rows, one pass, O(1) memory, mergeable}
     * <p>Nothing cancels (both terms are positive). k logits of +inf give log k; an empty array, all -inf or a NaN gives NaN; a NULL element gives NULL. Aggregate: NULL rows skipped, an all-NULL group gives NULL.
     */
    public static Column softmax_entropy(Column logits) {
        return call_function("softmax_entropy", logits);
    }
}
