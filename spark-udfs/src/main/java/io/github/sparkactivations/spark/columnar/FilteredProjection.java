package io.github.sparkactivations.spark.columnar;

import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.BasePredicate;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.Predicate;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import scala.collection.AbstractIterator;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link FilteredActivationsExec} runs on each partition: for each batch, the rows the condition keeps, each
 * call's kernel over their values packed (one batch call per column), and those rows out as rows: the child's row
 * joined with the results, projected in the query's order. A null input is a null result.
 */
final class FilteredProjection extends AbstractFunction1<Iterator<ColumnarBatch>, Iterator<InternalRow>>
        implements Serializable {

    private final Expression condition;
    private final List<Attribute> childOutput;
    private final List<OutputColumn.Computed> calls;
    private final List<Expression> output;
    private final OperatorMetrics metrics;

    private FilteredProjection(Expression condition, List<Attribute> childOutput, List<OutputColumn.Computed> calls,
                               List<Expression> output, OperatorMetrics metrics) {
        this.condition = condition;
        this.childOutput = List.copyOf(childOutput);
        this.calls = List.copyOf(calls);
        this.output = List.copyOf(output);
        this.metrics = metrics;
    }

    /**
     * The projection of {@code projectList} (child columns, maybe renamed, and {@link BatchCall}s of them) over the
     * rows of a child producing {@code childOutput} that {@code condition} keeps.
     */
    static FilteredProjection of(List<NamedExpression> projectList, Expression condition, List<Attribute> childOutput,
                                 OperatorMetrics metrics) {
        List<OutputColumn.Computed> calls = new ArrayList<>();
        List<Expression> output = new ArrayList<>();
        for (NamedExpression item : projectList) {
            Expression e = item instanceof Alias alias ? alias.child() : (Expression) item;
            if (e instanceof Attribute attribute) {
                int ordinal = BatchProjection.ordinal(childOutput, attribute);
                output.add(new BoundReference(ordinal, attribute.dataType(), attribute.nullable()));
            } else {
                BatchCall call = BatchCall.of(e).orElseThrow(() -> new IllegalStateException("not a batch call: " + e));
                output.add(new BoundReference(childOutput.size() + calls.size(), DataTypes.DoubleType, true));
                calls.add(new OutputColumn.Computed(BatchProjection.ordinal(childOutput, call.column()), call.fromFloat(),
                        call.kernel()));
            }
        }
        return new FilteredProjection(condition, childOutput, calls, output, metrics);
    }

    @Override
    public Iterator<InternalRow> apply(Iterator<ColumnarBatch> batches) {
        BasePredicate predicate = Predicate.create(condition, Catalyst.seq(childOutput));
        TaskContext task = TaskContext.get();
        predicate.initialize(task == null ? 0 : task.partitionId());
        UnsafeProjection projection = UnsafeProjection.create(Catalyst.seq(output));
        return new Rows(batches, predicate, projection);
    }

    /** The kept rows of batch after batch. */
    private final class Rows extends AbstractIterator<InternalRow> {

        private final Iterator<ColumnarBatch> batches;
        private final BasePredicate predicate;
        private final UnsafeProjection projection;
        private final JoinedRow joined = new JoinedRow();
        private final GenericInternalRow results = new GenericInternalRow(calls.size());
        private ColumnarBatch batch;
        private int[] kept = new int[0];
        private final double[][] values = new double[calls.size()][0];
        private double[] x = new double[0];
        private int count;
        private int next;

        Rows(Iterator<ColumnarBatch> batches, BasePredicate predicate, UnsafeProjection projection) {
            this.batches = batches;
            this.predicate = predicate;
            this.projection = projection;
        }

        @Override
        public boolean hasNext() {
            while (next == count && batches.hasNext()) {
                filter(batches.next());
            }
            return next < count;
        }

        @Override
        public InternalRow next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            int row = kept[next];
            for (int c = 0; c < calls.size(); c++) {
                if (batch.column(calls.get(c).ordinal()).isNullAt(row)) {
                    results.setNullAt(c);
                } else {
                    results.setDouble(c, values[c][next]);
                }
            }
            next++;
            return projection.apply(joined.apply(batch.getRow(row), results));
        }

        /** Keeps {@code in}'s rows that pass, and runs each call's kernel over their values. */
        private void filter(ColumnarBatch in) {
            batch = in;
            int n = in.numRows();
            if (kept.length < n) {
                kept = new int[n];
                x = new double[n];
                for (int c = 0; c < values.length; c++) {
                    values[c] = new double[n];
                }
            }
            count = 0;
            next = 0;
            for (int i = 0; i < n; i++) {
                if (predicate.eval(in.getRow(i))) {
                    kept[count++] = i;
                }
            }
            long nanos = 0;
            for (int c = 0; c < calls.size(); c++) {
                OutputColumn.Computed call = calls.get(c);
                gather(in.column(call.ordinal()), call.fromFloat());
                long start = System.nanoTime();
                call.kernel().apply(x, 0, values[c], 0, count);
                nanos += System.nanoTime() - start;
            }
            if (metrics != null) {
                metrics.batch(count, nanos);
            }
        }

        /** The kept rows' values of {@code v} into {@code x} (0 for a null, whose result is null). */
        private void gather(ColumnVector v, boolean fromFloat) {
            for (int j = 0; j < count; j++) {
                int row = kept[j];
                x[j] = v.isNullAt(row) ? 0 : fromFloat ? v.getFloat(row) : v.getDouble(row);
            }
        }
    }
}
