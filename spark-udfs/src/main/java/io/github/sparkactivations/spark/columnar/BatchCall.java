package io.github.sparkactivations.spark.columnar;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.scalar.ActivationCall;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;

import java.util.List;
import java.util.Optional;

/**
 * A catalog call that the columnar operator runs over whole batches: {@code f(column, constants...)},
 * the column a DOUBLE or FLOAT one, every parameter a non-null literal, the form not random. Anything else
 * ({@code gelu(x + 1)}, a per-row prelu weight, rrelu's training form, an INT column) is not one, and stays on
 * the row-wise codegen path.
 *
 * @param column    the column x is
 * @param fromFloat whether the column is FLOAT (widened to double, as the row-wise cast does)
 * @param kernel    the kernel of the call's form bound to its parameters
 */
record BatchCall(AttributeReference column, boolean fromFloat, BoundKernel kernel) {

    /** {@code e} as a batch call, if it is one. */
    static Optional<BatchCall> of(Expression e) {
        if (!(e instanceof ActivationCall call) || call.form() == null || call.form().random()) {
            return Optional.empty();
        }
        List<Expression> args = call.arguments();
        Expression x = args.get(0);
        boolean fromFloat = x instanceof Cast cast && cast.child().dataType() instanceof FloatType;
        if (fromFloat) {
            x = ((Cast) x).child();
        }
        if (!(x instanceof AttributeReference column && (fromFloat || column.dataType() instanceof DoubleType))) {
            return Optional.empty();
        }
        double[] parameters = new double[args.size() - 1];
        for (int i = 0; i < parameters.length; i++) {
            Double value = args.get(i + 1) instanceof Literal literal ? Catalyst.numericValue(literal) : null;
            if (value == null) {
                return Optional.empty();
            }
            parameters[i] = value;
        }
        return Optional.of(new BatchCall(column, fromFloat, BoundKernel.ofChecked(call.form(), parameters)));
    }
}
