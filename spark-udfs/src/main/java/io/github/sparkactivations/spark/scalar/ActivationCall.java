package io.github.sparkactivations.spark.scalar;

import io.github.sparkactivations.spark.catalyst.ScalaSeqs;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.catalyst.CaseClass;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.catalyst.expressions.codegen.ExprCode;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
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
 * <p>Its one child is the {@link StaticInvoke} of the kernel, which type coercion casts and
 * whole-stage codegen compiles into a direct static call; this node adds only the function's name, so
 * that columns, {@code EXPLAIN} and error messages say {@code gelu(score)} rather than
 * {@code staticinvoke(...)}. It evaluates and generates code exactly as its child does.
 */
public final class ActivationCall extends ScalaSeqs.ExpressionNode implements Serializable, CaseClass {

    private final String name;
    private final List<String> literals;
    private final int hidden;
    private final Expression kernelCall;

    /**
     * @param name       the SQL function name
     * @param literals   the choice and seed literals as the call spelled them out (none if it took defaults)
     * @param hidden     how many trailing kernel arguments the call did not write (a random draw, the ANSI flag)
     * @param kernelCall the kernel invocation, maybe guarded by parameter checks
     */
    public ActivationCall(String name, List<String> literals, int hidden, Expression kernelCall) {
        this.name = name;
        this.literals = List.copyOf(literals);
        this.hidden = hidden;
        this.kernelCall = kernelCall;
    }

    /** The SQL function's name. */
    public String functionName() {
        return name;
    }

    /**
     * The kernel's {@link StaticInvoke} over x and constant parameters when that is all the call is (no per-row
     * parameter checks, no random draw); empty otherwise.
     */
    public Optional<StaticInvoke> plainInvocation() {
        return hidden == 0 && kernelCall instanceof StaticInvoke invoke ? Optional.of(invoke)
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
        StaticInvoke invoke = kernelInvocation(kernelCall);
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
    private static StaticInvoke kernelInvocation(Expression e) {
        if (e instanceof StaticInvoke invoke) {
            return invoke;
        }
        return e instanceof If guard && guard.trueValue() instanceof StaticInvoke invoke ? invoke : null;
    }

    @Override
    protected Expression withChildren(List<Expression> children) {
        return new ActivationCall(name, literals, hidden, children.get(0));
    }

    @Override
    public List<Object> fields() {
        return List.of(name, literals, hidden, kernelCall);
    }

    @Override
    public boolean equals(Object o) {
        return CaseClass.equal(this, o);
    }
}
