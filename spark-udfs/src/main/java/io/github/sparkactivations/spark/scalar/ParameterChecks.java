package io.github.sparkactivations.spark.scalar;

import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.core.catalog.Order;
import io.github.sparkactivations.core.catalog.Parameter;
import io.github.sparkactivations.core.catalog.Range;
import io.github.sparkactivations.core.catalog.SqlFunction;
import org.apache.spark.sql.catalyst.expressions.And;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.catalyst.expressions.Concat;
import org.apache.spark.sql.catalyst.expressions.EqualTo;
import org.apache.spark.sql.catalyst.expressions.EvalMode;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GreaterThan;
import org.apache.spark.sql.catalyst.expressions.GreaterThanOrEqual;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.catalyst.expressions.LessThan;
import org.apache.spark.sql.catalyst.expressions.LessThanOrEqual;
import org.apache.spark.sql.catalyst.expressions.Literal$;
import org.apache.spark.sql.catalyst.expressions.Not;
import org.apache.spark.sql.catalyst.expressions.Or;
import org.apache.spark.sql.catalyst.expressions.RaiseError;
import org.apache.spark.sql.types.DataTypes;
import scala.Option;

import java.util.List;

/**
 * Per-row checks of parameters given as columns: a row whose parameter is outside its range (or out
 * of order with another) gives NULL, or under ANSI mode (Spark 4's default) fails the query with a
 * message naming the function, the parameter, the value and the allowed range.
 */
public final class ParameterChecks {

    private ParameterChecks() {
    }

    /**
     * {@code kernelCall} guarded by the checks of the non-constant {@code parameters} (constant ones
     * were checked at analysis); {@code kernelCall} itself if there are none.
     */
    public static Expression guard(SqlFunction f, List<Expression> parameters, Expression kernelCall, boolean ansi) {
        Expression valid = null;
        Expression message = null;
        for (int i = parameters.size() - 1; i >= 0; i--) {
            Expression p = parameters.get(i);
            if (p.foldable()) {
                continue;
            }
            Parameter spec = f.parameters().get(i);
            Expression ok = new Or(new IsNull(p), inRange(p, spec.range()));
            valid = valid == null ? ok : new And(ok, valid);
            Expression text = concat(f.name() + ": " + spec.name() + " = ", text(p),
                    " is outside its allowed range " + spec.range());
            message = message == null ? text : new If(ok, message, text);
        }
        for (Order o : f.orders()) {
            Expression lower = parameters.get(f.parameterIndex(o.lower()));
            Expression upper = parameters.get(f.parameterIndex(o.upper()));
            if (lower.foldable() && upper.foldable()) {
                continue;
            }
            Expression ok = new Or(new Or(new IsNull(lower), new IsNull(upper)), new LessThanOrEqual(lower, upper));
            valid = valid == null ? ok : new And(valid, ok);
            Expression text = concat(f.name() + ": " + o.lower() + " = ", text(lower), " must be <= " + o.upper()
                    + " = ", text(upper));
            message = message == null ? text : new If(ok, message, text);
        }
        if (valid == null) {
            return kernelCall;
        }
        // raise_error is of type VOID: cast, so that both branches are DOUBLE (no analyzer rule sees this tree).
        Expression otherwise = ansi ? new Cast(new RaiseError(message), DataTypes.DoubleType, Option.empty(), EvalMode.LEGACY())
                : Literal$.MODULE$.create(null, DataTypes.DoubleType);
        return new If(valid, kernelCall, otherwise);
    }

    private static Expression inRange(Expression p, Range r) {
        Expression min = Literal$.MODULE$.create(r.min(), DataTypes.DoubleType);
        Expression max = Literal$.MODULE$.create(r.max(), DataTypes.DoubleType);
        Expression aboveMin = r.minInclusive() ? new GreaterThanOrEqual(p, min) : new GreaterThan(p, min);
        Expression belowMax = r.maxInclusive() ? new LessThanOrEqual(p, max) : new LessThan(p, max);
        Expression inside = new And(aboveMin, belowMax);
        return r.excludesZero()
                ? new And(inside, new Not(new EqualTo(p, Literal$.MODULE$.create(0.0, DataTypes.DoubleType))))
                : inside;
    }

    private static Expression text(Expression p) {
        return new Cast(p, DataTypes.StringType, Option.empty(), EvalMode.LEGACY());
    }

    private static Expression concat(Object... parts) {
        List<Expression> exprs = java.util.Arrays.stream(parts)
                .map(part -> part instanceof Expression e ? e : Literal$.MODULE$.create(part, DataTypes.StringType))
                .toList();
        return new Concat(Catalyst.seq(exprs));
    }
}
