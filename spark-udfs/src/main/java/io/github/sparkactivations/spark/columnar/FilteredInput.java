package io.github.sparkactivations.spark.columnar;

import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.catalyst.rules.Rule;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.SparkPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives the filtered operator its columnar child back: it takes batches and puts out rows, which Spark's transitions
 * do not know of, so they put a {@code ColumnarToRow} under it (as under any row operator). Run by Spark right after
 * it adds the transitions, before whole-stage codegen is planned.
 */
public final class FilteredInput extends Rule<SparkPlan> {

    @Override
    public SparkPlan apply(SparkPlan plan) {
        List<SparkPlan> children = new ArrayList<>();
        Catalyst.list(plan.children()).forEach(c -> children.add(apply(c)));
        SparkPlan node = children.isEmpty() ? plan : plan.withNewChildren(Catalyst.seq(children));
        if (node instanceof FilteredActivationsExec filtered && filtered.child() instanceof ColumnarToRowExec rows) {
            return filtered.withNewChildren(Catalyst.seq(rows.child()));
        }
        return node;
    }
}
