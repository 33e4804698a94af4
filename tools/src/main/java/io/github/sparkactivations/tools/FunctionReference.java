package io.github.sparkactivations.tools;

import io.github.sparkactivations.core.catalog.Activation;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Example;
import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.core.catalog.FunctionHelp;
import io.github.sparkactivations.core.catalog.Parameter;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.catalog.VectorFunction;

import java.util.List;
import java.util.Map;

/**
 * {@code docs/functions.md}: every SQL function from the catalog, with its signature, arguments, formulas,
 * derivative, conventions, PyTorch's equivalent, examples (which {@code SqlFunctionsIT} runs in Spark),
 * the measured accuracy from the committed results, and its plot.
 */
final class FunctionReference {

    private FunctionReference() {
    }

    static String markdown(Results results) {
        StringBuilder sb = new StringBuilder("""
                # Functions

                Generated from the catalog (`core/.../catalog/Catalog.java`) and the committed results by
                `bin/activations-docs`; do not edit. Each plot is drawn from the kernels at the default parameters.
                Accuracy is in ulps against arbitrary precision ([accuracy.md](accuracy.md)).

                """);
        sb.append("**Element-wise:** ").append(String.join(", ", Catalog.activations().stream()
                .map(a -> "[" + a.function().name() + "](#" + a.function().name() + ")").toList()))
                .append(".\n\n**Vector, aggregate and window:** ").append(String.join(", ", Catalog.vectorFunctions().stream()
                        .map(f -> "[" + f.name() + "](#" + f.name() + ")").toList()))
                .append(".\n\n## Element-wise activations\n\n").append(Tables.functionTable()).append('\n');
        for (Activation a : Catalog.activations()) {
            activation(sb, a, results);
        }
        sb.append("## Vector functions\n\n").append(Tables.vectorFunctionTable()).append('\n');
        for (VectorFunction f : Catalog.vectorFunctions()) {
            vector(sb, f, results);
        }
        return sb.toString();
    }

    private static void activation(StringBuilder sb, Activation a, Results results) {
        SqlFunction f = a.function();
        sb.append("### ").append(f.name()).append("\n\n`").append(f.signature()).append("`")
                .append(a.builtIn() ? " (Spark's own; this library adds its derivative)" : "").append(": ")
                .append(f.description()).append("\n\n![").append(f.name()).append("](plots/").append(f.name())
                .append(".svg)\n\n");
        arguments(sb, f);
        formulas(sb, "Formula", f);
        a.derivative().ifPresent(d -> {
            sb.append("Derivative `").append(d.signature()).append("`:\n");
            formulas(sb, null, d);
        });
        note(sb, f.note());
        a.derivative().ifPresent(d -> note(sb, d.note()));
        sb.append("PyTorch: ").append(a.pytorch().isEmpty() ? "none." : "`" + a.pytorch() + "`"
                + (a.derivative().isPresent() ? "; its derivative through autograd." : ".")).append("\n\n");
        examples(sb, f.examples());
        a.derivative().ifPresent(d -> examples(sb, d.examples()));
        accuracy(sb, f.name(), results.accuracyOf(f.name()));
        a.derivative().ifPresent(d -> accuracy(sb, d.name(), results.accuracyOf(d.name())));
        sb.append('\n');
    }

    private static void vector(StringBuilder sb, VectorFunction f, Results results) {
        sb.append("### ").append(f.name()).append("\n\n").append(f.description()).append("\n\n");
        if (Plots.all().containsKey(f.name() + ".svg")) {
            sb.append("![").append(f.name()).append("](plots/").append(f.name()).append(".svg)\n\n");
        }
        for (VectorFunction.Usage u : f.usages()) {
            sb.append("- `").append(u.call(f.name())).append("` -> `").append(u.returns()).append("`: ")
                    .append(u.formula()).append('\n');
        }
        sb.append('\n');
        note(sb, f.note());
        sb.append("PyTorch: ").append(f.pytorch().isEmpty() ? "none" : "`" + f.pytorch() + "`").append(".\n\n");
        examples(sb, f.examples());
        accuracy(sb, f.name(), results.vectorAccuracyOf(f.name()));
        sb.append('\n');
    }

    private static void arguments(StringBuilder sb, SqlFunction f) {
        sb.append("| Argument | Meaning | Default, allowed |\n|---|---|---|\n")
                .append("| `x` | ").append(FunctionHelp.X).append(" | |\n");
        for (Parameter p : f.parameters()) {
            sb.append("| `").append(p.name()).append("` | ").append(p.description()).append(" | ")
                    .append(FunctionHelp.defaultAndRange(p)).append(" |\n");
        }
        f.choice().ifPresent(c -> sb.append("| `").append(c.name()).append("` | ").append(c.description()).append(" | ")
                .append(String.join(", ", c.values().stream().map(c::sql).toList())).append("; default ")
                .append(c.sql(c.defaultValue())).append(" |\n"));
        if (f.seeded()) {
            sb.append("| `seed` | a BIGINT literal seeding the random draws, as in rand(seed) | random if left out |\n");
        }
        f.orders().forEach(o -> sb.append("| | requires ").append(o).append(" | |\n"));
        sb.append('\n');
    }

    private static void formulas(StringBuilder sb, String label, SqlFunction f) {
        if (label != null) {
            sb.append(label).append(":\n");
        }
        for (Map.Entry<String, Form> e : f.forms().entrySet()) {
            sb.append("- ").append(e.getKey().isEmpty() ? "" : "`" + f.choice().orElseThrow().name() + " = '"
                    + e.getKey() + "'`: ").append('`').append(e.getValue().formula()).append("`\n");
        }
        sb.append('\n');
    }

    private static void note(StringBuilder sb, String note) {
        if (!note.isEmpty()) {
            sb.append(note).append("\n\n");
        }
    }

    private static void examples(StringBuilder sb, List<Example> examples) {
        for (Example e : examples) {
            sb.append("- `SELECT ").append(e.call()).append("` gives `").append(e.result()).append("`\n");
        }
        if (!examples.isEmpty()) {
            sb.append('\n');
        }
    }

    private static void accuracy(StringBuilder sb, String name, String measured) {
        if (!measured.isEmpty()) {
            sb.append("Accuracy of `").append(name).append("`: ").append(measured).append(".\n");
        }
    }
}
