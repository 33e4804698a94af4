package io.github.sparkactivations.spark.registry;

import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;

import java.util.List;
import java.util.function.Function;

/** One function as Spark's registry takes it: its name, its help, and the builder of its expression from a call's arguments. */
public record Registration(String name, ExpressionInfo info, Function<List<Expression>, Expression> builder) {

    /** Adds the function to every session built with {@code extensions}. */
    public void injectInto(SparkSessionExtensions extensions) {
        Catalyst.inject(extensions, name, info, builder);
    }

    /**
     * Adds the function to every session built with {@code extensions} as one that fails with {@code message}
     * when called: what a session on the wrong Spark line gets ({@code LineGuard}), built only from what every
     * line and Scala version has alike.
     */
    public void injectFailingInto(SparkSessionExtensions extensions, String message) {
        Catalyst.injectFailing(extensions, name, info, name + ": " + message);
    }

    /** Registers (or replaces) the function in a live session's registry. */
    public void registerIn(FunctionRegistry registry) {
        Catalyst.register(registry, name, info, builder);
    }
}
