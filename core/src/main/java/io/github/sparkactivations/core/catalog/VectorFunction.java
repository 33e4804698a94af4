package io.github.sparkactivations.core.catalog;

import java.util.List;
import java.util.Optional;

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

    /** An argument's kind: a column (of numbers, of arrays, of integer labels), or a literal. */
    public enum Type {
        COLUMN, ARRAY, LABEL, DOUBLE, INT;

        /** Whether the Java Column API takes it as a Column (else as a Java literal). */
        public boolean isColumn() {
            return this == COLUMN || this == ARRAY || this == LABEL;
        }
    }

    /** An argument: its name, kind, and for a DOUBLE literal the values it accepts (else null). */
    public record Argument(String name, Type type, Range range) implements java.io.Serializable {
    }

    /** One way to call the function: its arguments, the SQL type it returns, its formula, and what runs it. */
    public sealed interface Usage extends java.io.Serializable permits ArrayUsage, AggregateUsage, WindowUsage, KeyedUsage {

        List<Argument> arguments();

        /** The SQL type of the result, such as {@code array<double>}. */
        String returns();

        String formula();

        Shape shape();

        /** {@code name(a, b)}. */
        default String call(String function) {
            return function + "(" + String.join(", ", arguments().stream().map(Argument::name).toList()) + ")"
                    + (shape() == Shape.WINDOW ? " OVER (PARTITION BY ...)" : "");
        }
    }

    /** {@code name(array, arguments...)}: a function of a row's array, computed by {@code kernel}. */
    public record ArrayUsage(List<Argument> arguments, String formula, ArrayKernel kernel) implements Usage {
        @Override
        public String returns() {
            return kernel.returnsArray() ? "array<double>" : "double";
        }

        @Override
        public Shape shape() {
            return Shape.ARRAY;
        }
    }

    /** {@code name(arguments)} over a group's rows (GROUP BY or OVER), streaming {@code state}'s result. */
    public record AggregateUsage(List<Argument> arguments, String formula, RowState state) implements Usage {
        public AggregateUsage {
            requireColumns(arguments, state);
        }

        @Override
        public String returns() {
            return "double";
        }

        @Override
        public Shape shape() {
            return Shape.AGGREGATE;
        }
    }

    /**
     * {@code name(arguments) OVER (...)}: {@code state} over the window's rows, then each row's value by
     * {@code kernel} from the row's columns and the window's final slots, in that order.
     */
    public record WindowUsage(List<Argument> arguments, String formula, RowState state, StepKernel kernel)
            implements Usage {
        public WindowUsage {
            requireColumns(arguments, state);
            if (kernel.arity() != arguments.size() + state.slots().size()) {
                throw new IllegalArgumentException("a window kernel of " + arguments.size() + " columns and "
                        + state.slots().size() + " slots takes " + (arguments.size() + state.slots().size())
                        + " values, not " + kernel.arity());
            }
        }

        @Override
        public String returns() {
            return "double";
        }

        @Override
        public Shape shape() {
            return Shape.WINDOW;
        }
    }

    /** {@code name(x, key)} in GROUP BY: each key's value among the group's rows. */
    public record KeyedUsage(List<Argument> arguments, String returns, String formula) implements Usage {
        @Override
        public Shape shape() {
            return Shape.KEYED;
        }
    }

    /** A state's rows are the usage's arguments, all columns. */
    private static void requireColumns(List<Argument> arguments, RowState state) {
        if (state.columns() != arguments.size() || !arguments.stream().allMatch(a -> a.type() == Type.COLUMN)) {
            throw new IllegalArgumentException("a state of " + state.columns() + " columns for arguments " + arguments);
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

    /** The window usage, if any: {@code f(x) OVER (...)}. */
    public Optional<WindowUsage> windowUsage() {
        return usages(WindowUsage.class).stream().findFirst();
    }

    /** The aggregate usage, if any: {@code f(x) ... GROUP BY}. */
    public Optional<AggregateUsage> aggregateUsage() {
        return usages(AggregateUsage.class).stream().findFirst();
    }

    /** The array usages, in catalog order. */
    public List<ArrayUsage> arrayUsages() {
        return usages(ArrayUsage.class);
    }

    private <U extends Usage> List<U> usages(Class<U> kind) {
        return usages.stream().filter(kind::isInstance).map(kind::cast).toList();
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

        /** {@code name(x, key)} in GROUP BY, returning {@code returns} (a map). */
        public Builder keyed(String returns, String formula, Argument... arguments) {
            usages.add(new KeyedUsage(List.of(arguments), returns, formula));
            return this;
        }

        /**
         * A window usage: {@code name(x) OVER (...)}, each row's value by {@code kernel} from x and the final slots
         * of {@code state}, such as {@code WindowKernels::softmax} of (x, max, others, compensation).
         */
        public Builder window(String formula, RowState state, StepKernel.Of4 kernel, Argument... arguments) {
            usages.add(new WindowUsage(List.of(arguments), formula, state, kernel));
            return this;
        }

        /** A window usage of two columns and four slots: {@code name(logit, target) OVER (...)}. */
        public Builder window(String formula, RowState state, StepKernel.Of6 kernel, Argument... arguments) {
            usages.add(new WindowUsage(List.of(arguments), formula, state, kernel));
            return this;
        }

        /** An aggregate usage: {@code name(arguments)} over a group's rows, streaming {@code state}. */
        public Builder aggregate(String formula, RowState state, Argument... arguments) {
            usages.add(new AggregateUsage(List.of(arguments), formula, state));
            return this;
        }

        /** An array usage {@code name(array) -> array}. */
        public Builder array(String formula, ArrayKernel.ToArray kernel, Argument... arguments) {
            return arrayUsage(formula, kernel, arguments);
        }

        /** An array usage {@code name(array, number) -> array}. */
        public Builder array(String formula, ArrayKernel.ToArrayWithDouble kernel, Argument... arguments) {
            return arrayUsage(formula, kernel, arguments);
        }

        /**
         * An array usage {@code name(array, integer) -> array}: named apart from {@code array}, whose
         * {@code (array, number)} form would take the same method references (an int widens to a double).
         */
        public Builder arrayWithInt(String formula, ArrayKernel.ToArrayWithInt kernel, Argument... arguments) {
            return arrayUsage(formula, kernel, arguments);
        }

        /** An array usage {@code name(array, array) -> array}. */
        public Builder array(String formula, ArrayKernel.ToArrayWithArray kernel, Argument... arguments) {
            return arrayUsage(formula, kernel, arguments);
        }

        /** An array usage {@code name(array) -> number}. */
        public Builder array(String formula, ArrayKernel.ToNumber kernel, Argument... arguments) {
            return arrayUsage(formula, kernel, arguments);
        }

        /** An array usage {@code name(array, integer) -> number}. */
        public Builder array(String formula, ArrayKernel.ToNumberWithInt kernel, Argument... arguments) {
            return arrayUsage(formula, kernel, arguments);
        }

        /** An array usage {@code name(array, integer, number) -> number}. */
        public Builder array(String formula, ArrayKernel.ToNumberWithIntAndDouble kernel, Argument... arguments) {
            return arrayUsage(formula, kernel, arguments);
        }

        /** An array usage {@code name(array, array) -> number}. */
        public Builder array(String formula, ArrayKernel.ToNumberWithArray kernel, Argument... arguments) {
            return arrayUsage(formula, kernel, arguments);
        }

        private Builder arrayUsage(String formula, ArrayKernel kernel, Argument... arguments) {
            usages.add(new ArrayUsage(List.of(arguments), formula, kernel));
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
