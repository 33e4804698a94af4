package io.github.sparkactivations.spark.catalyst;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.RaiseError;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.catalyst.plans.logical.Window;
import org.apache.spark.sql.types.AbstractDataType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

import java.util.List;

import static io.github.sparkactivations.spark.catalyst.Catalyst.literal;
import static io.github.sparkactivations.spark.catalyst.Catalyst.seq;

/**
 * What differs in Catalyst between Spark 3.5 and Spark 4 (compiled by the {@code spark-3.5} profiles, from
 * {@code src/spark-3/java}): every session is classic; {@code StaticInvoke} has no scalar function;
 * {@code RaiseError} takes the message alone; {@code Window} has no hint.
 */
final class SparkMajor {

    private SparkMajor() {
    }

    static FunctionRegistry functionRegistry(SparkSession spark) {
        return spark.sessionState().functionRegistry();
    }

    static StaticInvoke staticInvoke(Class<?> owner, DataType type, String method, List<Expression> arguments,
                                     List<AbstractDataType> inputTypes, boolean nullable) {
        return new StaticInvoke(owner, type, method, seq(arguments), seq(inputTypes), true, nullable, true);
    }

    static Expression raiseError(String message, DataType type) {
        return new RaiseError(literal(message, DataTypes.StringType), type);
    }

    /** {@code window} with new expressions, its partitioning and ordering kept. */
    static Window window(Window window, List<NamedExpression> expressions) {
        return new Window(seq(expressions), window.partitionSpec(), window.orderSpec(), window.child());
    }
}
