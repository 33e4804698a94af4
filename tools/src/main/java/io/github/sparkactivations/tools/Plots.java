package io.github.sparkactivations.tools;

import io.github.sparkactivations.core.arrays.ArrayForms;
import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Activation;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.softmax.Softmax;
import io.github.sparkactivations.core.softmax.Sparsemax;
import io.github.sparkactivations.shell.plot.Chart;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The docs' plots, drawn from the kernels: every activation beside its derivative at its default parameters
 * (required ones as in its first example), and comparisons where a picture says most. Keyed by file name under
 * {@code docs/plots/}.
 */
public final class Plots {

    /** The range every activation is drawn over, and the points per curve. */
    static final double FROM = -4;
    static final double TO = 4;
    
    private Plots() {
    }

    public static Map<String, Chart> all() {
        Map<String, Chart> plots = new LinkedHashMap<>();
        for (Activation a : Catalog.activations()) {
            plots.put(a.function().name() + ".svg", activation(a));
        }
        plots.put("gelu-exact-vs-tanh.svg", Chart.titled("gelu: exact and the 'tanh' approximation", "x")
                .add(curve("gelu(x)", "gelu", null))
                .add(curve("gelu(x, 'tanh')", "gelu", "tanh"))
                .add(scaledDifference()));
        plots.put("swish-beta.svg", family("swish(x, beta)", "swish", 0.5, 1, 2));
        plots.put("softplus-beta.svg", family("softplus(x, beta)", "softplus", 0.5, 1, 2, 5));
        plots.put("relu-family.svg", Chart.titled("The ReLU family", "x")
                .add(curve("relu(x)", "relu", null))
                .add(curve("leaky_relu(x, 0.1)", "leaky_relu", null, 0.1))
                .add(curve("elu(x)", "elu", null))
                .add(curve("selu(x)", "selu", null))
                .add(curve("gelu(x)", "gelu", null))
                .add(curve("silu(x)", "silu", null))
                .add(curve("mish(x)", "mish", null)));
        plots.put("sigmoid-vs-hard-sigmoid.svg", Chart.titled("sigmoid and hard_sigmoid", "x")
                .add(curve("sigmoid(x)", "sigmoid", null))
                .add(curve("hard_sigmoid(x)", "hard_sigmoid", null)));
        plots.put("softmax-temperature.svg", softmaxTemperatures());
        plots.put("softmax_entropy.svg", softmaxEntropy());
        plots.put("sparsemax_grad.svg", sparsemaxGrad());
        return plots;
    }

    /** The activation and its derivative. */
    static Chart activation(Activation a) {
        SqlFunction f = a.function();
        double[] parameters = exampleParameters(f);
        Chart chart = Chart.titled(f.name() + a.derivative().map(d -> " and " + d.name()).orElse(""), "x")
                .add(curve(call(f, parameters), f, null, parameters));
        a.derivative().ifPresent(d -> chart.add(curve(call(d, parameters), d, null, parameters)));
        return chart;
    }

    /** The required parameters as the function's first example gives them ({@code threshold(0.5, 1.0, -1.0)}). */
    static double[] exampleParameters(SqlFunction f) {
        int required = f.minArguments() - 1;
        if (required == 0) {
            return new double[0];
        }
        String call = f.examples().get(0).call();
        String[] args = call.substring(call.indexOf('(') + 1, call.lastIndexOf(')')).split(",");
        return Arrays.stream(args).skip(1).limit(required).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
    }

    private static String call(SqlFunction f, double[] parameters) {
        StringBuilder sb = new StringBuilder(f.name()).append("(x");
        for (double p : parameters) {
            sb.append(", ").append(p);
        }
        return sb.append(')').toString();
    }

    static Chart.Series curve(String name, String function, String choice, double... parameters) {
        return curve(name, Catalog.function(function).orElseThrow(), choice, parameters);
    }

    private static Chart.Series curve(String name, SqlFunction f, String choice, double... parameters) {
        BoundKernel kernel = BoundKernel.of(f, choice, parameters);
        double[] x = Chart.grid(FROM, TO);
        double[] y = new double[x.length];
        kernel.apply(x, 0, y, 0, x.length);
        return new Chart.Series(name, x, y);
    }

    private static Chart family(String title, String function, double... betas) {
        Chart chart = Chart.titled(title, "x");
        for (double beta : betas) {
            chart.add(curve(function + "(x, " + beta + ")", function, null, beta));
        }
        return chart;
    }

    private static Chart.Series scaledDifference() {
        Chart.Series exact = curve("", "gelu", null);
        Chart.Series tanh = curve("", "gelu", "tanh");
        double[] y = new double[exact.x().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1000 * (tanh.y()[i] - exact.y()[i]);
        }
        return new Chart.Series("1000 * (tanh - exact)", exact.x(), y);
    }

    /** The entropy of the six logits' softmax as the temperature grows, toward log 6 (all classes alike). */
    private static Chart softmaxEntropy() {
        double[] logits = {1.0, 2.0, 0.5, 3.0, -1.0, 2.5};
        double[] t = Chart.grid(0.05, 10);
        double[] h = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            double[] scaled = new double[logits.length];
            for (int j = 0; j < logits.length; j++) {
                scaled[j] = logits[j] / t[i];
            }
            h[i] = ArrayForms.softmaxEntropy(scaled, false);
        }
        double[] bound = new double[t.length];
        Arrays.fill(bound, Math.log(logits.length));
        return Chart.titled("softmax_entropy(array(1, 2, 0.5, 3, -1, 2.5) / T)", "T")
                .add(new Chart.Series("entropy, nats", t, h))
                .add(new Chart.Series("log 6", t, bound));
    }

    /** sparsemax_grad of (z, 0, 0.5) with upstream (1, 0, 0), as z moves the first logit in and out of the support. */
    private static Chart sparsemaxGrad() {
        double[] z = Chart.grid(FROM, TO);
        double[][] g = new double[3][z.length];
        for (int i = 0; i < z.length; i++) {
            double[] out = ArrayForms.sparsemaxGrad(new double[] {z[i], 0, 0.5}, new double[] {1, 0, 0}, false);
            for (int k = 0; k < 3; k++) {
                g[k][i] = out[k];
            }
        }
        Chart chart = Chart.titled("sparsemax_grad(array(z, 0, 0.5), array(1, 0, 0))", "z");
        for (int k = 0; k < 3; k++) {
            chart.add(new Chart.Series("element " + (k + 1), z, g[k]));
        }
        return chart;
    }

    /** One vector of six logits through softmax at three temperatures, and sparsemax. */
    private static Chart softmaxTemperatures() {
        double[] logits = {1.0, 2.0, 0.5, 3.0, -1.0, 2.5};
        double[] classes = {1, 2, 3, 4, 5, 6};
        Chart chart = Chart.titled("softmax(array(1, 2, 0.5, 3, -1, 2.5), T) and sparsemax", "class").withMarkers();
        for (double t : new double[] {0.5, 1, 2}) {
            double[] p = new double[logits.length];
            Softmax.softmax(logits, 0, logits.length, t, p, 0);
            chart.add(new Chart.Series("softmax, T = " + t, classes, p));
        }
        double[] sparse = new double[logits.length];
        Sparsemax.of(logits, 0, logits.length, sparse, 0);
        return chart.add(new Chart.Series("sparsemax", classes, sparse));
    }
}
