package io.github.sparkactivations.core.catalog;

import java.util.List;

/**
 * A catalog entry for a function over many values: a row's array of logits, or a group of rows.
 * Its usages say which shapes it takes: an array first argument is the row-wise form, a numeric
 * first argument the grouped form (an aggregate, a window function, or a keyed GROUP BY).
 */
public record VectorFunction(String name, String description, List<Usage> usages, String note,
                             List<Example> examples, String pytorch) {

    /** Where a usage applies. */
    public enum Shape {
        /** A scalar function of an array column. */
        ARRAY,
        /** An aggregate over the rows of a group: {@code GROUP BY} or {@code OVER (...)}. */
        AGGREGATE,
        /** A window function only: {@code OVER (PARTITION BY ...)}. */
        WINDOW,
        /** An aggregate whose result maps each row's key to a value. */
        KEYED
    }

    /** The streaming state an aggregate usage keeps per group: what Spark's aggregate for it holds. */
    public enum State {
        /** {@code LogSumExpState} of x: {@code f(x)}. */
        LOG_SUM_EXP,
        /** {@code SoftmaxLossState} of (logit, target): {@code f(logit, target)}. */
        SOFTMAX_LOSS
    }

    /** An argument's kind: a column (of numbers, of arrays, of integer labels), or a literal. */
    public enum Type {
        COLUMN, ARRAY, LABEL, DOUBLE, INT;

        /** Whether the Java Column API takes it as a Column (else as a Java literal). */
        public boolean isColumn() {
            return this == COLUMN || this == ARRAY || this == LABEL;
        }
    }

    /** An argument: its name, kind, and for a DOUBLE literal the values it accepts (else null). */
    public record Argument(String name, Type type, Range range) {
    }

    /**
     * One way to call the function: its shape, arguments, result type (SQL) and formula; a window
     * usage also names its per-row kernel ({@code window}), an aggregate usage its state
     * ({@code state}), an array usage its kernel ({@code array}); null for the other shapes.
     */
    public record Usage(Shape shape, List<Argument> arguments, String returns, String formula, WindowKernel window,
                        State state, ArrayKernel array) {

        /** {@code name(a, b)}. */
        public String call(String function) {
            return function + "(" + String.join(", ", arguments.stream().map(Argument::name).toList()) + ")"
                    + (shape == Shape.WINDOW ? " OVER (PARTITION BY ...)" : "");
        }
    }

    public static Argument column(String name) {
        return new Argument(name, Type.COLUMN, null);
    }

    /** An array column, cast to {@code array<double>}. */
    public static Argument array(String name) {
        return new Argument(name, Type.ARRAY, null);
    }

    /** An integer column: a 0-based class index. */
    public static Argument label(String name) {
        return new Argument(name, Type.LABEL, null);
    }

    /** A numeric literal in {@code range}. */
    public static Argument literal(String name, Range range) {
        return new Argument(name, Type.DOUBLE, range);
    }

    /** A positive integer literal. */
    public static Argument integer(String name) {
        return new Argument(name, Type.INT, null);
    }

    public static Usage usage(Shape shape, String returns, String formula, Argument... arguments) {
        if (shape != Shape.KEYED) {
            throw new IllegalArgumentException("array, window and aggregate usages name what runs them: see Builder");
        }
        return new Usage(shape, List.of(arguments), returns, formula, null, null, null);
    }

    /** The window usage, if any: {@code f(x) OVER (...)}. */
    public java.util.Optional<Usage> windowUsage() {
        return usages.stream().filter(u -> u.shape() == Shape.WINDOW).findFirst();
    }

    /** The aggregate usage, if any: {@code f(x) ... GROUP BY}. */
    public java.util.Optional<Usage> aggregateUsage() {
        return usages.stream().filter(u -> u.shape() == Shape.AGGREGATE).findFirst();
    }

    /** Whether some usage has this shape. */
    public boolean has(Shape shape) {
        return usages.stream().anyMatch(u -> u.shape() == shape);
    }

    /** Starts an entry for the SQL function {@code name}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Fluent description of one entry, as {@link Activation.Builder} for the element-wise ones. */
    public static final class Builder {
        private final String name;
        private String description;
        private final List<Usage> usages = new java.util.ArrayList<>();
        private String note = "";
        private final List<Example> examples = new java.util.ArrayList<>();
        private String pytorch = "";

        private Builder(String name) {
            this.name = name;
        }

        public Builder describedAs(String text) {
            this.description = text;
            return this;
        }

        /** One way to call it: its shape, the SQL type it returns, its formula, its arguments. */
        public Builder usage(Shape shape, String returns, String formula, Argument... arguments) {
            usages.add(VectorFunction.usage(shape, returns, formula, arguments));
            return this;
        }

        /** A window usage: {@code name(arguments) OVER (...)}, each row's value by {@code kernel}. */
        public Builder window(String formula, WindowKernel kernel, Argument... arguments) {
            usages.add(new Usage(Shape.WINDOW, List.of(arguments), "double", formula, kernel, null, null));
            return this;
        }

        /** An aggregate usage: {@code name(arguments)} over a group's rows, streaming {@code state}. */
        public Builder aggregate(String formula, State state, Argument... arguments) {
            usages.add(new Usage(Shape.AGGREGATE, List.of(arguments), "double", formula, null, state, null));
            return this;
        }

        /** An array usage: {@code name(array, arguments...)} returning {@code returns}, computed by {@code kernel}. */
        public Builder array(String returns, String formula, ArrayKernel kernel, Argument... arguments) {
            usages.add(new Usage(Shape.ARRAY, List.of(arguments), returns, formula, null, null, kernel));
            return this;
        }

        public Builder note(String text) {
            this.note = text;
            return this;
        }

        public Builder example(String call, String result) {
            examples.add(new Example(call, result));
            return this;
        }

        /** PyTorch's equivalent call, such as {@code torch.nn.functional.softmax(x, dim=-1)}. */
        public Builder pytorch(String call) {
            this.pytorch = call;
            return this;
        }

        public VectorFunction build() {
            return new VectorFunction(name, description, usages, note, examples, pytorch);
        }
    }
}
