package io.github.sparkactivations.spark;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.catalog.VectorFunction;
import io.github.sparkactivations.spark.registry.FunctionInfo;
import io.github.sparkactivations.spark.registry.Registration;
import io.github.sparkactivations.spark.window.WindowOnlyCheck;
import io.github.sparkactivations.spark.window.WindowRewrite;
import io.github.sparkactivations.spark.columnar.ColumnarRewrite;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.SparkSessionExtensionsProvider;
import org.apache.spark.sql.catalyst.rules.Rule;
import org.apache.spark.sql.execution.ColumnarRule;
import org.apache.spark.sql.execution.SparkPlan;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Adds every catalog function to each new Spark session, with the analyzer rules of the window
 * functions ({@link WindowRewrite}, {@link WindowOnlyCheck}) and the columnar rewrite ({@link ColumnarRewrite}). Spark finds it two ways: through
 * {@code META-INF/services} when this jar is on the class path, and through
 * {@code spark.sql.extensions=io.github.sparkactivations.spark.ActivationsExtensions}. On a Spark of another line
 * it fails at once with one line saying which artifact to use ({@link LineGuard}).
 */
public final class ActivationsExtensions extends AbstractFunction1<SparkSessionExtensions, BoxedUnit>
        implements SparkSessionExtensionsProvider {

    @Override
    public BoxedUnit apply(SparkSessionExtensions extensions) {
        // On another line's Spark every function fails with the guard's line when called, and apply throws: Spark
        // only logs what a service-loaded extension throws and starts the session anyway.
        String wrongLine = LineGuard.mismatch();
        for (SqlFunction f : Catalog.functions()) {
            inject(extensions, FunctionInfo.registration(f), wrongLine);
        }
        for (VectorFunction f : Catalog.vectorFunctions()) {
            inject(extensions, FunctionInfo.registration(f), wrongLine);
        }
        if (wrongLine != null) {
            throw new IllegalStateException(wrongLine);
        }
        extensions.injectResolutionRule(session -> new WindowRewrite());
        extensions.injectColumnar(session -> new ColumnarRule() {
            @Override
            public Rule<SparkPlan> preColumnarTransitions() {
                return new ColumnarRewrite();
            }
        });
        extensions.injectCheckRule(session -> plan -> {
            WindowOnlyCheck.check(plan);
            return BoxedUnit.UNIT;
        });
        return BoxedUnit.UNIT;
    }

    private static void inject(SparkSessionExtensions extensions, Registration function, String wrongLine) {
        if (wrongLine == null) {
            function.injectInto(extensions);
        } else {
            function.injectFailingInto(extensions, wrongLine);
        }
    }
}
