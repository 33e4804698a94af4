package io.github.sparkactivations.spark.window;

import io.github.sparkactivations.spark.catalyst.ScalaSeqs;
import io.github.sparkactivations.core.catalog.VectorFunction.WindowUsage;
import io.github.sparkactivations.spark.catalyst.CaseClass;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.immutable.Seq;

import java.io.Serializable;
import java.util.List;

import static io.github.sparkactivations.spark.catalyst.Catalyst.seq;

/**
 * A per-row function of a window's rows, such as {@code softmax(x) OVER (PARTITION BY g)}: a marker
 * that the analyzer accepts inside OVER, which {@link WindowRewrite} then replaces by the usage's state
 * aggregated over the same window and a projection. Anywhere else the check rule rejects it.
 */
public final class WindowOnlyAggregate extends ScalaSeqs.DeclarativeAggregateNode implements Serializable, CaseClass {

    /**
     * The session extensions' class, {@code io.github.sparkactivations.spark.ActivationsExtensions}, by name: the
     * root package depends on this one, not the other way (tested equal to the class's name).
     */
    static final String EXTENSIONS = "io.github.sparkactivations.spark.ActivationsExtensions";

    private final String name;
    private final WindowUsage usage;
    private final List<Expression> arguments;

    /** {@code name(arguments) OVER (...)}: the catalog's {@code usage}, its state and its row kernel. */
    public WindowOnlyAggregate(String name, WindowUsage usage, List<Expression> arguments) {
        this.name = name;
        this.usage = usage;
        this.arguments = List.copyOf(arguments);
    }

    String name() {
        return name;
    }

    WindowUsage usage() {
        return usage;
    }

    List<Expression> arguments() {
        return arguments;
    }

    @Override
    public Seq<AttributeReference> aggBufferAttributes() {
        return seq();
    }

    @Override
    public Seq<Expression> initialValues() {
        return seq();
    }

    @Override
    public Seq<Expression> updateExpressions() {
        return seq();
    }

    @Override
    public Seq<Expression> mergeExpressions() {
        return seq();
    }

    /** Reached only when the session lacks the rewrite: registered by SparkActivations.register alone. */
    @Override
    public Expression evaluateExpression() {
        return Catalyst.raiseError(name + "(...) OVER (...) needs the session extensions: put the jar on the class"
                + " path when the session starts, or set spark.sql.extensions=" + EXTENSIONS,
                DataTypes.DoubleType);
    }

    @Override
    public Seq<Expression> children() {
        return seq(arguments);
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
        return name;
    }

    @Override
    protected Expression withChildren(List<Expression> children) {
        return new WindowOnlyAggregate(name, usage, children);
    }

    @Override
    public List<Object> fields() {
        return List.of(name, usage, arguments);
    }

    @Override
    public boolean equals(Object o) {
        return CaseClass.equal(this, o);
    }
}
