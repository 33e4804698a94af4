package io.github.sparkactivations.tools;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.core.catalog.FunctionHelp;
import io.github.sparkactivations.core.catalog.Parameter;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.catalog.VectorFunction.Argument;
import io.github.sparkactivations.core.catalog.VectorFunction.Type;
import io.github.sparkactivations.core.catalog.VectorFunction.Usage;
import io.github.sparkactivations.core.catalog.VectorFunction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Java source of {@code io.github.sparkactivations.spark.ActivationFunctions}: one static
 * {@code Column} method per SQL function and arity, named as in SQL, documented from the catalog.
 * The source is committed under {@link #FILE}; {@link Docs} rewrites it and {@code DocsAreCurrentTest} fails
 * when it is stale, as for every generated file.
 */
public final class ColumnApiSource {

    static final String PACKAGE = "io.github.sparkactivations.spark";
    static final String CLASS = "ActivationFunctions";
    /** Where the source is committed, under the repository root. */
    static final Path FILE = Path.of("spark-udfs", "src", "main", "java", PACKAGE.replace('.', '/'), CLASS + ".java");

    private ColumnApiSource() {
    }

    /** The whole compilation unit. */
    public static String source() {
        StringBuilder sb = new StringBuilder();
        sb.append("package ").append(PACKAGE).append(";\n\n")
                .append("import static org.apache.spark.sql.functions.call_function;\n")
                .append("import static org.apache.spark.sql.functions.lit;\n\n")
                .append("import org.apache.spark.sql.Column;\n\n")
                .append("/**\n")
                .append(" * The activation functions as Java {@link Column} expressions, named as in SQL:\n")
                .append(" * {@code df.select(gelu(col(\"x\")), gelu(col(\"x\"), \"tanh\"))}. Each builds a call of the\n")
                .append(" * registered SQL function, so the session must have the functions registered (automatic\n")
                .append(" * when this jar is on the class path; see {@link SparkActivations}).\n")
                .append(" *\n * <p>Generated from the catalog by {@code ColumnApiSource} ({@code bin/activations-docs}): do not edit.\n */\n")
                .append("public final class ").append(CLASS).append(" {\n\n")
                .append("    private ").append(CLASS).append("() {\n    }\n");
        for (SqlFunction f : Catalog.functions()) {
            for (Overload o : overloads(f)) {
                sb.append('\n').append(javadoc(f)).append(o.declaration(f.name()));
            }
        }
        for (VectorFunction f : Catalog.vectorFunctions()) {
            Map<List<String>, List<Usage>> bySignature = new LinkedHashMap<>();
            for (Usage u : f.usages()) {
                // Usages with the same Java parameter types share one method (softmax of an array or over a window).
                bySignature.computeIfAbsent(u.arguments().stream().map(a -> javaType(a.type())).toList(),
                        k -> new ArrayList<>()).add(u);
            }
            for (List<Usage> usages : bySignature.values()) {
                List<String> params = new ArrayList<>();
                List<String> args = new ArrayList<>();
                for (Argument a : usages.get(0).arguments()) {
                    params.add(javaType(a.type()) + " " + a.name());
                    args.add(a.type().isColumn() ? a.name() : "lit(" + a.name() + ")");
                }
                sb.append('\n').append(javadoc(f, usages)).append(new Overload(params, args).declaration(f.name()));
            }
        }
        return sb.append("}\n").toString();
    }

    /** A parameter list and the argument expressions it passes to {@code call_function}. */
    private record Overload(List<String> parameters, List<String> arguments) {
        String declaration(String name) {
            return "    public static Column " + name + "(" + String.join(", ", parameters) + ") {\n"
                    + "        return call_function(\"" + name + "\", " + String.join(", ", arguments) + ");\n"
                    + "    }\n";
        }
    }

    private static List<Overload> overloads(SqlFunction f) {
        List<Overload> out = new ArrayList<>();
        List<Parameter> ps = f.parameters();
        for (int k = f.minArguments() - 1; k <= ps.size(); k++) {
            out.add(numeric(ps.subList(0, k), "double", "lit(%s)"));
            if (k > 0) {
                out.add(numeric(ps.subList(0, k), "Column", "%s"));
            }
        }
        f.choice().ifPresent(c -> {
            Overload all = numeric(ps, "double", "lit(%s)");
            List<String> params = new ArrayList<>(all.parameters());
            List<String> args = new ArrayList<>(all.arguments());
            params.add((c.flag() ? "boolean " : "String ") + c.name());
            args.add("lit(" + c.name() + ")");
            out.add(new Overload(params, args));
            if (f.seeded()) {
                params = new ArrayList<>(params);
                args = new ArrayList<>(args);
                params.add("long seed");
                args.add("lit(seed)");
                out.add(new Overload(params, args));
            }
        });
        return out;
    }

    private static Overload numeric(List<Parameter> ps, String type, String argumentFormat) {
        List<String> params = new ArrayList<>(List.of("Column x"));
        List<String> args = new ArrayList<>(List.of("x"));
        for (Parameter p : ps) {
            params.add(type + " " + p.name());
            args.add(String.format(argumentFormat, p.name()));
        }
        return new Overload(params, args);
    }

    private static String javaType(Type type) {
        return switch (type) {
            case COLUMN, ARRAY, LABEL -> "Column";
            case DOUBLE -> "double";
            case INT -> "int";
        };
    }

    private static String javadoc(VectorFunction f, List<Usage> usages) {
        StringBuilder sb = new StringBuilder("    /**\n     * ").append(html(f.description())).append("\n     *\n");
        for (Usage u : usages) {
            sb.append("     * <p>{@code ").append(u.call(f.name())).append("} -&gt; ").append(html(u.returns()))
                    .append(": {@code ").append(u.formula()).append("}\n");
        }
        if (!f.note().isEmpty()) {
            sb.append("     * <p>").append(html(f.note())).append('\n');
        }
        return sb.append("     */\n").toString();
    }

    private static String javadoc(SqlFunction f) {
        StringBuilder sb = new StringBuilder("    /**\n     * ").append(html(f.description())).append("\n     *\n");
        for (var form : f.forms().entrySet()) {
            Form value = form.getValue();
            sb.append("     * <p>").append(form.getKey().isEmpty() ? "" : "'" + form.getKey() + "': ")
                    .append("{@code ").append(value.formula()).append("}\n");
        }
        for (Parameter p : f.parameters()) {
            sb.append("     * <p>{@code ").append(p.name()).append("}: ").append(html(p.description())).append(' ')
                    .append(html(FunctionHelp.defaultAndRange(p))).append(".\n");
        }
        f.choice().ifPresent(c -> sb.append("     * <p>{@code ").append(c.name()).append("}: ")
                .append(html(c.description())).append("; one of ").append(c.values()).append(".\n"));
        if (!f.note().isEmpty()) {
            sb.append("     * <p>").append(html(f.note())).append('\n');
        }
        sb.append("     * <p>SQL: {@code ").append(f.signature()).append('}');
        if (!f.seeAlso().isEmpty()) {
            sb.append("; see also {@code ").append(f.seeAlso()).append('}');
        }
        return sb.append(".\n     */\n").toString();
    }

    /** Catalog prose as Javadoc text: its formulas' {@code <}, {@code >} and {@code &} escaped. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
