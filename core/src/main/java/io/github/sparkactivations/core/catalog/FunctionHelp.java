package io.github.sparkactivations.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The help text of a function, in the layout Spark's {@code DESCRIBE FUNCTION EXTENDED} prints. */
public final class FunctionHelp {

    /** What every element-wise function takes as x. */
    public static final String X = "the input: any numeric type (cast to DOUBLE), or an array of numbers or a Spark ML "
            + "vector, each element computed (the parameters then constants; a vector gives a dense vector); NULL gives "
            + "NULL, NaN gives NaN";

    private FunctionHelp() {
    }

    /** One line: {@code gelu(x [, approximate]) - Gaussian error linear unit: ...}. */
    public static String usage(SqlFunction f) {
        return f.signature() + " - " + f.description();
    }

    /** The arguments with their defaults and ranges, the formula of each form, the notes. */
    public static String arguments(SqlFunction f) {
        StringBuilder sb = new StringBuilder("\n    Arguments:\n");
        sb.append("      * x - ").append(X).append(".\n");
        for (Parameter p : f.parameters()) {
            sb.append("      * ").append(p.name()).append(" - ").append(p.description()).append(' ')
                    .append(defaultAndRange(p)).append(".\n");
        }
        f.choice().ifPresent(c -> sb.append("      * ").append(c.name()).append(" - ").append(c.description())
                .append(". One of ").append(quoted(c)).append(", default ").append(c.sql(c.defaultValue())).append(".\n"));
        if (f.seeded()) {
            sb.append("      * seed - a BIGINT literal seeding the random draws, as in rand(seed); random if left out.\n");
        }
        f.orders().forEach(o -> sb.append("      Requires ").append(o).append(".\n"));
        sb.append("    Formula:\n");
        for (Map.Entry<String, Form> form : f.forms().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            sb.append("      ");
            if (!form.getKey().isEmpty()) {
                sb.append(f.choice().orElseThrow().name()).append(" = '").append(form.getKey()).append("': ");
            }
            sb.append(form.getValue().formula()).append('\n');
        }
        if (!f.note().isEmpty()) {
            sb.append("    Note:\n      ").append(f.note()).append('\n');
        }
        if (!f.seeAlso().isEmpty()) {
            sb.append("    See also: ").append(f.seeAlso()).append('\n');
        }
        return sb.toString();
    }

    /** One line per usage: {@code softmax(logits) - ... / softmax(x) OVER (PARTITION BY ...) - ...}. */
    public static String usage(VectorFunction f) {
        return f.description() + "\n" + String.join("\n", f.usages().stream()
                .map(u -> "      " + u.call(f.name()) + " -> " + u.returns() + ": " + u.formula()).toList());
    }

    /** What every array argument of a vector function may also be. */
    public static final String VECTORS = "An array argument may also be a Spark ML vector (dense or sparse, its "
            + "implicit zeros zeros); an array result is then a dense vector.";

    /** The note of a vector function, and {@link #VECTORS} if it takes an array, as the arguments section of its help. */
    public static String arguments(VectorFunction f) {
        List<String> notes = new ArrayList<>();
        if (!f.note().isEmpty()) {
            notes.add(f.note());
        }
        if (!f.arrayUsages().isEmpty()) {
            notes.add(VECTORS);
        }
        return notes.isEmpty() ? "" : "\n    Note:\n      " + String.join("\n      ", notes) + "\n";
    }

    /** The examples of a function, each a {@code SELECT} and the result it prints. */
    public static String examples(SqlFunction f) {
        return examples(f.examples());
    }

    /** The examples, each a {@code SELECT} and the result it prints. */
    public static String examples(List<Example> examples) {
        StringBuilder sb = new StringBuilder("\n    Examples:\n");
        for (Example e : examples) {
            sb.append("      > SELECT ").append(e.call()).append(";\n       ").append(e.result()).append('\n');
        }
        return sb.append("  ").toString();
    }

    /** {@code Required, allowed (0.0, inf)} or {@code Default 1.0, allowed [0.0, inf)}. */
    public static String defaultAndRange(Parameter p) {
        return (p.required() ? "Required" : "Default " + p.defaultValue()) + ", allowed " + p.range();
    }

    private static String quoted(Choice c) {
        return String.join(", ", c.values().stream().map(c::sql).toList());
    }
}
