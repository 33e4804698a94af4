package io.github.sparkactivations.spark;

import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.catalog.VectorFunction;
import io.github.sparkactivations.core.docs.FunctionDocs;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import scala.Tuple3;
import scala.collection.immutable.Seq;

/** What Spark's function registry needs for one catalog function: its name, help text and builder. */
final class FunctionInfo {

    private FunctionInfo() {
    }

    /** The help {@code DESCRIBE FUNCTION [EXTENDED]} prints, generated from the catalog. */
    static ExpressionInfo expressionInfo(SqlFunction f) {
        return new ExpressionInfo(ActivationCall.class.getName(), null, f.name(), FunctionDocs.usage(f),
                FunctionDocs.arguments(f), FunctionDocs.examples(f), "", "math_funcs", "0.1.0", "", "java_udf");
    }

    /** The help of a vector function, generated from the catalog. */
    static ExpressionInfo expressionInfo(VectorFunction f) {
        return new ExpressionInfo(ActivationCall.class.getName(), null, f.name(), FunctionDocs.usage(f),
                FunctionDocs.arguments(f), FunctionDocs.examples(f.examples()), "", "math_funcs", "0.1.0", "",
                "java_udf");
    }

    /** Identifier, help and builder of a vector function. */
    static Tuple3<FunctionIdentifier, ExpressionInfo, scala.Function1<Seq<Expression>, Expression>> description(
            VectorFunction f) {
        return new Tuple3<>(FunctionIdentifier.apply(f.name()), expressionInfo(f), VectorFunctionBuilder.of(f));
    }

    /** Identifier, help and builder, as {@code SparkSessionExtensions.injectFunction} takes them. */
    static Tuple3<FunctionIdentifier, ExpressionInfo, scala.Function1<Seq<Expression>, Expression>> description(
            SqlFunction f) {
        return new Tuple3<>(FunctionIdentifier.apply(f.name()), expressionInfo(f), FunctionBuilder.of(f));
    }
}
