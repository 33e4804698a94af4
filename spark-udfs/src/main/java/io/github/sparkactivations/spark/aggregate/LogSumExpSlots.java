package io.github.sparkactivations.spark.aggregate;

import io.github.sparkactivations.core.softmax.LogSumExpState;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Coalesce;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.types.DataTypes;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

import static io.github.sparkactivations.spark.catalyst.Catalyst.invoke;
import static io.github.sparkactivations.spark.catalyst.Catalyst.literal;
import static io.github.sparkactivations.spark.catalyst.Catalyst.seq;

/**
 * The three buffer slots of a {@link LogSumExpState} in an aggregate (max, others, compensation), with
 * their initial values and their update and merge expressions: each a direct call of a core kernel.
 * The one exp a row needs sits in two subexpressions shared by the others and compensation updates,
 * which codegen evaluates once.
 */
public final class LogSumExpSlots implements Serializable {

    /** Carry every exp's rounding ({@link LogSumExpState#LogSumExpState(boolean)}): for a window's state. */
    private final Expression exact;

    final AttributeReference max = Catalyst.slot("max", DataTypes.DoubleType);
    final AttributeReference others = Catalyst.slot("others", DataTypes.DoubleType);
    final AttributeReference compensation = Catalyst.slot("compensation", DataTypes.DoubleType);

    LogSumExpSlots(boolean exact) {
        this.exact = literal(exact, DataTypes.BooleanType);
    }

    List<AttributeReference> attributes() {
        return List.of(max, others, compensation);
    }

    List<Expression> initialValues() {
        return List.of(literal(Double.NEGATIVE_INFINITY), literal(-1.0), literal(0.0));
    }

    /** Adds {@code x} (a DOUBLE); a NULL x leaves the slots as they are. */
    List<Expression> update(Expression x) {
        // The kernels take a NULL as absent = true (x then 0): no branch around them, so codegen
        // computes the shared scale and term once per row.
        Expression absent = new IsNull(x);
        Expression value = new Coalesce(seq(x, literal(0.0)));
        Expression scale = invoke(LogSumExpState.class, "scale", max, value, absent);
        Expression term = invoke(LogSumExpState.class, "term", max, value, absent);
        return List.of(
                invoke(LogSumExpState.class, "maxAfterAdd", max, value, absent),
                invoke(LogSumExpState.class, "othersHigh", others, scale, term),
                invoke(LogSumExpState.class, "othersLow", others, compensation,
                        scale, invoke(LogSumExpState.class, "scaleLow", max, value, absent, scale, exact),
                        term, invoke(LogSumExpState.class, "termLow", max, value, absent, term, exact)));
    }

    /** Merges the left and right buffers; {@code left} and {@code right} name a slot's two sides. */
    List<Expression> merge(Function<AttributeReference, Expression> left, Function<AttributeReference, Expression> right) {
        Expression m1 = left.apply(max);
        Expression m2 = right.apply(max);
        Expression s1 = left.apply(others);
        Expression s2 = right.apply(others);
        return List.of(
                invoke(LogSumExpState.class, "maxAfterMerge", m1, m2),
                invoke(LogSumExpState.class, "mergeHigh", m1, s1, m2, s2),
                invoke(LogSumExpState.class, "mergeLow", m1, s1, left.apply(compensation), m2, s2,
                        right.apply(compensation), exact));
    }
}
