package io.github.sparkactivations.spark.catalyst;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.CreateMap;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.RaiseError;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.catalyst.plans.logical.Window;
import org.apache.spark.sql.types.AbstractDataType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.Option;

import java.util.List;

import static io.github.sparkactivations.spark.catalyst.Catalyst.literal;
import static io.github.sparkactivations.spark.catalyst.Catalyst.seq;

/**
 * What differs in Catalyst between Spark 3.5 and Spark 4 (compiled by every {@code spark-4.x} profile, from
 * {@code src/spark-4/java}): the classic session is its own class; {@code StaticInvoke} takes the scalar function
 * it stands for; {@code RaiseError} takes an error class and its parameters; {@code Window} keeps a hint.
 */
final class SparkMajor {

    private SparkMajor() {
    }

    static FunctionRegistry functionRegistry(SparkSession spark) {
        if (!(spark instanceof org.apache.spark.sql.classic.SparkSession classic)) {
            throw new IllegalArgumentException("register needs a classic SparkSession, not " + spark.getClass());
        }
        return classic.sessionState().functionRegistry();
    }

    static StaticInvoke staticInvoke(Class<?> owner, DataType type, String method, List<Expression> arguments,
                                     List<AbstractDataType> inputTypes, boolean nullable) {
        return new StaticInvoke(owner, type, method, seq(arguments), seq(inputTypes), true, nullable, true,
                Option.empty());
    }

    static Expression raiseError(String message, DataType type) {
        return new RaiseError(literal("USER_RAISED_EXCEPTION", DataTypes.StringType),
                new CreateMap(seq(literal("errorMessage", DataTypes.StringType), literal(message, DataTypes.StringType)),
                        false), type);
    }

    /** {@code window} with new expressions, its partitioning, ordering and hint kept. */
    static Window window(Window window, List<NamedExpression> expressions) {
        return new Window(seq(expressions), window.partitionSpec(), window.orderSpec(), window.child(), window.hint());
    }
}
