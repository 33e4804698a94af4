package io.github.sparkactivations.core.catalog;

import io.github.sparkactivations.core.catalog.RowState.Call;
import io.github.sparkactivations.core.catalog.RowState.IfPresent;
import io.github.sparkactivations.core.catalog.RowState.Term;
import io.github.sparkactivations.core.softmax.LogSumExpState;
import io.github.sparkactivations.core.softmax.SoftmaxEntropyState;
import io.github.sparkactivations.core.softmax.SoftmaxLossState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static io.github.sparkactivations.core.softmax.LogSumExpState.Carry.ALL;
import static io.github.sparkactivations.core.softmax.LogSumExpState.Carry.NONE;
import static io.github.sparkactivations.core.softmax.LogSumExpState.Carry.WHERE_IT_CANCELS;

/**
 * The declared states ({@link RowStates}), run as Spark runs them ({@link RowStateRunner}), give bit for bit what
 * their Java classes give, over random rows (edges, NULLs) added in random parts and merged.
 */
class RowStatesTest {

    private static final double[] EDGES = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN,
            -Double.MAX_VALUE, Double.MAX_VALUE, 0.0, -0.0, Double.MIN_VALUE, -745, 710};

    private static double value(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> EDGES[random.nextInt(EDGES.length)];
            case 1 -> -1e4 + 2e4 * random.nextDouble();
            default -> -30 + 60 * random.nextDouble();
        };
    }

    /**
     * Rows in parts of random length, each part's state merged into the total as partial aggregates are, by the
     * class and by its declaration: the same value (the class's NaN where the declaration's state is empty).
     */
    private static <S> void agree(RowState declared, java.util.function.Supplier<S> fresh,
                                  java.util.function.BiConsumer<S, Double[]> add,
                                  java.util.function.BinaryOperator<S> merge,
                                  java.util.function.ToDoubleFunction<S> value, int columns) {
        for (int seed = 0; seed < 2000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int edges = random.nextInt(4);
            DoubleSupplier draw = () -> edges == 0 ? value(random) : -30 + 60 * random.nextDouble();
            S total = fresh.get();
            S part = fresh.get();
            RowStateRunner declaredTotal = new RowStateRunner(declared);
            RowStateRunner declaredPart = new RowStateRunner(declared);
            int rows = random.nextInt(40);
            for (int i = 0; i < rows; i++) {
                Double[] row = new Double[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(10) == 0 ? null : c == 0 ? draw.getAsDouble() : random.nextDouble();
                }
                add.accept(part, row);
                declaredPart.add(row);
                if (random.nextInt(6) == 0) {
                    total = merge.apply(total, part);
                    declaredTotal.merge(declaredPart);
                    part = fresh.get();
                    declaredPart = new RowStateRunner(declared);
                }
            }
            total = merge.apply(total, part);
            declaredTotal.merge(declaredPart);
            Double result = declaredTotal.result();
            assertEquals(value.applyAsDouble(total), result == null ? Double.NaN : result, "seed " + seed);
        }
    }

    @Test
    void logSumExpIsItsClass() {
        // LOGITS_AND_TARGETS: the exact logits' state beside the targets' sum, its result the same log_sum_exp
        Map<LogSumExpState.Carry, RowState> declared = Map.of(NONE, RowStates.LOG_SUM_EXP_PLAIN,
                WHERE_IT_CANCELS, RowStates.LOG_SUM_EXP, ALL, RowStates.LOGITS_AND_TARGETS);
        declared.forEach((carry, state) -> agree(state, () -> new LogSumExpState(carry), (s, row) -> {
            if (row[0] != null) {
                s.add(row[0]);
            }
        }, LogSumExpState::merge, LogSumExpState::value, state.columns()));
    }

    @Test
    void softmaxEntropyIsItsClass() {
        agree(RowStates.SOFTMAX_ENTROPY, SoftmaxEntropyState::new, (s, row) -> {
            if (row[0] != null) {
                s.add(row[0]);
            }
        }, SoftmaxEntropyState::merge, SoftmaxEntropyState::value, 1);
    }

    @Test
    void softmaxLossIsItsClass() {
        // The class knows no NULL: a NULL target is its 0, a NULL logit no row.
        agree(RowStates.SOFTMAX_LOSS, SoftmaxLossState::new, (s, row) -> {
            if (row[0] != null) {
                s.add(row[0], row[1] == null ? 0.0 : row[1]);
            }
        }, SoftmaxLossState::merge, SoftmaxLossState::value, 2);
    }

    @Test
    void anEmptyStateIsNull() {
        for (RowState s : List.of(RowStates.LOG_SUM_EXP, RowStates.SOFTMAX_LOSS, RowStates.SOFTMAX_ENTROPY)) {
            assertNull(new RowStateRunner(s).result());
            assertNull(new RowStateRunner(s).add(new Double[s.columns()]).result());
        }
    }

    @Test
    void eachLabelNamesOneKernel() {
        Map<String, StepKernel> kernels = new HashMap<>();
        for (RowState s : List.of(RowStates.LOG_SUM_EXP, RowStates.LOG_SUM_EXP_PLAIN, RowStates.SOFTMAX_LOSS,
                RowStates.LOGITS_AND_TARGETS, RowStates.SOFTMAX_ENTROPY)) {
            List<Term> pending = new ArrayList<>(s.update());
            pending.addAll(s.merge());
            pending.add(s.result());
            while (!pending.isEmpty()) {
                Term t = pending.remove(pending.size() - 1);
                if (t instanceof Call c) {
                    assertSame(kernels.computeIfAbsent(c.label(), l -> c.kernel()), c.kernel(), c.label());
                    pending.addAll(c.arguments());
                } else if (t instanceof IfPresent p) {
                    pending.addAll(List.of(p.value(), p.otherwise()));
                }
            }
        }
    }

    @Test
    void aCallChecksItsArity() {
        StepKernel.Of2 plus = Double::sum;
        assertThrows(IllegalArgumentException.class, () -> new Call("plus", plus, List.of(RowState.constant(1))));
        assertEquals(2, RowStates.SOFTMAX_LOSS.columns());
        assertEquals(1, RowStates.SOFTMAX_ENTROPY.columns());
    }
}
