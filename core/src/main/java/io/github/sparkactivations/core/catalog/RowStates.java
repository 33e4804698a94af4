package io.github.sparkactivations.core.catalog;

import io.github.sparkactivations.core.catalog.RowState.Column;
import io.github.sparkactivations.core.catalog.RowState.Slot;
import io.github.sparkactivations.core.catalog.RowState.Term;
import io.github.sparkactivations.core.softmax.LogSumExpState;
import io.github.sparkactivations.core.softmax.LogSumExpState.Carry;
import io.github.sparkactivations.core.softmax.SoftmaxEntropyState;
import io.github.sparkactivations.core.softmax.SoftmaxLossState;

import static io.github.sparkactivations.core.catalog.RowState.call;
import static io.github.sparkactivations.core.catalog.RowState.column;
import static io.github.sparkactivations.core.catalog.RowState.constant;
import static io.github.sparkactivations.core.catalog.RowState.ifPresent;
import static io.github.sparkactivations.core.softmax.LogSumExpState.Carry.ALL;
import static io.github.sparkactivations.core.softmax.LogSumExpState.Carry.NONE;
import static io.github.sparkactivations.core.softmax.LogSumExpState.Carry.WHERE_IT_CANCELS;

/**
 * The streaming states of the catalog's aggregate and window usages, declared over the static transitions of
 * {@link LogSumExpState}, {@link SoftmaxLossState} and {@link SoftmaxEntropyState}. A NULL first column leaves a
 * state as it is. Each kernel has one label, the name of its call in generated code.
 */
public final class RowStates {

    private static final StepKernel.Of2 MAX = LogSumExpState::maxAfterAdd;
    private static final StepKernel.Of2 SCALE = LogSumExpState::scale;
    private static final StepKernel.Of2 TERM = LogSumExpState::term;
    private static final StepKernel.Of4 SCALE_LOW = (m, t, x, r) -> LogSumExpState.scaleLow(m, t, x, r, WHERE_IT_CANCELS);
    private static final StepKernel.Of4 SCALE_LOW_EXACT = (m, t, x, r) -> LogSumExpState.scaleLow(m, t, x, r, ALL);
    private static final StepKernel.Of4 TERM_LOW = (m, t, x, v) -> LogSumExpState.termLow(m, t, x, v, WHERE_IT_CANCELS);
    private static final StepKernel.Of4 TERM_LOW_EXACT = (m, t, x, v) -> LogSumExpState.termLow(m, t, x, v, ALL);
    private static final StepKernel.Of3 OTHERS = LogSumExpState::othersHigh;
    private static final StepKernel.Of6 COMPENSATION = LogSumExpState::othersLow;
    private static final StepKernel.Of2 MAX_MERGE = LogSumExpState::maxAfterMerge;
    private static final StepKernel.Of4 OTHERS_MERGE = LogSumExpState::mergeHigh;
    private static final StepKernel.Of6 COMPENSATION_MERGE_PLAIN = (m1, t1, c1, m2, t2, c2) ->
            LogSumExpState.mergeLow(m1, t1, c1, m2, t2, c2, NONE);
    private static final StepKernel.Of6 COMPENSATION_MERGE = (m1, t1, c1, m2, t2, c2) ->
            LogSumExpState.mergeLow(m1, t1, c1, m2, t2, c2, WHERE_IT_CANCELS);
    private static final StepKernel.Of6 COMPENSATION_MERGE_EXACT = (m1, t1, c1, m2, t2, c2) ->
            LogSumExpState.mergeLow(m1, t1, c1, m2, t2, c2, ALL);
    private static final StepKernel.Of3 LSE_VALUE = LogSumExpState::value;
    private static final StepKernel.Of2 PLUS = Double::sum;

    // Declared after the kernels they use: static fields initialize in order.

    /** {@code log_sum_exp(x)}: a {@link LogSumExpState}, NULL for a group without a value. */
    public static final RowState LOG_SUM_EXP = logSumExpOnly(WHERE_IT_CANCELS);

    /**
     * The state {@code softmax(x) OVER w} and {@code log_softmax(x) OVER w} read: each exp rounded once, as the array
     * forms do. Their row results are a quotient, or a sum of two parts of one sign, of the state's: nothing cancels,
     * and carrying every exp's rounding (one double-double exp a row, 25 ns) gained 0.2 and 0.5 ulp (2.75 and 1.87
     * against 2.54 and 1.42, 20,000 random vectors).
     */
    public static final RowState LOG_SUM_EXP_PLAIN = logSumExpOnly(NONE);

    /** {@code softmax_loss(logit, target)}: a {@link SoftmaxLossState}; a NULL target counts as 0. */
    public static final RowState SOFTMAX_LOSS = softmaxLoss();

    /** {@code softmax_loss_grad(logit, target) OVER w}: the exact logits' state and the plain sum of the targets. */
    public static final RowState LOGITS_AND_TARGETS = logitsAndTargets();

    /** {@code softmax_entropy(x)}: a {@link SoftmaxEntropyState}. */
    public static final RowState SOFTMAX_ENTROPY = softmaxEntropy();

    private RowStates() {
    }

    /** A {@link LogSumExpState}'s slots in a state, and the terms a row shares with the state's other slots. */
    private record LogSumExp(Slot max, Slot others, Slot compensation, Term scale, Term term) {
    }

    /**
     * Declares the slots max, others and compensation of a log-sum-exp state of column {@code x} carrying the exp
     * roundings {@code carry} says ({@link LogSumExpState}'s transitions).
     */
    private static LogSumExp logSumExp(RowState.Builder b, Column x, Carry carry) {
        Slot max = b.slot("max", Double.NEGATIVE_INFINITY);
        Slot others = b.slot("others", -1);
        Slot compensation = b.slot("compensation", 0);
        Term r = ifPresent(x, call("lse_scale", SCALE, max, x), constant(-1));
        Term v = ifPresent(x, call("lse_term", TERM, max, x), constant(0));
        Term rLo = switch (carry) {
            case NONE -> constant(0);
            case WHERE_IT_CANCELS -> ifPresent(x, call("lse_scale_low", SCALE_LOW, max, others, x, r), constant(0));
            case ALL -> ifPresent(x, call("lse_scale_low_exact", SCALE_LOW_EXACT, max, others, x, r), constant(0));
        };
        Term vLo = switch (carry) {
            case NONE -> constant(0);
            case WHERE_IT_CANCELS -> ifPresent(x, call("lse_term_low", TERM_LOW, max, others, x, v), constant(0));
            case ALL -> ifPresent(x, call("lse_term_low_exact", TERM_LOW_EXACT, max, others, x, v), constant(0));
        };
        Term compensationMerge = switch (carry) {
            case NONE -> call("lse_compensation_merge_plain", COMPENSATION_MERGE_PLAIN, max, others, compensation,
                    max.other(), others.other(), compensation.other());
            case WHERE_IT_CANCELS -> call("lse_compensation_merge", COMPENSATION_MERGE, max, others, compensation,
                    max.other(), others.other(), compensation.other());
            case ALL -> call("lse_compensation_merge_exact", COMPENSATION_MERGE_EXACT, max, others, compensation,
                    max.other(), others.other(), compensation.other());
        };
        b.step(max, ifPresent(x, call("lse_max", MAX, max, x), max), call("lse_max_merge", MAX_MERGE, max, max.other()));
        b.step(others, call("lse_others", OTHERS, others, r, v),
                call("lse_others_merge", OTHERS_MERGE, max, others, max.other(), others.other()));
        b.step(compensation, call("lse_compensation", COMPENSATION, others, compensation, r, rLo, v, vLo),
                compensationMerge);
        return new LogSumExp(max, others, compensation, r, v);
    }

    private static RowState logSumExpOnly(Carry carry) {
        RowState.Builder b = RowState.builder();
        LogSumExp s = logSumExp(b, column(0), carry);
        return b.emptyWhen(s.max, s.others).result(call("lse_value", LSE_VALUE, s.max, s.others, s.compensation));
    }

    private static RowState softmaxLoss() {
        RowState.Builder b = RowState.builder();
        Column logit = column(0);
        Column target = column(1);
        LogSumExp s = logSumExp(b, logit, SoftmaxLossState.CARRY);
        Slot gap = b.slot("gap", 0);
        Slot gapLo = b.slot("gap_lo", 0);
        Slot weight = b.slot("weight", 0);
        Slot weightLo = b.slot("weight_lo", 0);
        // A row without target still moves the gap sum when it raises the maximum.
        b.step(gap, ifPresent(logit, call("loss_gap", SoftmaxLossState::gapHigh, gap, s.max, weight, logit, target), gap),
                call("loss_gap_merge", SoftmaxLossState::mergeGapHigh, s.max, gap, weight, s.max.other(), gap.other(),
                        weight.other()));
        b.step(gapLo, ifPresent(logit, call("loss_gap_low", SoftmaxLossState::gapLow, gap, gapLo, s.max, weight,
                        weightLo, logit, target), gapLo),
                call("loss_gap_low_merge", SoftmaxLossState::mergeGapLow, s.max, gap, gapLo, weight, weightLo,
                        s.max.other(), gap.other(), gapLo.other(), weight.other(), weightLo.other()));
        b.step(weight, ifPresent(logit, call("plus", PLUS, weight, target), weight),
                call("plus", PLUS, weight, weight.other()));
        b.step(weightLo, ifPresent(logit, call("loss_weight_low", SoftmaxLossState::weightLow, weight, weightLo, target),
                        weightLo),
                call("loss_weight_low_merge", SoftmaxLossState::mergeLow, weight, weightLo, weight.other(),
                        weightLo.other()));
        Term log1p = call("lse_log1p", LogSumExpState::log1pPart, s.others, s.compensation);
        return b.emptyWhen(weight).emptyError("a group has no row with a nonzero target")
                .result(call("loss_value", SoftmaxLossState::value, s.max, log1p, gap, gapLo, weight, weightLo));
    }

    private static RowState logitsAndTargets() {
        RowState.Builder b = RowState.builder();
        LogSumExp s = logSumExp(b, column(0), ALL);
        Slot targets = b.slot("targets", 0);
        b.step(targets, call("plus", PLUS, targets, column(1)), call("plus", PLUS, targets, targets.other()));
        return b.emptyWhen(s.max, s.others).result(call("lse_value", LSE_VALUE, s.max, s.others, s.compensation));
    }

    private static RowState softmaxEntropy() {
        RowState.Builder b = RowState.builder();
        Column x = column(0);
        LogSumExp s = logSumExp(b, x, SoftmaxEntropyState.CARRY);
        Slot weighted = b.slot("weighted", 0);
        Slot weightedLo = b.slot("weighted_lo", 0);
        b.step(weighted, call("entropy_weighted", SoftmaxEntropyState::weightedHigh, s.max, s.others, x, s.scale,
                        s.term, weighted),
                call("entropy_weighted_merge", SoftmaxEntropyState::mergeHigh, s.max, s.others, weighted,
                        s.max.other(), s.others.other(), weighted.other()));
        b.step(weightedLo, call("entropy_weighted_low", SoftmaxEntropyState::weightedLow, s.max, s.others,
                        s.compensation, x, s.scale, s.term, weighted, weightedLo),
                call("entropy_weighted_low_merge", SoftmaxEntropyState::mergeLow, s.max, s.others, s.compensation,
                        weighted, weightedLo, s.max.other(), s.others.other(), s.compensation.other(),
                        weighted.other(), weightedLo.other()));
        return b.emptyWhen(s.max, s.others).result(call("entropy_value", SoftmaxEntropyState::value, s.max, s.others,
                s.compensation, weighted, weightedLo));
    }
}
