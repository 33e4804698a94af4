package io.github.sparkactivations.spark.registry;

import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.catalog.VectorFunction;
import io.github.sparkactivations.core.catalog.FunctionHelp;
import io.github.sparkactivations.spark.scalar.ActivationCall;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;

import java.util.List;

/** What Spark's function registry needs for one catalog function: its name, help text and builder. */
public final class FunctionInfo {

    private FunctionInfo() {
    }

    /**
     * The source Spark shows: its list has no value for an extension's native expressions, and
     * {@code java_udf} is the nearest true one (they are Java, registered by the user's session).
     */
    private static final String SOURCE = "java_udf";

    /** The help {@code DESCRIBE FUNCTION [EXTENDED]} prints, generated from the catalog. */
    public static ExpressionInfo expressionInfo(SqlFunction f) {
        return new ExpressionInfo(ActivationCall.class.getName(), null, f.name(), FunctionHelp.usage(f),
                FunctionHelp.arguments(f), FunctionHelp.examples(f), "", "math_funcs", "0.1.0", "", SOURCE);
    }

    /** The help of a vector function, generated from the catalog; its group from its shapes ({@link #group}). */
    public static ExpressionInfo expressionInfo(VectorFunction f) {
        return new ExpressionInfo(ActivationCall.class.getName(), null, f.name(), FunctionHelp.usage(f),
                FunctionHelp.arguments(f), FunctionHelp.examples(f.examples()), "", group(f), "0.1.0", "", SOURCE);
    }

    /**
     * Spark's function group of a vector function: {@code agg_funcs} if a usage aggregates rows (GROUP BY,
     * keyed or not), {@code window_funcs} if its grouped form is a window function only, else
     * {@code math_funcs} (a function of an array).
     */
    public static String group(VectorFunction f) {
        List<VectorFunction.Shape> shapes = f.usages().stream().map(VectorFunction.Usage::shape).toList();
        if (shapes.contains(VectorFunction.Shape.AGGREGATE) || shapes.contains(VectorFunction.Shape.KEYED)) {
            return "agg_funcs";
        }
        return shapes.contains(VectorFunction.Shape.WINDOW) ? "window_funcs" : "math_funcs";
    }

    /** Name, help and builder of a vector function. */
    public static Registration registration(VectorFunction f) {
        return new Registration(f.name(), expressionInfo(f), arguments -> VectorFunctionBuilder.build(f, arguments));
    }

    /** Name, help and builder of an element-wise function. */
    public static Registration registration(SqlFunction f) {
        return new Registration(f.name(), expressionInfo(f), arguments -> FunctionBuilder.build(f, arguments));
    }
}
