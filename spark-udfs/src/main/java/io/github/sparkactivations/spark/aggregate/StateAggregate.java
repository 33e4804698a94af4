package io.github.sparkactivations.spark.aggregate;

import io.github.sparkactivations.core.catalog.RowState;
import io.github.sparkactivations.core.catalog.RowState.Call;
import io.github.sparkactivations.core.catalog.RowState.Column;
import io.github.sparkactivations.core.catalog.RowState.Constant;
import io.github.sparkactivations.core.catalog.RowState.IfPresent;
import io.github.sparkactivations.core.catalog.RowState.Other;
import io.github.sparkactivations.core.catalog.RowState.Slot;
import io.github.sparkactivations.core.catalog.RowState.Term;
import io.github.sparkactivations.spark.catalyst.CaseClass;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.catalyst.ScalaSeqs;
import org.apache.spark.sql.catalyst.expressions.And;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Coalesce;
import org.apache.spark.sql.catalyst.expressions.CreateNamedStruct;
import org.apache.spark.sql.catalyst.expressions.EqualTo;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.immutable.Seq;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.sparkactivations.spark.catalyst.Catalyst.literal;
import static io.github.sparkactivations.spark.catalyst.Catalyst.seq;

/**
 * A catalog {@link RowState} as Spark's declarative aggregate: one buffer slot per declared slot, each update,
 * merge and result term a direct call of its core kernel in generated code. A term that two slots share is one
 * expression, which codegen's common-subexpression elimination computes once a row. A NULL column reads as 0, and
 * the declaration guards what it must ({@link IfPresent}).
 *
 * <p>With {@code slotsOut} it returns the final slots as a struct instead of the result: a window function's row
 * kernel reads them ({@code WindowRewrite}).
 */
public final class StateAggregate extends ScalaSeqs.DeclarativeAggregateNode implements Serializable, CaseClass {

    private final String name;
    private final RowState state;
    private final List<Expression> columns;
    private final boolean slotsOut;
    private final boolean ansi;
    private final List<AttributeReference> slots;

    /**
     * @param columns  DOUBLE expressions, one per column of {@code state}
     * @param slotsOut return the slots as a struct instead of the state's result
     * @param ansi     fail an empty group instead of NULL, where the state declares an error for it
     */
    public StateAggregate(String name, RowState state, List<Expression> columns, boolean slotsOut, boolean ansi) {
        this.name = name;
        this.state = state;
        this.columns = List.copyOf(columns);
        this.slotsOut = slotsOut;
        this.ansi = ansi;
        this.slots = state.slots().stream().map(s -> Catalyst.slot(s.name(), DataTypes.DoubleType)).toList();
    }

    /** The struct of the final slots, in the state's order, as {@code slotsOut} returns it. */
    public static DataType slotsType(RowState state) {
        return DataTypes.createStructType(state.slots().stream()
                .map(s -> DataTypes.createStructField(s.name(), DataTypes.DoubleType, false)).toList());
    }

    @Override
    public Seq<AttributeReference> aggBufferAttributes() {
        return seq(slots);
    }

    @Override
    public Seq<Expression> initialValues() {
        return seq(state.slots().stream().map(s -> literal(s.initial())).toList());
    }

    @Override
    public Seq<Expression> updateExpressions() {
        return seq(translate(state.update(), false));
    }

    @Override
    public Seq<Expression> mergeExpressions() {
        return seq(translate(state.merge(), true));
    }

    @Override
    public Expression evaluateExpression() {
        Expression empty = null;
        for (Slot s : state.emptyWhen()) {
            Expression initial = new EqualTo(slot(s), literal(s.initial()));
            empty = empty == null ? initial : new And(empty, initial);
        }
        Expression result;
        if (slotsOut) {
            List<Expression> fields = new ArrayList<>();
            for (Slot s : state.slots()) {
                fields.add(literal(s.name(), DataTypes.StringType));
                fields.add(slot(s));
            }
            result = new CreateNamedStruct(seq(fields));
        } else {
            result = translate(List.of(state.result()), false).get(0);
        }
        if (empty == null) {
            return result;
        }
        Expression none = ansi && !slotsOut && state.emptyError() != null
                ? Catalyst.raiseError(name + ": " + state.emptyError() + " (spark.sql.ansi.enabled=false gives NULL"
                        + " instead)", dataType())
                : literal(null, dataType());
        return new If(empty, none, result);
    }

    /** The terms as expressions; each distinct term one expression, so that shared ones are computed once. */
    private List<Expression> translate(List<Term> terms, boolean merging) {
        Map<Term, Expression> done = new HashMap<>();
        return terms.stream().map(t -> expression(t, merging, done)).toList();
    }

    private Expression expression(Term t, boolean merging, Map<Term, Expression> done) {
        Expression e = done.get(t);
        if (e != null) {
            return e;
        }
        if (t instanceof Slot s) {
            e = merging ? new RichAttribute(slot(s)).left() : slot(s);
        } else if (t instanceof Other o) {
            e = new RichAttribute(slot(o.slot())).right();
        } else if (t instanceof Column c) {
            e = new Coalesce(seq(columns.get(c.index()), literal(0.0)));
        } else if (t instanceof Constant c) {
            e = literal(c.value());
        } else if (t instanceof IfPresent p) {
            e = new If(new IsNull(columns.get(p.column().index())), expression(p.otherwise(), merging, done),
                    expression(p.value(), merging, done));
        } else {
            Call c = (Call) t;
            e = Catalyst.kernelCall(c.kernel(), c.label(),
                    c.arguments().stream().map(a -> expression(a, merging, done)).toList());
        }
        done.put(t, e);
        return e;
    }

    private AttributeReference slot(Slot s) {
        return slots.get(state.slots().indexOf(s));
    }

    @Override
    public Seq<Expression> children() {
        return seq(columns);
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public DataType dataType() {
        return slotsOut ? slotsType(state) : DataTypes.DoubleType;
    }

    @Override
    public String prettyName() {
        return slotsOut ? name + "_state" : name;
    }

    /** What plans print after the name: the columns alone, not the declaration's kernels. */
    @Override
    public scala.collection.Iterator<Object> stringArgs() {
        return seq(List.<Object>copyOf(columns)).iterator();
    }

    @Override
    protected Expression withChildren(List<Expression> children) {
        return new StateAggregate(name, state, children, slotsOut, ansi);
    }

    @Override
    public List<Object> fields() {
        return List.of(name, state, columns, slotsOut, ansi);
    }

    @Override
    public boolean equals(Object o) {
        return CaseClass.equal(this, o);
    }
}
