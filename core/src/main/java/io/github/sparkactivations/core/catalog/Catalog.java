package io.github.sparkactivations.core.catalog;

import static io.github.sparkactivations.core.catalog.VectorFunction.array;
import static io.github.sparkactivations.core.catalog.VectorFunction.column;
import static io.github.sparkactivations.core.catalog.VectorFunction.integer;
import static io.github.sparkactivations.core.catalog.VectorFunction.label;
import static io.github.sparkactivations.core.catalog.VectorFunction.literal;
import static io.github.sparkactivations.core.catalog.SimdForm.of;
import static io.github.sparkactivations.core.catalog.SimdForm.when;

import io.github.sparkactivations.core.arrays.ArrayForms;
import io.github.sparkactivations.core.kernels.Elu;
import io.github.sparkactivations.core.kernels.Gelu;
import io.github.sparkactivations.core.kernels.HardSigmoid;
import io.github.sparkactivations.core.kernels.HardSwish;
import io.github.sparkactivations.core.kernels.HardTanh;
import io.github.sparkactivations.core.kernels.LeakyRelu;
import io.github.sparkactivations.core.kernels.LogSigmoid;
import io.github.sparkactivations.core.kernels.Mish;
import io.github.sparkactivations.core.kernels.Prelu;
import io.github.sparkactivations.core.kernels.Relu6;
import io.github.sparkactivations.core.kernels.Relu;
import io.github.sparkactivations.core.kernels.Rrelu;
import io.github.sparkactivations.core.kernels.Shrink;
import io.github.sparkactivations.core.kernels.Sigmoid;
import io.github.sparkactivations.core.kernels.SigmoidLoss;
import io.github.sparkactivations.core.kernels.Softplus;
import io.github.sparkactivations.core.kernels.Softsign;
import io.github.sparkactivations.core.kernels.Squareplus;
import io.github.sparkactivations.core.kernels.Swish;
import io.github.sparkactivations.core.kernels.Tanh;
import io.github.sparkactivations.core.kernels.TanhShrink;
import io.github.sparkactivations.core.kernels.Threshold;
import io.github.sparkactivations.core.simd.SimdCeluGrad;
import io.github.sparkactivations.core.simd.SimdElu;
import io.github.sparkactivations.core.simd.SimdEluGrad;
import io.github.sparkactivations.core.simd.SimdGelu;
import io.github.sparkactivations.core.simd.SimdGeluGrad;
import io.github.sparkactivations.core.simd.SimdGeluTanh;
import io.github.sparkactivations.core.simd.SimdGeluTanhGrad;
import io.github.sparkactivations.core.simd.SimdLogSigmoid;
import io.github.sparkactivations.core.simd.SimdMish;
import io.github.sparkactivations.core.simd.SimdMishGrad;
import io.github.sparkactivations.core.simd.SimdPiecewise;
import io.github.sparkactivations.core.simd.SimdSelu;
import io.github.sparkactivations.core.simd.SimdSigmoid;
import io.github.sparkactivations.core.simd.SimdSigmoidGrad;
import io.github.sparkactivations.core.simd.SimdSilu;
import io.github.sparkactivations.core.simd.SimdSoftplus;
import io.github.sparkactivations.core.simd.SimdSoftplusBeta;
import io.github.sparkactivations.core.simd.SimdSoftplusGrad;
import io.github.sparkactivations.core.simd.SimdSwish;
import io.github.sparkactivations.core.simd.SimdSwishGrad;
import io.github.sparkactivations.core.simd.SimdTanhShrink;
import io.github.sparkactivations.core.simd.SimdTanhShrinkGrad;
import io.github.sparkactivations.core.softmax.WindowKernels;

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
            // Sigmoids
            Activation.named("sigmoid")
                    .describedAs("Logistic sigmoid: squashes x into (0, 1).")
                    .formula("1 / (1 + exp(-x))", Sigmoid::sigmoid,
                            "sigmoid(x) * sigmoid(-x)", Sigmoid::grad)
                    .simd(of(p -> SimdSigmoid::apply), of(p -> (in, i, out, o, n) -> SimdSigmoidGrad.apply(in, i, out, o, n, 1.0, 1.0)))
                    .note("Never overflows: exp is taken of -|x| only. sigmoid(-inf) = 0, sigmoid(+inf) = 1.")
                    .example("sigmoid(0.5)", "0.6224593312018546")
                    .derivativeExample("sigmoid_grad(0.5)", "0.2350037122015945")
                    .pytorch("torch.sigmoid(x)")
                    .build(),
            Activation.named("log_sigmoid")
                    .describedAs("Log of the logistic sigmoid, -softplus(-x): a smooth min(x, 0).")
                    .formula("log(1 / (1 + exp(-x))) = min(x, 0) - log1p(exp(-|x|))", LogSigmoid::value,
                            "sigmoid(-x)", LogSigmoid::grad)
                    // the derivative sigmoid(-x) is softplus_grad at beta -1, with a threshold only +inf passes (sigmoid(+inf) = 1)
                    .simd(of(p -> SimdLogSigmoid::apply),
                            of(p -> (in, i, out, o, n) -> SimdSoftplusGrad.apply(in, i, out, o, n, -1.0, Double.MAX_VALUE)))
                    .note("log_sigmoid(-inf) = -inf, log_sigmoid(+inf) = 0.")
                    .example("log_sigmoid(-1.0)", "-1.3132616875182228")
                    .derivativeExample("log_sigmoid_grad(-1.0)", "0.7310585786300049")
                    .pytorch("torch.nn.functional.logsigmoid(x)")
                    .build(),
            Activation.named("hard_sigmoid")
                    .describedAs("Piecewise-linear sigmoid, as PyTorch's hardsigmoid.")
                    .formula("relu6(x + 3) / 6", HardSigmoid::value,
                            "1/6 if -3 < x < 3 else 0", HardSigmoid::grad)
                    .simd(of(p -> SimdPiecewise::hardSigmoid), of(p -> SimdPiecewise::hardSigmoidGrad))
                    .derivativeNote("0 at the kinks x = -3 and x = 3, as in PyTorch autograd.")
                    .example("hard_sigmoid(1.0)", "0.6666666666666666")
                    .derivativeExample("hard_sigmoid_grad(1.0)", "0.16666666666666666")
                    .pytorch("torch.nn.functional.hardsigmoid(x)")
                    .build(),
            // Rectifiers
            Activation.named("relu")
                    .describedAs("Rectified linear unit: x for positive x, else 0.")
                    .formula("max(x, 0)", Relu::relu,
                            "1 if x > 0 else 0", Relu::grad)
                    .simd(of(p -> SimdPiecewise::relu), of(p -> SimdPiecewise::reluGrad))
                    .derivativeNote("relu_grad(0) = 0, as in PyTorch autograd.")
                    .example("relu(-1.5)", "0.0")
                    .derivativeExample("relu_grad(2.0)", "1.0")
                    .pytorch("torch.nn.functional.relu(x)")
                    .build(),
            Activation.named("relu6")
                    .describedAs("ReLU capped at 6.")
                    .formula("min(max(x, 0), 6)", Relu6::value,
                            "1 if 0 < x < 6 else 0", Relu6::grad)
                    .simd(of(p -> SimdPiecewise::relu6), of(p -> SimdPiecewise::relu6Grad))
                    .derivativeNote("0 at the kinks x = 0 and x = 6, as in PyTorch autograd.")
                    .example("relu6(7.5)", "6.0")
                    .derivativeExample("relu6_grad(3.0)", "1.0")
                    .pytorch("torch.nn.functional.relu6(x)")
                    .build(),
            Activation.named("leaky_relu")
                    .describedAs("ReLU with a small slope for negative x.")
                    .parameter("negative_slope", 0.01, Range.FINITE, "Slope for x <= 0.")
                    .formula("x if x > 0 else negative_slope * x", LeakyRelu::value,
                            "1 if x > 0 else negative_slope", LeakyRelu::grad)
                    .simd(of(p -> (in, i, out, o, n) -> SimdPiecewise.leakyRelu(in, i, out, o, n, p[0])),
                            of(p -> (in, i, out, o, n) -> SimdPiecewise.leakyReluGrad(in, i, out, o, n, p[0])))
                    .derivativeNote("negative_slope at x = 0, as in PyTorch autograd.")
                    .example("leaky_relu(-2.0)", "-0.02")
                    .example("leaky_relu(-2.0, 0.2)", "-0.4")
                    .derivativeExample("leaky_relu_grad(-2.0, 0.2)", "0.2")
                    .pytorch("torch.nn.functional.leaky_relu(x, negative_slope)")
                    .build(),
            Activation.named("prelu")
                    .describedAs("Parametric ReLU: the negative slope is a learned weight, which may be a column.")
                    .parameter("weight", 0.25, Range.FINITE, "Slope for x <= 0 (a column works: a per-channel weight joined in).")
                    .formula("x if x > 0 else weight * x", Prelu::value,
                            "1 if x > 0 else weight", Prelu::grad)
                    .simd(of(p -> (in, i, out, o, n) -> SimdPiecewise.leakyRelu(in, i, out, o, n, p[0])),
                            of(p -> (in, i, out, o, n) -> SimdPiecewise.leakyReluGrad(in, i, out, o, n, p[0])))
                    .derivativeNote("weight at x = 0. The derivative in the weight is prelu_weight_grad(x).")
                    .example("prelu(-2.0)", "-0.5")
                    .example("prelu(-2.0, 0.1)", "-0.2")
                    .derivativeExample("prelu_grad(-2.0, 0.1)", "0.1")
                    .pytorch("torch.nn.functional.prelu(x, weight)")
                    .build(),
            Activation.named("prelu_weight_grad")
                    .describedAs("Derivative of prelu with respect to its weight.")
                    .formulaOnly("0 if x > 0 else x", Prelu::weightGrad)
                    .example("prelu_weight_grad(-2.0)", "-2.0")
                    .pytorch("autograd of torch.nn.functional.prelu(x, weight) with respect to weight")
                    .build(),
            Activation.named("threshold")
                    .describedAs("Replaces x by value where x <= threshold.")
                    .requiredParameter("threshold", Range.FINITE, "Inputs at or below it are replaced.")
                    .requiredParameter("value", Range.FINITE, "The replacement.")
                    .formula("value if x <= threshold else x", Threshold::value,
                            "0 if x <= threshold else 1", Threshold::grad)
                    .simd(of(p -> (in, i, out, o, n) -> SimdPiecewise.threshold(in, i, out, o, n, p[0], p[1])),
                            of(p -> (in, i, out, o, n) -> SimdPiecewise.thresholdGrad(in, i, out, o, n, p[0])))
                    .derivativeNote("0 at x = threshold, as in PyTorch autograd.")
                    .example("threshold(0.5, 1.0, -1.0)", "-1.0")
                    .derivativeExample("threshold_grad(2.0, 1.0, -1.0)", "1.0")
                    .pytorch("torch.nn.functional.threshold(x, threshold, value)")
                    .build(),
            Activation.named("rrelu")
                    .describedAs("Randomized leaky ReLU: a random negative slope in training, the mean slope otherwise.")
                    .parameter("lower", 1.0 / 8, Range.FINITE, "Least slope.")
                    .parameter("upper", 1.0 / 3, Range.FINITE, "Greatest slope.")
                    .ordered("lower", "upper")
                    .flag("training", "false for the mean slope (lower + upper) / 2; true for a slope drawn"
                            + " from U(lower, upper) per row, like rand(seed): reproducible for a seed and partitioning")
                    .form("false", "x if x >= 0 else x * (lower + upper) / 2", Rrelu::inference,
                            "1 if x > 0 else (lower + upper) / 2", Rrelu::inferenceGrad)
                    .randomForm("true", "x if x >= 0 else x * U(lower, upper)", Rrelu::training,
                            "1 if x > 0 else the drawn slope", Rrelu::trainingGrad)
                    .derivativeNote("The slope at x = 0, as in PyTorch autograd.")
                    .note("With training = true the function is nondeterministic, as rand(); the same seed in"
                            + " rrelu and rrelu_grad of one query draws the same slopes.")
                    .example("rrelu(-1.0)", "-0.22916666666666666")
                    .example("rrelu(-1.0, 0.1, 0.3)", "-0.2")
                    .derivativeExample("rrelu_grad(-1.0, 0.1, 0.3)", "0.2")
                    .pytorch("torch.nn.functional.rrelu(x, lower, upper, training)")
                    .build(),
            // Exponential linear units
            Activation.named("elu")
                    .describedAs("Exponential linear unit.")
                    .parameter("alpha", 1.0, Range.FINITE, "Scale of the negative part.")
                    .formula("x if x > 0 else alpha * (exp(x) - 1)", Elu::elu,
                            "1 if x > 0 else alpha * exp(x)", Elu::eluGrad)
                    .simd(of(p -> (in, i, out, o, n) -> SimdElu.elu(in, i, out, o, n, p[0])),
                            of(p -> (in, i, out, o, n) -> SimdEluGrad.apply(in, i, out, o, n, 1.0, p[0], 0.0)))
                    .derivativeNote("alpha at x = 0, as in PyTorch autograd.")
                    .example("elu(-1.0)", "-0.6321205588285577")
                    .example("elu(-1.0, 0.5)", "-0.31606027941427883")
                    .derivativeExample("elu_grad(-1.0)", "0.36787944117144233")
                    .pytorch("torch.nn.functional.elu(x, alpha)")
                    .build(),
            Activation.named("selu")
                    .describedAs("Scaled ELU with the self-normalising constants of Klambauer et al.")
                    .formula("scale * (x if x > 0 else alpha * (exp(x) - 1)), alpha = 1.6732632423543772848170429916717,"
                                    + " scale = 1.0507009873554804934193349852946", Elu::selu,
                            "scale if x > 0 else scale * alpha * exp(x)", Elu::seluGrad)
                    .simd(of(p -> SimdSelu::apply), of(p -> (in, i, out, o, n) -> SimdEluGrad.apply(in, i, out, o, n,
                            Elu.SELU_SCALE, Elu.SELU_SCALE_ALPHA, Elu.SELU_SCALE_ALPHA_LO)))
                    .derivativeNote("scale * alpha at x = 0, as in PyTorch autograd.")
                    .example("selu(-1.0)", "-1.1113307378125628")
                    .derivativeExample("selu_grad(-1.0)", "0.6467686030348141")
                    .pytorch("torch.nn.functional.selu(x)")
                    .build(),
            Activation.named("celu")
                    .describedAs("Continuously differentiable ELU.")
                    .parameter("alpha", 1.0, Range.above(0), "Scale of the negative part.")
                    .formula("x if x > 0 else alpha * (exp(x / alpha) - 1)", Elu::celu,
                            "1 if x > 0 else exp(x / alpha)", Elu::celuGrad)
                    .simd(of(p -> (in, i, out, o, n) -> SimdElu.celu(in, i, out, o, n, p[0])),
                            when(p -> p[0] >= 0x1p-900, p -> (in, i, out, o, n) -> SimdCeluGrad.apply(in, i, out, o, n, p[0])))
                    .derivativeNote("1 at x = 0, as in PyTorch autograd.")
                    .note("PyTorch also accepts a negative alpha; here alpha must be positive.")
                    .example("celu(-1.0)", "-0.6321205588285577")
                    .example("celu(-1.0, 2.0)", "-0.7869386805747332")
                    .derivativeExample("celu_grad(-1.0, 2.0)", "0.6065306597126334")
                    .pytorch("torch.nn.functional.celu(x, alpha)")
                    .build(),
            // Gaussian and sigmoid-weighted units
            Activation.named("gelu")
                    .describedAs("Gaussian error linear unit: x weighted by the standard normal CDF Phi(x).")
                    .choice("approximate", "'none' for the exact erf form, 'tanh' for the tanh approximation",
                            "none", "tanh")
                    .form("none", "x * Phi(x) = 0.5 * x * erfc(-x / sqrt(2))", Gelu::exact,
                            "Phi(x) + x * phi(x), phi the standard normal density", Gelu::exactGrad)
                    .simd(of(p -> SimdGelu::apply), of(p -> SimdGeluGrad::apply))
                    .form("tanh", "0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))", Gelu::tanh,
                            "sigmoid(2u) + x * sigmoid'(2u) * 2u', u = sqrt(2 / pi) * (x + 0.044715 * x^3)",
                            Gelu::tanhGrad)
                    .simd(of(p -> SimdGeluTanh::apply), of(p -> SimdGeluTanhGrad::apply))
                    .note("Exact in the left tail (no 1 + erf cancellation). gelu(-inf) = 0, gelu(+inf) = +inf.")
                    .example("gelu(0.5)", "0.34573123063700656")
                    .example("gelu(0.5, 'tanh')", "0.34571400982514394")
                    .derivativeExample("gelu_grad(0.5)", "0.8674951246561629")
                    .derivativeExample("gelu_grad(3.0, 'tanh')", "1.0115841666309697")
                    .pytorch("torch.nn.functional.gelu(x, approximate)")
                    .build(),
            Activation.named("silu")
                    .describedAs("Sigmoid linear unit (swish with beta = 1).")
                    .formula("x * sigmoid(x)", Swish::silu,
                            "sigmoid(x) * (1 + x * sigmoid(-x))", Swish::siluGrad)
                    .simd(of(p -> SimdSilu::apply), of(p -> (in, i, out, o, n) -> SimdSwishGrad.apply(in, i, out, o, n, 1.0)))
                    .note("silu(-inf) = 0.")
                    .example("silu(1.0)", "0.7310585786300049")
                    .derivativeExample("silu_grad(1.0)", "0.9276705118714867")
                    .pytorch("torch.nn.functional.silu(x)")
                    .build(),
            Activation.named("swish")
                    .describedAs("Swish: x weighted by sigmoid(beta * x).")
                    .parameter("beta", 1.0, Range.FINITE, "Sharpness; beta = 1 is silu.")
                    .formula("x * sigmoid(beta * x)", Swish::swish,
                            "sigmoid(beta x) * (1 + beta x * sigmoid(-beta x))", Swish::swishGrad)
                    .simd(of(p -> (in, i, out, o, n) -> SimdSwish.apply(in, i, out, o, n, p[0])),
                            of(p -> (in, i, out, o, n) -> SimdSwishGrad.apply(in, i, out, o, n, p[0])))
                    .example("swish(1.0)", "0.7310585786300049")
                    .example("swish(1.0, 2.0)", "0.8807970779778824")
                    .derivativeExample("swish_grad(1.0, 2.0)", "1.0907842487848955")
                    .build(),
            Activation.named("mish")
                    .describedAs("Mish: x weighted by tanh(softplus(x)).")
                    .formula("x * tanh(log(1 + exp(x)))", Mish::value,
                            "tanh(sp) + x * (1 - tanh(sp)^2) * sigmoid(x), sp = softplus(x)", Mish::grad)
                    .simd(of(p -> SimdMish::apply), of(p -> SimdMishGrad::apply))
                    .note("mish(-inf) = 0.")
                    .example("mish(1.0)", "0.8650983882673103")
                    .derivativeExample("mish_grad(1.0)", "1.049036220099792")
                    .pytorch("torch.nn.functional.mish(x)")
                    .build(),
            Activation.named("hardswish")
                    .describedAs("Piecewise-quadratic swish, as PyTorch's hardswish.")
                    .formula("x * relu6(x + 3) / 6", HardSwish::value,
                            "0 if x < -3, 1 if x > 3, else (2x + 3) / 6", HardSwish::grad)
                    .simd(of(p -> SimdPiecewise::hardswish), of(p -> SimdPiecewise::hardswishGrad))
                    .derivativeNote("-0.5 at x = -3 and 1.5 at x = 3, as in PyTorch autograd.")
                    .example("hardswish(1.0)", "0.6666666666666666")
                    .derivativeExample("hardswish_grad(1.0)", "0.8333333333333334")
                    .pytorch("torch.nn.functional.hardswish(x)")
                    .build(),
            // Smooth rectifiers and squashers
            Activation.named("softplus")
                    .describedAs("Smooth ReLU, with PyTorch's switch to x where beta * x > threshold.")
                    .parameter("beta", 1.0, Range.NONZERO, "Sharpness.")
                    .parameter("threshold", 20.0, Range.FINITE, "Above this beta * x, the result is x.")
                    .formula("x if beta * x > threshold else log(1 + exp(beta * x)) / beta", Softplus::value,
                            "1 if beta * x > threshold else sigmoid(beta * x)", Softplus::grad)
                    // beta 1 without beta's double-double; any other beta whose ln2 / beta is finite
                    .simd(when(p -> Math.abs(p[0]) >= 0x1p-1000, p -> p[0] == 1
                                    ? (in, i, out, o, n) -> SimdSoftplus.apply(in, i, out, o, n, p[1])
                                    : (in, i, out, o, n) -> SimdSoftplusBeta.apply(in, i, out, o, n, p[0], p[1])),
                            of(p -> (in, i, out, o, n) -> SimdSoftplusGrad.apply(in, i, out, o, n, p[0], p[1])))
                    .example("softplus(1.0)", "1.3132616875182228")
                    .example("softplus(1.0, 2.0, 10.0)", "1.0634640055214863")
                    .derivativeExample("softplus_grad(1.0)", "0.7310585786300049")
                    .pytorch("torch.nn.functional.softplus(x, beta, threshold)")
                    .build(),
            Activation.named("softsign")
                    .describedAs("Softsign: x / (1 + |x|), into (-1, 1).")
                    .formula("x / (1 + |x|)", Softsign::value,
                            "1 / (1 + |x|)^2", Softsign::grad)
                    .note("softsign(+-inf) = +-1.")
                    .example("softsign(3.0)", "0.75")
                    .derivativeExample("softsign_grad(3.0)", "0.0625")
                    .pytorch("torch.nn.functional.softsign(x)")
                    .build(),
            Activation.named("squareplus")
                    .describedAs("Squareplus (JAX): a smooth ReLU with algebraic tails.")
                    .parameter("b", 4.0, Range.atLeast(0), "Curvature at 0; b = 0 is relu.")
                    .formula("(x + sqrt(x^2 + b)) / 2", Squareplus::value,
                            "(1 + x / sqrt(x^2 + b)) / 2", Squareplus::grad)
                    .derivativeNote("0.5 at x = 0 when b = 0.")
                    .example("squareplus(1.0)", "1.618033988749895")
                    .derivativeExample("squareplus_grad(1.0)", "0.7236067977499789")
                    .build(),
            // Clamps and shrinkage
            Activation.named("hardtanh")
                    .describedAs("Clamps x to [min_val, max_val].")
                    .parameter("min_val", -1.0, Range.FINITE, "Lower bound.")
                    .parameter("max_val", 1.0, Range.FINITE, "Upper bound.")
                    .ordered("min_val", "max_val")
                    .formula("min(max(x, min_val), max_val)", HardTanh::value,
                            "1 if min_val < x < max_val else 0", HardTanh::grad)
                    .simd(of(p -> (in, i, out, o, n) -> SimdPiecewise.hardtanh(in, i, out, o, n, p[0], p[1])),
                            of(p -> (in, i, out, o, n) -> SimdPiecewise.hardtanhGrad(in, i, out, o, n, p[0], p[1])))
                    .derivativeNote("0 at the kinks, as in PyTorch autograd.")
                    .example("hardtanh(2.5)", "1.0")
                    .example("hardtanh(2.5, -2.0, 2.0)", "2.0")
                    .derivativeExample("hardtanh_grad(0.5)", "1.0")
                    .pytorch("torch.nn.functional.hardtanh(x, min_val, max_val)")
                    .build(),
            Activation.named("hardshrink")
                    .describedAs("Zeroes x in [-lambd, lambd].")
                    .parameter("lambd", 0.5, Range.atLeast(0), "Half-width of the zeroed band.")
                    .formula("0 if -lambd <= x <= lambd else x", Shrink::hard,
                            "0 if -lambd <= x <= lambd else 1", Shrink::hardGrad)
                    .simd(of(p -> (in, i, out, o, n) -> SimdPiecewise.hardshrink(in, i, out, o, n, p[0])),
                            of(p -> (in, i, out, o, n) -> SimdPiecewise.shrinkGrad(in, i, out, o, n, p[0])))
                    .derivativeNote("0 at x = +-lambd, as in PyTorch autograd.")
                    .example("hardshrink(0.3)", "0.0")
                    .derivativeExample("hardshrink_grad(0.7)", "1.0")
                    .pytorch("torch.nn.functional.hardshrink(x, lambd)")
                    .build(),
            Activation.named("softshrink")
                    .describedAs("Zeroes x in [-lambd, lambd] and moves the rest toward 0 by lambd.")
                    .parameter("lambd", 0.5, Range.atLeast(0), "Half-width of the zeroed band.")
                    .formula("x - lambd if x > lambd, x + lambd if x < -lambd, else 0", Shrink::soft,
                            "0 if -lambd <= x <= lambd else 1", Shrink::softGrad)
                    .simd(of(p -> (in, i, out, o, n) -> SimdPiecewise.softshrink(in, i, out, o, n, p[0])),
                            of(p -> (in, i, out, o, n) -> SimdPiecewise.shrinkGrad(in, i, out, o, n, p[0])))
                    .derivativeNote("0 at x = +-lambd, as in PyTorch autograd.")
                    .example("softshrink(0.75)", "0.25")
                    .derivativeExample("softshrink_grad(0.75)", "1.0")
                    .pytorch("torch.nn.functional.softshrink(x, lambd)")
                    .build(),
            Activation.named("tanhshrink")
                    .describedAs("x minus tanh(x).")
                    .formula("x - tanh(x)", TanhShrink::value,
                            "tanh(x)^2", TanhShrink::grad)
                    .simd(of(p -> SimdTanhShrink::apply), of(p -> SimdTanhShrinkGrad::apply))
                    .note("Exact near 0, where x and tanh(x) cancel.")
                    .example("tanhshrink(0.5)", "0.03788284273999024")
                    .derivativeExample("tanhshrink_grad(0.5)", "0.2135522670340726")
                    .pytorch("torch.nn.functional.tanhshrink(x)")
                    .build(),
            // Losses of one logit
            Activation.named("sigmoid_loss")
                    .describedAs("Binary cross-entropy with logits (PyTorch's binary_cross_entropy_with_logits), in nats.")
                    .requiredParameter("label", new Range(0, true, 1, true, false),
                            "The target: 1 or 0, or a probability in between (a column, usually).")
                    .parameter("pos_weight", 1.0, Range.atLeast(0), "Weight of the positive term.")
                    .formula("pos_weight * label * softplus(-x) + (1 - label) * softplus(x)", SigmoidLoss::value,
                            "(1 - label) * sigmoid(x) - pos_weight * label * sigmoid(-x)", SigmoidLoss::grad)
                    .note("A label outside [0, 1] in some row fails the query under ANSI mode, else gives NULL.")
                    .example("sigmoid_loss(2.0, 1.0)", "0.1269280110429725")
                    .example("sigmoid_loss(2.0, 0.0, 3.0)", "2.1269280110429727")
                    .derivativeExample("sigmoid_loss_grad(2.0, 1.0)", "-0.11920292202211756")
                    .pytorch("torch.nn.functional.binary_cross_entropy_with_logits(x, label, reduction='none', pos_weight=pos_weight)")
                    .build(),
            Activation.named("tanh")
                    .describedAs("Hyperbolic tangent: Spark's own tanh, not shadowed; only its derivative is added.")
                    .formula("(exp(x) - exp(-x)) / (exp(x) + exp(-x))", Tanh::spark,
                            "1 - tanh(x)^2 = 4 * sigmoid'(2x)", Tanh::grad)
                    // 1 - tanh(x)^2 = 4 sigmoid'(2x): sigmoid_grad's loop with scales
                    .simd(null, of(p -> (in, i, out, o, n) -> SimdSigmoidGrad.apply(in, i, out, o, n, 2.0, 4.0)))
                    .builtIn()
                    .example("tanh(0.5)", "0.46211715726000974")
                    .derivativeExample("tanh_grad(0.5)", "0.7864477329659275")
                    .pytorch("torch.tanh(x)")
                    .build());

    private static final List<VectorFunction> VECTOR_FUNCTIONS = List.of(
            VectorFunction.named("softmax")
                    .describedAs("Probabilities from logits: over a row's array, or over the rows of a window or group.")
                    .array("exp(x_i / T) / sum_j exp(x_j / T)", ArrayForms::softmax, array("logits"))
                    .array("exp(x_i / T) / sum_j exp(x_j / T)", ArrayForms::softmaxAt, array("logits"),
                            literal("temperature", Range.NONZERO))
                    .window("exp(x - log_sum_exp(x) OVER the same window)", RowStates.LOG_SUM_EXP_PLAIN,
                            WindowKernels::softmax, column("x"))
                    .keyed("map<key, double>", "each key's softmax probability among the group's rows",
                            column("x"), column("class_key"))
                    .note("+inf logits share the probability; all -inf or any NaN gives NaN; a NULL element gives"
                            + " NULL. Bare softmax(x) in GROUP BY is an error: use OVER (PARTITION BY ...) or"
                            + " softmax(x, key).")
                    .example("softmax(array(1.0, 2.0, 3.0))",
                            "[0.09003057317038046, 0.24472847105479767, 0.6652409557748218]")
                    .example("softmax(x) OVER (PARTITION BY g) AS p"
                            + " FROM VALUES (1, 1.0), (1, 2.0), (2, 5.0) t(g, x) ORDER BY p LIMIT 1", "0.2689414213699951")
                    .example("softmax(x, cls) FROM VALUES (1.0, 'cat'), (2.0, 'dog') t(x, cls)",
                            "{cat -> 0.2689414213699951, dog -> 0.7310585786300049}")
                    .pytorch("torch.nn.functional.softmax(x / temperature, dim=-1)")
                    .build(),
            VectorFunction.named("log_softmax")
                    .describedAs("Log-probabilities from logits: over a row's array, or over a window's rows.")
                    .array("x_i / T - log_sum_exp(x / T)", ArrayForms::logSoftmax, array("logits"))
                    .array("x_i / T - log_sum_exp(x / T)", ArrayForms::logSoftmaxAt, array("logits"),
                            literal("temperature", Range.NONZERO))
                    .window("x - log_sum_exp(x) OVER the same window", RowStates.LOG_SUM_EXP_PLAIN,
                            WindowKernels::logSoftmax, column("x"))
                    .example("log_softmax(array(1.0, 2.0, 3.0))",
                            "[-2.40760596444438, -1.4076059644443804, -0.4076059644443803]")
                    .pytorch("torch.nn.functional.log_softmax(x / temperature, dim=-1)")
                    .build(),
            VectorFunction.named("softmin")
                    .describedAs("Softmax of the negated logits: small values get the mass.")
                    .array("softmax(-x)", ArrayForms::softmin, array("logits"))
                    .example("softmin(array(1.0, 2.0, 3.0))",
                            "[0.6652409557748218, 0.24472847105479767, 0.09003057317038046]")
                    .pytorch("torch.nn.functional.softmin(x, dim=-1)")
                    .build(),
            VectorFunction.named("log_sum_exp")
                    .describedAs("log(sum(exp(x))) over a row's array, or a streaming aggregate over rows.")
                    .array("m + log1p(sum_{i != argmax} exp(x_i - m)), m = max(x)", ArrayForms::logSumExp,
                            array("logits"))
                    .aggregate("the same, one pass, O(1) memory, mergeable", RowStates.LOG_SUM_EXP, column("x"))
                    .note("Empty array: -inf (as PyTorch). Aggregate: NULL rows skipped, an all-NULL group gives"
                            + " NULL, a +inf row gives +inf.")
                    .example("log_sum_exp(array(1.0, 2.0, 3.0))", "3.40760596444438")
                    .example("log_sum_exp(x) FROM VALUES (1.0), (2.0), (3.0) t(x)", "3.40760596444438")
                    .pytorch("torch.logsumexp(x, dim=-1)")
                    .build(),
            VectorFunction.named("softmax_loss")
                    .describedAs("Cross-entropy in nats (PyTorch's cross_entropy for one sample).")
                    .array("-log softmax(logits)[label]", ArrayForms::softmaxLoss, array("logits"), label("label"))
                    .array("(1 - eps) * (-log p[label]) + eps * mean_i(-log p_i)", ArrayForms::softmaxLossSmoothed,
                            array("logits"), label("label"), literal("label_smoothing", new Range(0, true, 1, true, false)))
                    .array("-sum_i t_i * log softmax(logits)_i", ArrayForms::softmaxLossTargets,
                            array("logits"), array("target_probs"))
                    .aggregate("w * log_sum_exp(logit) - sum(t * logit), w = sum(t); one pass",
                            RowStates.SOFTMAX_LOSS, column("logit"), column("target"))
                    .note("label is a 0-based class index; out of range, it fails the query under ANSI mode and"
                            + " gives NULL otherwise. Aggregate: target BOOLEAN marks the true class, DOUBLE gives its"
                            + " probability; a group with no target row gives NULL (an error under ANSI mode).")
                    .example("softmax_loss(array(1.0, 2.0, 3.0), 2)", "0.4076059644443803")
                    .example("softmax_loss(x, y) FROM VALUES (1.0, false), (2.0, false), (3.0, true) t(x, y)",
                            "0.4076059644443803")
                    .pytorch("torch.nn.functional.cross_entropy(logits, label, label_smoothing=label_smoothing, reduction='none')")
                    .build(),
            VectorFunction.named("softmax_loss_grad")
                    .describedAs("Gradient of the cross-entropy in the logits: softmax(logits) - onehot(label).")
                    .arrayWithInt("softmax(logits) - onehot(label)", ArrayForms::softmaxLossGrad,
                            array("logits"), label("label"))
                    .window("p * sum(t) - t, p the row's softmax over the window", RowStates.LOGITS_AND_TARGETS,
                            WindowKernels::softmaxLossGrad, column("logit"),
                            column("target"))
                    .example("softmax_loss_grad(array(1.0, 2.0, 3.0), 2)",
                            "[0.09003057317038046, 0.24472847105479767, -0.3347590442251781]")
                    .pytorch("autograd of torch.nn.functional.cross_entropy(logits, label)")
                    .build(),
            VectorFunction.named("maxout")
                    .describedAs("Maxout: the maximum of each consecutive group of k values.")
                    .arrayWithInt("[max(x_0 .. x_k-1), max(x_k .. x_2k-1), ...]", ArrayForms::maxout,
                            array("values"), integer("k"))
                    .note("k must be a literal; a length that k does not divide fails under ANSI mode, else gives NULL.")
                    .example("maxout(array(1.0, 5.0, 2.0, -1.0), 2)", "[5.0, 2.0]")
                    .build(),
            VectorFunction.named("glu")
                    .describedAs("Gated linear unit: the first half of the values gated by the sigmoid of the second.")
                    .array("a * sigmoid(b), [a, b] the halves", ArrayForms::glu, array("values"))
                    .note("An odd length fails under ANSI mode, else gives NULL.")
                    .example("glu(array(2.0, -3.0, 0.5, 1.0))", "[1.2449186624037092, -2.193175735890015]")
                    .pytorch("torch.nn.functional.glu(x)")
                    .build(),
            VectorFunction.named("sparsemax")
                    .describedAs("Sparse probabilities from logits: their Euclidean projection onto the probability simplex"
                            + " (Martins and Astudillo 2016).")
                    .array("max(x_i - tau, 0), tau such that the p sum to 1", ArrayForms::sparsemax,
                            array("logits"))
                    .note("Logits more than 1 below the largest get exactly 0; exact to half an ulp (rational arithmetic"
                            + " on the inputs). +inf logits share the probability; all -inf or any NaN gives NaN; a NULL"
                            + " element gives NULL.")
                    .example("sparsemax(array(1.0, 1.5, 2.0))", "[0.0, 0.25, 0.75]")
                    .build(),
            VectorFunction.named("sparsemax_grad")
                    .describedAs("The upstream gradient carried back through sparsemax: J^T v, J sparsemax's Jacobian in"
                            + " the logits.")
                    .array("v_i - mean of v over the support of sparsemax(logits), 0 off it", ArrayForms::sparsemaxGrad,
                            array("logits"), array("upstream"))
                    .note("Exact to about half an ulp (the mean's sum exact). Arrays of different lengths fail under ANSI"
                            + " mode, else give NULL; a NaN logit gives NaN.")
                    .example("sparsemax_grad(array(1.0, 1.5, 2.0), array(1.0, 2.0, 4.0))", "[0.0, -1.0, 1.0]")
                    .pytorch("autograd of sparsemax(logits) with upstream gradient v")
                    .build(),
            VectorFunction.named("softmax_entropy")
                    .describedAs("Entropy in nats of the softmax distribution of the logits.")
                    .array("-sum_i p_i log p_i = log S - sum_i exp(d_i) d_i / S, d = x - max(x), S = sum_i exp(d_i)",
                            ArrayForms::softmaxEntropy, array("logits"))
                    .aggregate("the same over the rows, one pass, O(1) memory, mergeable", RowStates.SOFTMAX_ENTROPY,
                            column("x"))
                    .note("Nothing cancels (both terms are positive). k logits of +inf give log k; an empty array, all"
                            + " -inf or a NaN gives NaN; a NULL element gives NULL. Aggregate: NULL rows skipped, an"
                            + " all-NULL group gives NULL.")
                    .example("softmax_entropy(array(1.0, 2.0, 3.0))", "0.8323955818399389")
                    .example("softmax_entropy(x) FROM VALUES (1.0), (2.0), (3.0) t(x)", "0.8323955818399389")
                    .pytorch("torch.distributions.Categorical(logits=x).entropy()")
                    .build());

    private static final Map<String, SqlFunction> BY_NAME = index();

    private Catalog() {
    }

    /** Every activation entry, in catalog order. */
    public static List<Activation> activations() {
        return ACTIVATIONS;
    }

    /** Every SQL function this library adds: each activation followed by its derivative. */
    public static List<SqlFunction> functions() {
        return List.copyOf(BY_NAME.values());
    }

    /** Every function over arrays or grouped rows, in catalog order. */
    public static List<VectorFunction> vectorFunctions() {
        return VECTOR_FUNCTIONS;
    }

    /** The vector function named {@code name}, if any. */
    public static Optional<VectorFunction> vectorFunction(String name) {
        return VECTOR_FUNCTIONS.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The SQL function of that name, if the catalog has one. */
    public static Optional<SqlFunction> function(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Map<String, SqlFunction> index() {
        Map<String, SqlFunction> byName = new LinkedHashMap<>();
        List<SqlFunction> all = new ArrayList<>();
        for (Activation a : ACTIVATIONS) {
            all.addAll(a.sqlFunctions());
        }
        for (SqlFunction f : all) {
            if (byName.put(f.name(), f) != null) {
                throw new IllegalStateException("duplicate function " + f.name());
            }
        }
        return Collections.unmodifiableMap(byName);
    }
}
