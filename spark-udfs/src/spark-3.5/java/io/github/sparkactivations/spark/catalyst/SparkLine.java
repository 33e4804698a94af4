package io.github.sparkactivations.spark.catalyst;

import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.util.package$;

/**
 * What differs in Catalyst on Spark 3.5 (compiled by the {@code spark-3.5} profile; each line has its own copy,
 * in {@code src/spark-<line>/java}): pretty printing takes no quoting flag; the registry keys functions by their bare name.
 */
final class SparkLine {

    private SparkLine() {
    }

    /** An expression as Spark prints it in a column name, without quoting identifiers. */
    static String prettySql(Expression e) {
        return package$.MODULE$.toPrettySQL(e);
    }

    /** The identifier under which a live session's registry keeps a temporary function. */
    static FunctionIdentifier registryIdentifier(String name) {
        return FunctionIdentifier.apply(name);
    }
}
