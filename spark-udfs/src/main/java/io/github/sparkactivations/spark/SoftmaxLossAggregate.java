package io.github.sparkactivations.spark;

import io.github.sparkactivations.core.vector.LogSumExpState;
import io.github.sparkactivations.core.vector.SoftmaxLossState;
import org.apache.spark.sql.catalyst.expressions.Add;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Coalesce;
import org.apache.spark.sql.catalyst.expressions.EqualTo;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.catalyst.expressions.Or;
import org.apache.spark.sql.catalyst.expressions.aggregate.DeclarativeAggregate;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.github.sparkactivations.spark.Catalyst.invoke;
import static io.github.sparkactivations.spark.Catalyst.literal;
import static io.github.sparkactivations.spark.Catalyst.seq;

/**
 * {@code softmax_loss(logit, target)} over the rows of one sample: the cross-entropy in one streaming
 * pass, O(1) memory, as a {@link SoftmaxLossState}: the logits' log-sum-exp slots, the compensated
 * {@code sum(target * logit)}, and {@code sum(target)}. A row with a NULL logit is skipped; a NULL
 * target counts as 0. A group with no nonzero target gives NULL, or fails under ANSI mode.
 */
public final class SoftmaxLossAggregate extends DeclarativeAggregate implements Serializable {

    private final Expression logit;
    private final Expression target;
    private final boolean ansi;
    private final LogSumExpSlots logits = new LogSumExpSlots();
    private final AttributeReference weighted = Catalyst.slot("weighted", DataTypes.DoubleType);
    private final AttributeReference weightedLo = Catalyst.slot("weighted_lo", DataTypes.DoubleType);
    private final AttributeReference weight = Catalyst.slot("weight", DataTypes.DoubleType);
    private final AttributeReference weightLo = Catalyst.slot("weight_lo", DataTypes.DoubleType);

    /** @param logit, target DOUBLE expressions; @param ansi fail a group without target instead of NULL */
    public SoftmaxLossAggregate(Expression logit, Expression target, boolean ansi) {
        this.logit = logit;
        this.target = target;
        this.ansi = ansi;
    }

    @Override
    public Seq<AttributeReference> aggBufferAttributes() {
        List<AttributeReference> slots = new ArrayList<>(logits.attributes());
        slots.addAll(List.of(weighted, weightedLo, weight, weightLo));
        return seq(slots);
    }

    @Override
    public Seq<Expression> initialValues() {
        List<Expression> values = new ArrayList<>(logits.initialValues());
        values.addAll(List.of(literal(0.0), literal(0.0), literal(0.0), literal(0.0)));
        return seq(values);
    }

    @Override
    public Seq<Expression> updateExpressions() {
        List<Expression> updates = new ArrayList<>(logits.update(logit));
        Expression t = new Coalesce(seq(target, literal(0.0)));
        Expression skip = new Or(new IsNull(logit), new EqualTo(t, literal(0.0)));
        updates.add(new If(skip, weighted, invoke(SoftmaxLossState.class, "weightedSumHigh", weighted, logit, t)));
        updates.add(new If(skip, weightedLo,
                invoke(SoftmaxLossState.class, "weightedSumLow", weighted, weightedLo, logit, t)));
        updates.add(new If(skip, weight, new Add(weight, t)));
        updates.add(new If(skip, weightLo, invoke(SoftmaxLossState.class, "weightLow", weight, weightLo, t)));
        return seq(updates);
    }

    @Override
    public Seq<Expression> mergeExpressions() {
        List<Expression> merges = new ArrayList<>(
                logits.merge(a -> new RichAttribute(a).left(), a -> new RichAttribute(a).right()));
        Expression a1 = new RichAttribute(weighted).left();
        Expression a2 = new RichAttribute(weighted).right();
        merges.add(new Add(a1, a2));
        merges.add(invoke(SoftmaxLossState.class, "mergeLow", a1, new RichAttribute(weightedLo).left(), a2,
                new RichAttribute(weightedLo).right()));
        Expression w1 = new RichAttribute(weight).left();
        Expression w2 = new RichAttribute(weight).right();
        merges.add(new Add(w1, w2));
        merges.add(invoke(SoftmaxLossState.class, "mergeLow", w1, new RichAttribute(weightLo).left(), w2,
                new RichAttribute(weightLo).right()));
        return seq(merges);
    }

    @Override
    public Expression evaluateExpression() {
        Expression loss = invoke(SoftmaxLossState.class, "value", logits.max,
                invoke(LogSumExpState.class, "log1pPart", logits.others, logits.compensation), weighted, weightedLo, weight,
                weightLo);
        Expression none = ansi
                ? Catalyst.raiseError("softmax_loss: a group has no row with a nonzero target"
                        + " (spark.sql.ansi.enabled=false gives NULL instead)", DataTypes.DoubleType)
                : literal(null, DataTypes.DoubleType);
        return new If(new EqualTo(weight, literal(0.0)), none, loss);
    }

    @Override
    public Seq<Expression> children() {
        return seq(logit, target);
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public DataType dataType() {
        return DataTypes.DoubleType;
    }

    @Override
    public String prettyName() {
        return "softmax_loss";
    }

    @Override
    public Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
        return new SoftmaxLossAggregate(newChildren.apply(0), newChildren.apply(1), ansi);
    }

    @Override
    public int productArity() {
        return 3;
    }

    @Override
    public Object productElement(int n) {
        return switch (n) {
            case 0 -> logit;
            case 1 -> target;
            case 2 -> ansi;
            default -> throw new IndexOutOfBoundsException(n);
        };
    }

    @Override
    public boolean canEqual(Object that) {
        return that instanceof SoftmaxLossAggregate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SoftmaxLossAggregate that && logit.equals(that.logit) && target.equals(that.target)
                && ansi == that.ansi;
    }

    @Override
    public int hashCode() {
        return Objects.hash(logit, target, ansi);
    }
}
