package io.github.sparkactivations.spark;

import io.github.sparkactivations.core.vector.LogSumExpState;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.types.DataTypes;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

import static io.github.sparkactivations.spark.Catalyst.invoke;
import static io.github.sparkactivations.spark.Catalyst.literal;

/**
 * The three buffer slots of a {@link LogSumExpState} in an aggregate (max, sum, compensation), with
 * their initial values and their update and merge expressions: each a direct call of a core kernel.
 * The one exp a row needs sits in two subexpressions shared by the sum and compensation updates,
 * which codegen evaluates once.
 */
final class LogSumExpSlots implements Serializable {

    final AttributeReference max = Catalyst.slot("max", DataTypes.DoubleType);
    final AttributeReference sum = Catalyst.slot("sum", DataTypes.DoubleType);
    final AttributeReference compensation = Catalyst.slot("compensation", DataTypes.DoubleType);

    List<AttributeReference> attributes() {
        return List.of(max, sum, compensation);
    }

    List<Expression> initialValues() {
        return List.of(literal(Double.NEGATIVE_INFINITY), literal(0.0), literal(0.0));
    }

    /** Adds {@code x} (a DOUBLE); a NULL x leaves the slots as they are. */
    List<Expression> update(Expression x) {
        Expression scale = invoke(LogSumExpState.class, "scale", max, x);
        Expression term = invoke(LogSumExpState.class, "term", max, x);
        Expression isNull = new IsNull(x);
        return List.of(
                new If(isNull, max, invoke(LogSumExpState.class, "maxAfterAdd", max, x)),
                new If(isNull, sum, invoke(LogSumExpState.class, "sumHigh", sum, scale, term)),
                new If(isNull, compensation, invoke(LogSumExpState.class, "sumLow", sum, compensation, scale, term)));
    }

    /** Merges the left and right buffers; {@code left} and {@code right} name a slot's two sides. */
    List<Expression> merge(Function<AttributeReference, Expression> left, Function<AttributeReference, Expression> right) {
        Expression m1 = left.apply(max);
        Expression m2 = right.apply(max);
        Expression s1 = left.apply(sum);
        Expression s2 = right.apply(sum);
        return List.of(
                invoke(LogSumExpState.class, "maxAfterMerge", m1, m2),
                invoke(LogSumExpState.class, "mergeHigh", m1, s1, m2, s2),
                invoke(LogSumExpState.class, "mergeLow", m1, s1, left.apply(compensation), m2, s2,
                        right.apply(compensation)));
    }
}
