package io.github.sparkactivations.spark.columnar;

import io.github.sparkactivations.spark.catalyst.CaseClass;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.catalyst.ScalaSeqs;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.metric.SQLMetric;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import scala.collection.immutable.Seq;
import scala.reflect.ClassTag$;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A filtered projection over a columnar child, {@code SELECT gelu(x) FROM t WHERE y > 0}, shown in {@code EXPLAIN} as
 * {@code ColumnarActivations} with its condition: per batch, the condition (Spark's own generated predicate) picks the
 * rows, then each call's kernel runs over the picked rows' values packed together (SIMD where it has a SIMD form),
 * and a batch of the picked rows alone comes out ({@link FilteredProjection}). Made by {@link ColumnarRewrite} from a {@code Project} over a {@code Filter}
 * over a columnar scan, which would otherwise run every call row by row.
 */
public final class FilteredActivationsExec extends ScalaSeqs.PlanNode implements CaseClass {

    private final Seq<NamedExpression> projectList;
    private final Expression condition;
    private final SparkPlan child;
    private OperatorMetrics metrics;

    public FilteredActivationsExec(Seq<NamedExpression> projectList, Expression condition, SparkPlan child) {
        this.projectList = projectList;
        this.condition = condition;
        this.child = child;
    }

    @Override
    public Seq<Attribute> output() {
        List<Attribute> out = new ArrayList<>();
        Catalyst.list(projectList).forEach(e -> out.add(e.toAttribute()));
        return Catalyst.seq(out);
    }

    /** The columnar plan it reads. */
    public SparkPlan child() {
        return child;
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
        FilteredProjection projection = FilteredProjection.of(Catalyst.list(projectList), condition,
                Catalyst.list(child.output()), operatorMetrics());
        return child.executeColumnar().mapPartitionsInternal(projection, false,
                ClassTag$.MODULE$.apply(ColumnarBatch.class));
    }

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

    @Override
    protected List<String> vectorClasses() {
        return Catalyst.list(projectList).stream().map(e -> OnHeapColumnVector.class.getName()).toList();
    }

    @Override
    public String nodeName() {
        return "ColumnarActivations";
    }

    @Override
    public String simpleString(int maxFields) {
        return nodeName() + " " + Catalyst.list(projectList).stream().map(Object::toString)
                .collect(Collectors.joining(", ", "[", "]")) + ", filter " + condition;
    }

    @Override
    protected SparkPlan withChild(SparkPlan newChild) {
        return new FilteredActivationsExec(projectList, condition, newChild);
    }

    @Override
    public List<Object> fields() {
        return List.of(projectList, condition, child);
    }

    @Override
    public boolean equals(Object o) {
        return CaseClass.equal(this, o);
    }
}
