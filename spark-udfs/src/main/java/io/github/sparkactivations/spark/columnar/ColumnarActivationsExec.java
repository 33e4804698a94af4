package io.github.sparkactivations.spark.columnar;

import io.github.sparkactivations.spark.catalyst.ScalaSeqs;
import io.github.sparkactivations.spark.catalyst.CaseClass;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.metric.SQLMetric;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import scala.collection.immutable.Seq;
import scala.reflect.ClassTag$;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A projection run over whole column batches, shown in {@code EXPLAIN} as {@code ColumnarActivations}: each
 * item of {@code projectList} is a column of the columnar child, handed on, or a {@link BatchCall} of one, computed
 * batch by batch by {@link BatchProjection}. With a {@code condition} (a {@code WHERE} clause between the scan and
 * the calls) only the rows that pass are computed and put out ({@link FilteredProjection}). Spark puts a
 * {@code ColumnarToRow} above it where rows are needed. Made by {@link ColumnarRewrite}.
 */
public final class ColumnarActivationsExec extends ScalaSeqs.PlanNode implements CaseClass {

    private final Seq<NamedExpression> projectList;
    private final Expression condition;
    private final SparkPlan child;
    private final boolean arrowVectors;
    private OperatorMetrics metrics;

    /**
     * @param projectList  the output columns: child columns (maybe renamed) and batch calls of them
     * @param condition    the rows to keep, or null for all
     * @param child        a plan that supports columnar execution
     * @param arrowVectors results in Arrow vectors rather than Spark's on-heap ones (without a condition)
     */
    public ColumnarActivationsExec(Seq<NamedExpression> projectList, Expression condition, SparkPlan child,
                                   boolean arrowVectors) {
        this.projectList = projectList;
        this.condition = condition;
        this.child = child;
        this.arrowVectors = arrowVectors;
    }

    @Override
    public Seq<Attribute> output() {
        List<Attribute> out = new ArrayList<>();
        Catalyst.list(projectList).forEach(e -> out.add(e.toAttribute()));
        return Catalyst.seq(out);
    }

    @Override
    public Seq<SparkPlan> children() {
        return Catalyst.seq(child);
    }

    @Override
    public boolean supportsColumnar() {
        return true;
    }

    @Override
    public RDD<InternalRow> doExecute() {
        throw new IllegalStateException("ColumnarActivations produces column batches only");
    }

    @Override
    public RDD<ColumnarBatch> doExecuteColumnar() {
        List<NamedExpression> items = Catalyst.list(projectList);
        List<Attribute> childOutput = Catalyst.list(child.output());
        return child.executeColumnar().mapPartitionsInternal(condition == null
                        ? BatchProjection.of(items, childOutput, arrowVectors, operatorMetrics())
                        : FilteredProjection.of(items, condition, childOutput, operatorMetrics()), false,
                ClassTag$.MODULE$.apply(ColumnarBatch.class));
    }

    /** Its rows, batches and kernel time ({@link OperatorMetrics}), made on first use on the driver. */
    private OperatorMetrics operatorMetrics() {
        if (metrics == null) {
            metrics = OperatorMetrics.create(sparkContext());
        }
        return metrics;
    }

    @Override
    public scala.collection.immutable.Map<String, SQLMetric> metrics() {
        return operatorMetrics().byName();
    }

    /** A column handed on is the child's own vector, or with a condition a copy; results are {@link ResultVector}s. */
    @Override
    protected List<String> vectorClasses() {
        if (condition != null) {
            String[] types = new String[projectList.size()];
            Arrays.fill(types, OnHeapColumnVector.class.getName());
            return List.of(types);
        }
        List<String> childTypes = child.vectorTypes().isDefined() ? Catalyst.list(child.vectorTypes().get())
                : null;
        String result = ResultVector.vectorClass(arrowVectors).getName();
        List<String> types = new ArrayList<>();
        for (OutputColumn c : BatchProjection.of(Catalyst.list(projectList), Catalyst.list(child.output()),
                arrowVectors, null).columns()) {
            types.add(c instanceof OutputColumn.PassThrough p
                    ? (childTypes != null ? childTypes.get(p.ordinal()) : ColumnVector.class.getName()) : result);
        }
        return types;
    }

    @Override
    public String nodeName() {
        return "ColumnarActivations";
    }

    @Override
    public String simpleString(int maxFields) {
        return nodeName() + " " + Catalyst.list(projectList).stream().map(Object::toString)
                .collect(Collectors.joining(", ", "[", "]")) + (condition != null ? ", filter " + condition : "")
                + (arrowVectors && condition == null ? ", Arrow vectors" : "");
    }

    @Override
    protected SparkPlan withChild(SparkPlan newChild) {
        return new ColumnarActivationsExec(projectList, condition, newChild, arrowVectors);
    }

    @Override
    public List<Object> fields() {
        return Arrays.asList(projectList, condition, child, arrowVectors);
    }

    @Override
    public boolean equals(Object o) {
        return CaseClass.equal(this, o);
    }
}
