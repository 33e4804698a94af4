package io.github.sparkactivations.spark.columnar;

import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateExpression;
import org.apache.spark.sql.catalyst.expressions.aggregate.Partial$;
import org.apache.spark.sql.catalyst.rules.Rule;
import org.apache.spark.sql.execution.ExecSubqueryExpression;
import org.apache.spark.sql.execution.FilterExec;
import org.apache.spark.sql.execution.ProjectExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.aggregate.BaseAggregateExec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Moves catalog calls over a columnar child into a {@link ColumnarActivationsExec}: run by Spark before it adds
 * the row/column transitions, on every query stage.
 *
 * <ul>
 *   <li>A projection of child columns and {@link BatchCall}s over a columnar child (the vectorized Parquet or
 *       ORC scan, the in-memory cache) becomes the columnar operator itself; over a filter over a columnar child,
 *       the operator with the filter's condition, which runs the kernels over the rows that pass ({@link FilteredProjection}).</li>
 *   <li>A projection or partial aggregation over a columnar child that uses batch calls inside other
 *       expressions ({@code gelu(x) * 2}, {@code sum(gelu(x))}) keeps its node, over a columnar operator
 *       computing the calls as new columns.</li>
 * </ul>
 * Everything else is left to the row-wise codegen path. {@code spark.activations.columnar.enabled}: {@code true}
 * (the default) takes the calls whose kernel runs on SIMD lanes here (a SIMD form, and the Vector API module in
 * this JVM): a scalar kernel over a batch cost more than the codegen'd row path, which calls it inline (relu 10.9
 * against 8.5 ns per row; bin/activations-bench); {@code all} takes every batch call; {@code false} none.
 * {@code spark.activations.columnar.vectors=arrow} writes results into Arrow vectors instead of Spark's on-heap
 * ones.
 */
public final class ColumnarRewrite extends Rule<SparkPlan> {

    public static final String ENABLED = "spark.activations.columnar.enabled";
    public static final String VECTORS = "spark.activations.columnar.vectors";
    /** The name of the child of Spark's root Arrow allocator that each task's Arrow result vector draws from. */
    public static final String ARROW_ALLOCATOR = "spark-activations columnar result";

    /** Which calls the rewrite takes, by {@link #ENABLED}; null for none. */
    private Predicate<BatchCall> takes;

    @Override
    public SparkPlan apply(SparkPlan plan) {
        String enabled = conf().getConfString(ENABLED, "true").toLowerCase(java.util.Locale.ROOT);
        takes = switch (enabled) {
            case "true" -> call -> call.kernel().simd();
            case "all" -> call -> true;
            case "false" -> null;
            default -> throw new IllegalArgumentException(ENABLED + " is true, all or false, not " + enabled);
        };
        return takes == null ? plan : rewrite(plan);
    }

    /** {@code e} as a call this rewrite takes. */
    private Optional<BatchCall> batchCall(Expression e) {
        return BatchCall.of(e).filter(takes);
    }

    private SparkPlan rewrite(SparkPlan plan) {
        List<SparkPlan> children = new ArrayList<>();
        Catalyst.list(plan.children()).forEach(c -> children.add(rewrite(c)));
        SparkPlan node = plan.withNewChildren(Catalyst.seq(children));
        if (node.children().size() != 1) {
            return node;
        }
        SparkPlan child = node.children().head();
        // A condition with a subquery stays with Spark's Filter, which runs the subquery first.
        FilterExec filter = child instanceof FilterExec f && f.child().supportsColumnar()
                && !ExecSubqueryExpression.hasSubquery(f.condition()) ? f : null;
        if (filter != null && !Catalyst.list(node.references().toSeq()).stream()
                .allMatch(a -> FilteredProjection.copies(a.dataType()))) {
            return node; // the filtered operator hands on fixed-width columns only
        }
        if (!child.supportsColumnar() && filter == null) {
            return node;
        }
        if (node instanceof ProjectExec project) {
            List<NamedExpression> items = Catalyst.list(project.projectList());
            return whole(items) ? operator(items, child, filter) : extracted(project, filter);
        }
        return node instanceof BaseAggregateExec aggregate && partial(aggregate) ? extracted(node, filter) : node;
    }

    /**
     * The operator computing {@code columns} over {@code child}: the columnar one, or where {@code child} is
     * {@code filter} the filtered one over the filter's columnar child.
     */
    private SparkPlan operator(List<NamedExpression> columns, SparkPlan child, FilterExec filter) {
        return filter == null ? new ColumnarActivationsExec(Catalyst.seq(columns), null, child, arrowVectors())
                : new ColumnarActivationsExec(Catalyst.seq(columns), filter.condition(), filter.child(), false);
    }

    /** Whether {@code items} are child columns (maybe renamed) and batch calls of them, one call at least. */
    private boolean whole(List<NamedExpression> items) {
        return items.stream().allMatch(e -> e instanceof Attribute
                || e instanceof Alias alias && (alias.child() instanceof Attribute || batchCall(alias.child()).isPresent()))
                && items.stream().anyMatch(e -> e instanceof Alias alias && batchCall(alias.child()).isPresent());
    }

    private static boolean partial(BaseAggregateExec aggregate) {
        return Catalyst.list(aggregate.aggregateExpressions()).stream()
                .allMatch(e -> e.mode() == Partial$.MODULE$);
    }

    /** {@code node} over an {@link #operator} computing its batch calls; {@code node} itself if it has none. */
    private SparkPlan extracted(SparkPlan node, FilterExec filter) {
        SparkPlan child = node.children().head();
        Extraction extraction = new Extraction();
        SparkPlan rewritten = (SparkPlan) node.mapExpressions(extraction::replace);
        if (extraction.columns.isEmpty()) {
            return node;
        }
        List<NamedExpression> columns = new ArrayList<>();
        Catalyst.list(child.output()).stream()
                .filter(a -> rewritten.references().contains(a))
                .forEach(columns::add);
        columns.addAll(extraction.columns.values());
        return rewritten.withNewChildren(Catalyst.seq(operator(columns, child, filter)));
    }

    private boolean arrowVectors() {
        return conf().getConfString(VECTORS, "onheap").equalsIgnoreCase("arrow");
    }

    /** Replaces each batch call in an expression by a column of the operator below, one column per distinct call. */
    private final class Extraction {

        private final Map<Expression, Alias> columns = new LinkedHashMap<>();

        Expression replace(Expression e) {
            if (e instanceof AggregateExpression || batchCall(e).isEmpty()) {
                List<Expression> children = new ArrayList<>();
                Catalyst.list(e.children()).forEach(c -> children.add(replace(c)));
                return e.withNewChildren(Catalyst.seq(children));
            }
            return columns.computeIfAbsent(e.canonicalized(), k -> Catalyst.alias(e, Catalyst.prettySql(e)))
                    .toAttribute();
        }
    }
}
