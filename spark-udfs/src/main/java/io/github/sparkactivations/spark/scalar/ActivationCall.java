package io.github.sparkactivations.spark.scalar;

import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.spark.catalyst.ScalaSeqs;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.catalyst.CaseClass;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.catalyst.expressions.codegen.ExprCode;
import org.apache.spark.sql.catalyst.expressions.objects.Invoke;
import org.apache.spark.sql.catalyst.expressions.objects.InvokeLike;
import org.apache.spark.sql.types.DataType;
import scala.collection.immutable.Seq;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A call of a catalog function as it appears in a plan: {@code gelu(score, 'tanh')}.
 *
 * <p>Its one child is the call of the kernel ({@link Catalyst#kernelCall}), which type coercion casts and
 * whole-stage codegen compiles into a call that C2 inlines; this node adds the function's name, so that columns,
 * {@code EXPLAIN} and error messages say {@code gelu(score)} rather than {@code invoke(...)}, and keeps the catalog
 * form it was built from, for the columnar operator. It evaluates and generates code exactly as its child does.
 */
public final class ActivationCall extends ScalaSeqs.ExpressionNode implements Serializable, CaseClass {

    private final String name;
    private final Form form;
    private final List<String> literals;
    private final int hidden;
    private final Expression kernelCall;

    /**
     * @param name       the SQL function name
     * @param form       the catalog form the call runs; null for a call of an array function
     * @param literals   the choice and seed literals as the call spelled them out (none if it took defaults)
     * @param hidden     how many trailing kernel arguments the call did not write (a random draw, the ANSI flag)
     * @param kernelCall the kernel invocation, maybe guarded by parameter checks
     */
    public ActivationCall(String name, Form form, List<String> literals, int hidden, Expression kernelCall) {
        this.name = name;
        this.form = form;
        this.literals = List.copyOf(literals);
        this.hidden = hidden;
        this.kernelCall = kernelCall;
    }

    /** The SQL function's name. */
    public String functionName() {
        return name;
    }

    /** The catalog form the call runs. */
    public Form form() {
        return form;
    }

    /**
     * The kernel's arguments, x first, when the call is the kernel alone (no per-row parameter checks, no random
     * draw); empty otherwise.
     */
    public Optional<List<Expression>> plainArguments() {
        return hidden == 0 && kernelCall instanceof Invoke invoke ? Optional.of(Catalyst.list(invoke.arguments()))
                : Optional.empty();
    }

    @Override
    public Seq<Expression> children() {
        return Catalyst.seq(List.of(kernelCall));
    }

    @Override
    public boolean nullable() {
        return kernelCall.nullable();
    }

    @Override
    public boolean foldable() {
        return kernelCall.foldable();
    }

    @Override
    public DataType dataType() {
        return kernelCall.dataType();
    }

    @Override
    public Object eval(InternalRow input) {
        return kernelCall.eval(input);
    }

    @Override
    public ExprCode doGenCode(CodegenContext ctx, ExprCode ev) {
        return kernelCall.genCode(ctx);
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
        InvokeLike invoke = kernelInvocation(kernelCall);
        if (invoke != null) {
            List<Expression> args = Catalyst.list(invoke.arguments());
            args.subList(0, args.size() - hidden).forEach(e -> parts.add(argument.apply(e)));
        } else {
            parts.add(argument.apply(kernelCall));
        }
        parts.addAll(literals);
        return name + "(" + String.join(", ", parts) + ")";
    }

    /** The kernel's invocation: the expression itself, or the checked branch of a parameter guard. */
    private static InvokeLike kernelInvocation(Expression e) {
        if (e instanceof InvokeLike invoke) {
            return invoke;
        }
        return e instanceof If guard && guard.trueValue() instanceof InvokeLike invoke ? invoke : null;
    }

    @Override
    protected Expression withChildren(List<Expression> children) {
        return new ActivationCall(name, form, literals, hidden, children.get(0));
    }

    @Override
    public List<Object> fields() {
        return java.util.Arrays.asList(name, form, literals, hidden, kernelCall);
    }

    @Override
    public boolean equals(Object o) {
        return CaseClass.equal(this, o);
    }
}
