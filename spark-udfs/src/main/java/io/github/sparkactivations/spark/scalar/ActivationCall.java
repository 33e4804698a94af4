package io.github.sparkactivations.spark.scalar;

import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.spark.catalyst.CaseClass;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.catalyst.ScalaSeqs;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.catalyst.expressions.codegen.ExprCode;
import org.apache.spark.sql.types.DataType;
import scala.collection.immutable.Seq;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A call of a catalog function as it appears in a plan: {@code gelu(score, 'tanh')}, {@code softmax(logits, 2.0)}.
 *
 * <p>Its children are the call's arguments as the user wrote them (cast as the function needs); what it computes is
 * its {@link Body} over them, built by the function's builder: for an element-wise function the call of its form's
 * kernel ({@link Catalyst#kernelCall}) with parameter checks, which whole-stage codegen compiles into a call that
 * C2 inlines. It evaluates and generates code exactly as its body does, and prints as the call, so that columns,
 * {@code EXPLAIN} and error messages say {@code gelu(score)}. It keeps the catalog form it was built from, for the
 * columnar operator.
 */
public final class ActivationCall extends ScalaSeqs.ExpressionNode implements Serializable, CaseClass {

    /** What a call computes, as an expression over its arguments. */
    @FunctionalInterface
    public interface Body extends Serializable {
        Expression over(List<Expression> arguments);
    }

    private final String name;
    private final Form form;
    private final List<String> literals;
    private final List<Expression> arguments;
    private final int hidden;
    private final DataType dataType;
    private final Body body;
    private transient Expression built;

    /**
     * @param name      the SQL function name
     * @param form      the catalog form an element-wise call runs; null for a call of an array function
     * @param literals  the choice and seed literals as the call spelled them out (none if it took defaults)
     * @param arguments the arguments its body takes
     * @param hidden    how many trailing arguments the call did not write (a random draw)
     * @param dataType  the type of its result
     * @param body      what it computes over its arguments
     */
    public ActivationCall(String name, Form form, List<String> literals, List<Expression> arguments, int hidden,
                          DataType dataType, Body body) {
        this.name = name;
        this.form = form;
        this.literals = List.copyOf(literals);
        this.arguments = List.copyOf(arguments);
        this.hidden = hidden;
        this.dataType = dataType;
        this.body = body;
    }

    /** The SQL function's name. */
    public String functionName() {
        return name;
    }

    /** The catalog form the call runs; null for an array function. */
    public Form form() {
        return form;
    }

    /** The arguments its body takes, x first. */
    public List<Expression> arguments() {
        return arguments;
    }

    private Expression body() {
        if (built == null) {
            built = body.over(arguments);
        }
        return built;
    }

    @Override
    public Seq<Expression> children() {
        return Catalyst.seq(arguments);
    }

    @Override
    public boolean nullable() {
        return body().nullable();
    }

    @Override
    public boolean foldable() {
        return arguments.stream().allMatch(Expression::foldable);
    }

    @Override
    public DataType dataType() {
        return dataType;
    }

    @Override
    public Object eval(InternalRow input) {
        return body().eval(input);
    }

    @Override
    public ExprCode doGenCode(CodegenContext ctx, ExprCode ev) {
        return body().genCode(ctx);
    }

    @Override
    public String prettyName() {
        return name;
    }

    @Override
    public String sql() {
        return render(Expression::sql);
    }

    @Override
    public String toString() {
        return render(Expression::toString);
    }

    /** {@code name(arguments...)}, the arguments as the user wrote them (implicit casts hidden by Spark). */
    private String render(Function<Expression, String> argument) {
        List<String> parts = new ArrayList<>();
        arguments.subList(0, arguments.size() - hidden).forEach(e -> parts.add(argument.apply(e)));
        parts.addAll(literals);
        return name + "(" + String.join(", ", parts) + ")";
    }

    @Override
    protected Expression withChildren(List<Expression> children) {
        return new ActivationCall(name, form, literals, children, hidden, dataType, body);
    }

    /** Its fields but the body, which they determine: two calls of gelu(x) are equal, as GROUP BY needs. */
    @Override
    public List<Object> fields() {
        return Arrays.asList(name, form, literals, arguments, hidden, dataType);
    }

    @Override
    public boolean equals(Object o) {
        return CaseClass.equal(this, o);
    }
}
