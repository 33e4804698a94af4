package io.github.sparkactivations.spark.catalyst;

import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.util.package$;
import scala.Option;

/**
 * What differs in Catalyst on Spark 4.2 (compiled by the {@code spark-4.2} profile; each line has its own copy,
 * in {@code src/spark-<line>/java}): the registry asserts 3-part identifiers and keys temporary
 * functions as {@code system.session.name}, as its own {@code createOrReplaceTempFunction} does.
 */
final class SparkLine {

    private SparkLine() {
    }

    /** An expression as Spark prints it in a column name, without quoting identifiers. */
    static String prettySql(Expression e) {
        return package$.MODULE$.toPrettySQL(e, false);
    }

    /** The identifier under which a live session's registry keeps a temporary function. */
    static FunctionIdentifier registryIdentifier(String name) {
        return new FunctionIdentifier(name, Option.apply("session"), Option.apply("system"));
    }
}
