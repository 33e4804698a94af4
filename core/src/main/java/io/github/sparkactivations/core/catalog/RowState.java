package io.github.sparkactivations.core.catalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mergeable state over a group's rows, declared: double slots with their initial values, how a row updates each
 * slot, how two partial states merge, and how the result is read. Every step is a {@link Term}: a slot, a column of
 * the row, a constant, or a {@link StepKernel} call on other terms. Spark's layer turns one into a declarative
 * aggregate whose generated code calls the kernels directly; a term used by two slots is computed once a row.
 * The states themselves are declared in {@link RowStates}.
 *
 * @param slots      the buffer, in order
 * @param update     each slot's value after a row, from the slots before it and the row's {@link Column}s
 * @param merge      each slot's value after merging a right state ({@link Other}) into the left ({@link Slot})
 * @param result     the aggregate's value, from the final slots
 * @param emptyWhen  the state is empty (its result NULL) while each of these slots holds its initial value
 * @param emptyError under ANSI mode an empty state fails the query with this message; null: it gives NULL
 */
public record RowState(List<Slot> slots, List<Term> update, List<Term> merge, Term result, List<Slot> emptyWhen,
                       String emptyError) implements Serializable {

    /** A value computed from slots, columns and constants. */
    public sealed interface Term extends Serializable permits Slot, Other, Column, Constant, Call, IfPresent {
    }

    /** A slot's value: before the row in an update, the left state's in a merge, the final one in the result. */
    public record Slot(String name, double initial) implements Term {
        /** The right state's value of this slot, in a merge. */
        public Other other() {
            return new Other(this);
        }
    }

    /** The right state's value of {@code slot}, in a merge. */
    public record Other(Slot slot) implements Term {
    }

    /** The row's argument {@code index} as a double; a NULL reads as 0 (see {@link IfPresent}). */
    public record Column(int index) implements Term {
    }

    public record Constant(double value) implements Term {
    }

    /** {@code kernel(arguments...)}; {@code label} names the call in generated code, such as {@code lse_scale}. */
    public record Call(String label, StepKernel kernel, List<Term> arguments) implements Term {
        public Call {
            arguments = List.copyOf(arguments);
            if (kernel.arity() != arguments.size()) {
                throw new IllegalArgumentException(label + " takes " + kernel.arity() + " arguments, given "
                        + arguments.size());
            }
        }
    }

    /** {@code value}, or {@code otherwise} where the row's {@code column} is NULL. */
    public record IfPresent(Column column, Term value, Term otherwise) implements Term {
    }

    public RowState {
        slots = List.copyOf(slots);
        update = List.copyOf(update);
        merge = List.copyOf(merge);
        emptyWhen = List.copyOf(emptyWhen);
    }

    /** How many columns the rows have: one more than the highest column any update reads. */
    public int columns() {
        return update.stream().mapToInt(RowState::highestColumn).max().orElse(-1) + 1;
    }

    private static int highestColumn(Term t) {
        if (t instanceof Column c) {
            return c.index();
        }
        if (t instanceof Call c) {
            return c.arguments().stream().mapToInt(RowState::highestColumn).max().orElse(-1);
        }
        if (t instanceof IfPresent p) {
            return Math.max(p.column().index(), Math.max(highestColumn(p.value()), highestColumn(p.otherwise())));
        }
        return -1;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Column column(int index) {
        return new Column(index);
    }

    public static Constant constant(double value) {
        return new Constant(value);
    }

    public static IfPresent ifPresent(Column column, Term value, Term otherwise) {
        return new IfPresent(column, value, otherwise);
    }

    public static Call call(String label, StepKernel.Of2 kernel, Term a, Term b) {
        return new Call(label, kernel, List.of(a, b));
    }

    public static Call call(String label, StepKernel.Of3 kernel, Term a, Term b, Term c) {
        return new Call(label, kernel, List.of(a, b, c));
    }

    public static Call call(String label, StepKernel.Of4 kernel, Term a, Term b, Term c, Term d) {
        return new Call(label, kernel, List.of(a, b, c, d));
    }

    public static Call call(String label, StepKernel.Of5 kernel, Term a, Term b, Term c, Term d, Term e) {
        return new Call(label, kernel, List.of(a, b, c, d, e));
    }

    public static Call call(String label, StepKernel.Of6 kernel, Term a, Term b, Term c, Term d, Term e, Term f) {
        return new Call(label, kernel, List.of(a, b, c, d, e, f));
    }

    public static Call call(String label, StepKernel.Of7 kernel, Term a, Term b, Term c, Term d, Term e, Term f,
                            Term g) {
        return new Call(label, kernel, List.of(a, b, c, d, e, f, g));
    }

    public static Call call(String label, StepKernel.Of8 kernel, Term a, Term b, Term c, Term d, Term e, Term f,
                            Term g, Term h) {
        return new Call(label, kernel, List.of(a, b, c, d, e, f, g, h));
    }

    public static Call call(String label, StepKernel.Of10 kernel, Term a, Term b, Term c, Term d, Term e, Term f,
                            Term g, Term h, Term i, Term j) {
        return new Call(label, kernel, List.of(a, b, c, d, e, f, g, h, i, j));
    }

    /** Declares slots, then each slot's update and merge, then the result. */
    public static final class Builder {
        private final Map<Slot, Term[]> steps = new LinkedHashMap<>();
        private final Set<String> names = new HashSet<>();
        private List<Slot> emptyWhen = List.of();
        private String emptyError;

        private Builder() {
        }

        public Slot slot(String name, double initial) {
            if (!names.add(name)) {
                throw new IllegalArgumentException("two slots named " + name);
            }
            Slot slot = new Slot(name, initial);
            steps.put(slot, new Term[2]);
            return slot;
        }

        /** {@code slot}'s value after a row, and after a merge. */
        public Builder step(Slot slot, Term update, Term merge) {
            Term[] step = steps.get(slot);
            step[0] = update;
            step[1] = merge;
            return this;
        }

        /** The state is empty while each of {@code slots} holds its initial value. */
        public Builder emptyWhen(Slot... slots) {
            emptyWhen = List.of(slots);
            return this;
        }

        /** Under ANSI mode an empty state fails the query with {@code message}. */
        public Builder emptyError(String message) {
            emptyError = message;
            return this;
        }

        public RowState result(Term result) {
            List<Term> update = new ArrayList<>();
            List<Term> merge = new ArrayList<>();
            steps.forEach((slot, step) -> {
                if (step[0] == null) {
                    throw new IllegalStateException("slot " + slot.name() + " has no step");
                }
                update.add(step[0]);
                merge.add(step[1]);
            });
            return new RowState(List.copyOf(steps.keySet()), update, merge, result, emptyWhen, emptyError);
        }
    }
}
