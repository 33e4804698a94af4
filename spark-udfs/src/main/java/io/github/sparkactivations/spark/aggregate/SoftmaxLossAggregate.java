package io.github.sparkactivations.spark.aggregate;

import io.github.sparkactivations.spark.catalyst.ScalaSeqs;
import io.github.sparkactivations.core.softmax.LogSumExpState;
import io.github.sparkactivations.core.softmax.SoftmaxLossState;
import io.github.sparkactivations.spark.catalyst.CaseClass;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.catalyst.expressions.Add;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Coalesce;
import org.apache.spark.sql.catalyst.expressions.EqualTo;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.catalyst.expressions.Or;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.immutable.Seq;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import static io.github.sparkactivations.spark.catalyst.Catalyst.invoke;
import static io.github.sparkactivations.spark.catalyst.Catalyst.literal;
import static io.github.sparkactivations.spark.catalyst.Catalyst.seq;

/**
 * {@code softmax_loss(logit, target)} over the rows of one sample: the cross-entropy in one streaming
 * pass, O(1) memory, as a {@link SoftmaxLossState}: the logits' log-sum-exp slots, the compensated
 * gap sum {@code sum(target * (max - logit))}, and the compensated {@code sum(target)}. A row with a NULL logit is skipped; a NULL
 * target counts as 0. A group with no nonzero target gives NULL, or fails under ANSI mode.
 */
public final class SoftmaxLossAggregate extends ScalaSeqs.DeclarativeAggregateNode implements Serializable, CaseClass {

    private final Expression logit;
    private final Expression target;
    private final boolean ansi;
    private final LogSumExpSlots logits = new LogSumExpSlots(false);
    private final AttributeReference gap = Catalyst.slot("gap", DataTypes.DoubleType);
    private final AttributeReference gapLo = Catalyst.slot("gap_lo", DataTypes.DoubleType);
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
        slots.addAll(List.of(gap, gapLo, weight, weightLo));
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
        Expression absent = new IsNull(logit);
        Expression skip = new Or(absent, new EqualTo(t, literal(0.0)));
        // A row without target still moves the gap sum when it raises the maximum.
        updates.add(new If(absent, gap, invoke(SoftmaxLossState.class, "gapHigh", gap, logits.max, weight, logit, t)));
        updates.add(new If(absent, gapLo, invoke(SoftmaxLossState.class, "gapLow", gap, gapLo, logits.max, weight,
                weightLo, logit, t)));
        updates.add(new If(skip, weight, new Add(weight, t)));
        updates.add(new If(skip, weightLo, invoke(SoftmaxLossState.class, "weightLow", weight, weightLo, t)));
        return seq(updates);
    }

    @Override
    public Seq<Expression> mergeExpressions() {
        List<Expression> merges = new ArrayList<>(
                logits.merge(a -> new RichAttribute(a).left(), a -> new RichAttribute(a).right()));
        Expression m1 = new RichAttribute(logits.max).left();
        Expression m2 = new RichAttribute(logits.max).right();
        Expression g1 = new RichAttribute(gap).left();
        Expression g2 = new RichAttribute(gap).right();
        Expression w1 = new RichAttribute(weight).left();
        Expression w2 = new RichAttribute(weight).right();
        merges.add(invoke(SoftmaxLossState.class, "mergeGapHigh", m1, g1, w1, m2, g2, w2));
        merges.add(invoke(SoftmaxLossState.class, "mergeGapLow", m1, g1, new RichAttribute(gapLo).left(), w1,
                new RichAttribute(weightLo).left(), m2, g2, new RichAttribute(gapLo).right(), w2,
                new RichAttribute(weightLo).right()));
        merges.add(new Add(w1, w2));
        merges.add(invoke(SoftmaxLossState.class, "mergeLow", w1, new RichAttribute(weightLo).left(), w2,
                new RichAttribute(weightLo).right()));
        return seq(merges);
    }

    @Override
    public Expression evaluateExpression() {
        Expression loss = invoke(SoftmaxLossState.class, "value", logits.max,
                invoke(LogSumExpState.class, "log1pPart", logits.others, logits.compensation), gap, gapLo, weight,
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
    protected Expression withChildren(List<Expression> children) {
        return new SoftmaxLossAggregate(children.get(0), children.get(1), ansi);
    }

    @Override
    public List<Object> fields() {
        return List.of(logit, target, ansi);
    }

    @Override
    public boolean equals(Object o) {
        return CaseClass.equal(this, o);
    }
}
