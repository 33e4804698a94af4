package io.github.sparkactivations.spark.window;

import io.github.sparkactivations.core.catalog.VectorFunction.WindowUsage;
import io.github.sparkactivations.spark.aggregate.StateAggregate;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GetStructField;
import org.apache.spark.sql.catalyst.expressions.NamedExpression$;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.WindowExpression;
import org.apache.spark.sql.catalyst.expressions.WindowSpecDefinition;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateExpression;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateFunction;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Project;
import org.apache.spark.sql.catalyst.plans.logical.Window;
import org.apache.spark.sql.catalyst.rules.Rule;
import scala.Option;

import java.util.ArrayList;
import java.util.List;

import static io.github.sparkactivations.spark.catalyst.Catalyst.seq;

/**
 * Rewrites {@code softmax(x) OVER w} (and every window usage of the catalog) into its declared state aggregated
 * {@code OVER w}, returning the final slots, plus a projection that computes each row's value from its columns and
 * those slots by the usage's row kernel: one window pass, the row keeping the original column's name and id.
 * ORDER BY and frames are honoured: the state covers the same frame.
 */
public final class WindowRewrite extends Rule<LogicalPlan> {

    @Override
    public LogicalPlan apply(LogicalPlan plan) {
        LogicalPlan rewritten = plan.mapChildren(this::apply);
        return rewritten instanceof Window w && w.resolved() && hasMarker(w) ? rewrite(w) : rewritten;
    }

    private static boolean hasMarker(Window w) {
        return Catalyst.list(w.windowExpressions()).stream().anyMatch(e -> marker(e) != null);
    }

    /** The marker inside {@code alias(marker(...) OVER spec)}, or null. */
    private static WindowOnlyAggregate marker(NamedExpression e) {
        if (e instanceof Alias a && a.child() instanceof WindowExpression we
                && we.windowFunction() instanceof AggregateExpression ae
                && ae.aggregateFunction() instanceof WindowOnlyAggregate m) {
            return m;
        }
        return null;
    }

    private static LogicalPlan rewrite(Window w) {
        List<NamedExpression> windowExpressions = new ArrayList<>();
        List<NamedExpression> projection = new ArrayList<>(Catalyst.list(w.child().output()));
        for (NamedExpression e : Catalyst.list(w.windowExpressions())) {
            WindowOnlyAggregate m = marker(e);
            if (m == null) {
                windowExpressions.add(e);
                projection.add(e.toAttribute());
                continue;
            }
            Alias original = (Alias) e;
            WindowSpecDefinition spec = ((WindowExpression) original.child()).windowSpec();
            WindowUsage usage = m.usage();
            Attribute state = over(new StateAggregate(m.name(), usage.state(), m.arguments(), true, false), spec,
                    m.name() + "_state", windowExpressions);
            // The catalog's row kernel: f(the row's columns..., the window's slots...).
            List<Expression> kernelArgs = new ArrayList<>(m.arguments());
            for (int i = 0; i < usage.state().slots().size(); i++) {
                kernelArgs.add(new GetStructField(state, i, Option.empty()));
            }
            Expression value = Catalyst.kernelCall(usage.kernel(), m.name() + "_window", kernelArgs);
            projection.add(Catalyst.aliasLike(value, original));
        }
        Window window = Catalyst.window(w, windowExpressions);
        return new Project(seq(projection), window);
    }

    /** Adds {@code function OVER spec} to the window's expressions; returns its output attribute. */
    private static Attribute over(AggregateFunction function, WindowSpecDefinition spec, String name,
                                  List<NamedExpression> windowExpressions) {
        Alias alias = Catalyst.alias(new WindowExpression(function.toAggregateExpression(), spec), name);
        windowExpressions.add(alias);
        return alias.toAttribute();
    }
}
