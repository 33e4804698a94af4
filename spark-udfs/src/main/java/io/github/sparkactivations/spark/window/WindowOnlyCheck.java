package io.github.sparkactivations.spark.window;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.VectorFunction;
import io.github.sparkactivations.spark.catalyst.AnalysisErrors;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.util.package$;

/**
 * Rejects a window-only function left outside OVER (bare {@code softmax(x)} in a SELECT or GROUP BY),
 * which would otherwise silently compute nothing useful, with a message that says what to write.
 */
public final class WindowOnlyCheck {

    private WindowOnlyCheck() {
    }

    public static void check(LogicalPlan plan) {
        for (Expression e : Catalyst.list(plan.expressions())) {
            find(e);
        }
        Catalyst.list(plan.children()).forEach(WindowOnlyCheck::check);
    }

    private static void find(Expression e) {
        if (e instanceof WindowOnlyAggregate m) {
            String call = m.name() + "(" + String.join(", ", m.arguments().stream()
                    .map(Catalyst::prettySql).toList()) + ")";
            boolean hasKeyed = Catalog.vectorFunction(m.name()).orElseThrow().has(VectorFunction.Shape.KEYED);
            String keyed = hasKeyed ? ", or " + m.name() + "(x, class_key) in GROUP BY for a map" : "";
            throw AnalysisErrors.of(call + " is a window function over numeric rows: write " + call
                    + " OVER (PARTITION BY ...)" + keyed + "; for an array of logits, pass the array");
        }
        Catalyst.list(e.children()).forEach(WindowOnlyCheck::find);
    }
}
