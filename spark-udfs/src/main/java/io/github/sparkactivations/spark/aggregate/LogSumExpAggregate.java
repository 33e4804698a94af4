package io.github.sparkactivations.spark.aggregate;

import io.github.sparkactivations.spark.catalyst.ScalaSeqs;
import io.github.sparkactivations.core.softmax.LogSumExpState;
import io.github.sparkactivations.spark.catalyst.CaseClass;
import org.apache.spark.sql.catalyst.expressions.And;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.CreateNamedStruct;
import org.apache.spark.sql.catalyst.expressions.EqualTo;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.immutable.Seq;

import java.io.Serializable;
import java.util.List;

import static io.github.sparkactivations.spark.catalyst.Catalyst.invoke;
import static io.github.sparkactivations.spark.catalyst.Catalyst.literal;
import static io.github.sparkactivations.spark.catalyst.Catalyst.seq;

/**
 * {@code log_sum_exp(x)} over rows: one streaming pass, O(1) memory, merged exactly across partial
 * aggregates: the buffer is a {@link LogSumExpState}, kept in {@link LogSumExpSlots}.
 *
 * <p>As {@code state}, it returns the buffer itself as {@code struct<max, others, compensation>}, every
 * exp's rounding carried: the window softmax divides by that sum rather than subtracting a rounded log.
 */
public final class LogSumExpAggregate extends ScalaSeqs.DeclarativeAggregateNode implements Serializable, CaseClass {

    public static final DataType STATE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("max", DataTypes.DoubleType, false),
            DataTypes.createStructField("others", DataTypes.DoubleType, false),
            DataTypes.createStructField("compensation", DataTypes.DoubleType, false)));

    private final Expression child;
    private final boolean state;
    private final LogSumExpSlots slots;

    /** @param child a DOUBLE expression; @param state return the (exact) state struct instead of the value */
    public LogSumExpAggregate(Expression child, boolean state) {
        this.child = child;
        this.state = state;
        this.slots = new LogSumExpSlots(state);
    }

    @Override
    public Seq<AttributeReference> aggBufferAttributes() {
        return seq(slots.attributes());
    }

    @Override
    public Seq<Expression> initialValues() {
        return seq(slots.initialValues());
    }

    @Override
    public Seq<Expression> updateExpressions() {
        return seq(slots.update(child));
    }

    @Override
    public Seq<Expression> mergeExpressions() {
        return seq(slots.merge(a -> new RichAttribute(a).left(), a -> new RichAttribute(a).right()));
    }

    @Override
    public Expression evaluateExpression() {
        Expression empty = new And(new EqualTo(slots.others, literal(-1.0)),
                new EqualTo(slots.max, literal(Double.NEGATIVE_INFINITY)));
        Expression result = state
                ? new CreateNamedStruct(seq(literal("max", DataTypes.StringType), slots.max,
                        literal("others", DataTypes.StringType), slots.others,
                        literal("compensation", DataTypes.StringType), slots.compensation))
                : invoke(LogSumExpState.class, "value", slots.max, slots.others, slots.compensation);
        return new If(empty, literal(null, dataType()), result);
    }

    @Override
    public Seq<Expression> children() {
        return seq(child);
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public DataType dataType() {
        return state ? STATE : DataTypes.DoubleType;
    }

    @Override
    public String prettyName() {
        return "log_sum_exp";
    }

    @Override
    protected Expression withChildren(List<Expression> children) {
        return new LogSumExpAggregate(children.get(0), state);
    }

    @Override
    public List<Object> fields() {
        return List.of(child, state);
    }

    @Override
    public boolean equals(Object o) {
        return CaseClass.equal(this, o);
    }
}
