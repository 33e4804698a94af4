package io.github.sparkactivations.core.catalog;

import io.github.sparkactivations.core.catalog.RowState.Call;
import io.github.sparkactivations.core.catalog.RowState.Column;
import io.github.sparkactivations.core.catalog.RowState.Constant;
import io.github.sparkactivations.core.catalog.RowState.IfPresent;
import io.github.sparkactivations.core.catalog.RowState.Other;
import io.github.sparkactivations.core.catalog.RowState.Slot;
import io.github.sparkactivations.core.catalog.RowState.Term;

import java.util.Arrays;
import java.util.List;

/**
 * Runs a declared {@link RowState} as Spark's aggregate does, without Spark: every slot's update (or merge) reads
 * the buffer before the step, a NULL column reads as 0, and the result is NULL while the state is empty. What the
 * catalog declares can then be tested against exact values, and against the states' own Java classes.
 */
public final class RowStateRunner {

    private final RowState state;
    private double[] slots;

    public RowStateRunner(RowState state) {
        this.state = state;
        this.slots = state.slots().stream().mapToDouble(Slot::initial).toArray();
    }

    /** Adds a row; a null column is SQL's NULL. */
    public RowStateRunner add(Double... columns) {
        double[] before = slots;
        slots = state.update().stream().mapToDouble(t -> eval(t, before, null, columns)).toArray();
        return this;
    }

    /** Merges {@code other}'s rows into this state. */
    public RowStateRunner merge(RowStateRunner other) {
        double[] before = slots;
        slots = state.merge().stream().mapToDouble(t -> eval(t, before, other.slots, null)).toArray();
        return this;
    }

    /** The aggregate's value; null while the state is empty. */
    public Double result() {
        boolean empty = state.emptyWhen().stream()
                .allMatch(s -> Double.compare(slots[state.slots().indexOf(s)], s.initial()) == 0);
        return empty ? null : eval(state.result(), slots, null, null);
    }

    /** The final slots, as a window's kernel reads them. */
    public double[] slots() {
        return slots.clone();
    }

    private double eval(Term t, double[] left, double[] right, Double[] columns) {
        if (t instanceof Slot s) {
            return left[state.slots().indexOf(s)];
        }
        if (t instanceof Other o) {
            return right[state.slots().indexOf(o.slot())];
        }
        if (t instanceof Column c) {
            Double value = columns[c.index()];
            return value == null ? 0.0 : value;
        }
        if (t instanceof Constant c) {
            return c.value();
        }
        if (t instanceof IfPresent p) {
            return columns[p.column().index()] == null ? eval(p.otherwise(), left, right, columns)
                    : eval(p.value(), left, right, columns);
        }
        Call c = (Call) t;
        List<Term> arguments = c.arguments();
        return c.kernel().applyTo(arguments.stream().mapToDouble(a -> eval(a, left, right, columns)).toArray());
    }

    @Override
    public String toString() {
        return Arrays.toString(slots);
    }
}
