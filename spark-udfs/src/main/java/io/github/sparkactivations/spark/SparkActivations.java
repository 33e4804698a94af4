package io.github.sparkactivations.spark;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.catalog.VectorFunction;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.registry.FunctionInfo;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;

/** Registers the catalog's functions in a session that already exists. */
public final class SparkActivations {

    private SparkActivations() {
    }

    /**
     * Registers every catalog function in {@code spark}, replacing earlier registrations of the same
     * names: calling it again changes nothing. Needs a classic (not Spark Connect) session. The window
     * forms ({@code softmax(x) OVER ...}) also need analyzer rules, which only a new session can take:
     * with this route they fail with a message saying so; use the extensions for them. On a Spark of another
     * line it fails at once with one line saying which artifact to use.
     */
    public static void register(SparkSession spark) {
        LineGuard.check();
        FunctionRegistry registry = Catalyst.functionRegistry(spark);
        for (SqlFunction f : Catalog.functions()) {
            FunctionInfo.registration(f).registerIn(registry);
        }
        for (VectorFunction f : Catalog.vectorFunctions()) {
            FunctionInfo.registration(f).registerIn(registry);
        }
    }
}
