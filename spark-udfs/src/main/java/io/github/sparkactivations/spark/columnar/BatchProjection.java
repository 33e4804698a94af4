package io.github.sparkactivations.spark.columnar;

import org.apache.spark.TaskContext;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.util.TaskCompletionListener;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the columnar operator runs on each partition: every input batch becomes an output batch of the same
 * rows, each column either the child's vector handed on or a kernel's results over a child's column, read in
 * bulk and computed by {@link io.github.sparkactivations.core.batch.BoundKernel} over the whole batch (SIMD
 * where the kernel has a SIMD form and the Vector API module is present). A null input row is a null result.
 */
final class BatchProjection extends AbstractFunction1<Iterator<ColumnarBatch>, Iterator<ColumnarBatch>>
        implements Serializable {

    private final List<OutputColumn> columns;
    private final boolean arrowVectors;
    private final OperatorMetrics metrics;

    private BatchProjection(List<OutputColumn> columns, boolean arrowVectors, OperatorMetrics metrics) {
        this.columns = List.copyOf(columns);
        this.arrowVectors = arrowVectors;
        this.metrics = metrics;
    }

    /**
     * The projection of {@code projectList} (child columns, maybe renamed, and {@link BatchCall}s of them) over
     * a child producing {@code childOutput}, counted in {@code metrics} (null: not counted).
     */
    static BatchProjection of(List<NamedExpression> projectList, List<Attribute> childOutput, boolean arrowVectors,
                              OperatorMetrics metrics) {
        List<OutputColumn> columns = new ArrayList<>();
        for (NamedExpression item : projectList) {
            Expression e = item instanceof Alias alias ? alias.child() : (Expression) item;
            if (e instanceof Attribute attribute) {
                columns.add(new OutputColumn.PassThrough(ordinal(childOutput, attribute)));
            } else {
                BatchCall call = BatchCall.of(e).orElseThrow(() -> new IllegalStateException("not a batch call: " + e));
                columns.add(new OutputColumn.Computed(ordinal(childOutput, call.column()), call.fromFloat(), call.kernel()));
            }
        }
        return new BatchProjection(columns, arrowVectors, metrics);
    }

    List<OutputColumn> columns() {
        return columns;
    }

    static int ordinal(List<Attribute> childOutput, Attribute attribute) {
        for (int i = 0; i < childOutput.size(); i++) {
            if (childOutput.get(i).exprId().equals(attribute.exprId())) {
                return i;
            }
        }
        throw new IllegalStateException(attribute + " is not among the child's columns " + childOutput);
    }

    @Override
    public Iterator<ColumnarBatch> apply(Iterator<ColumnarBatch> batches) {
        PartitionState state = new PartitionState();
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> state.close());
        }
        return batches.map(state::project);
    }

    /** One task's buffers and result vectors, reused from batch to batch. */
    private final class PartitionState implements AutoCloseable {

        private final ResultVector[] results = new ResultVector[columns.size()];
        private double[] values = new double[0];

        ColumnarBatch project(ColumnarBatch in) {
            int n = in.numRows();
            if (values.length < n) {
                values = new double[n];
            }
            ColumnVector[] out = new ColumnVector[columns.size()];
            long nanos = 0;
            for (int c = 0; c < out.length; c++) {
                OutputColumn column = columns.get(c);
                if (column instanceof OutputColumn.PassThrough p) {
                    out[c] = in.column(p.ordinal());
                } else {
                    OutputColumn.Computed f = (OutputColumn.Computed) column;
                    ColumnVector source = in.column(f.ordinal());
                    double[] x = read(source, n, f.fromFloat());
                    long start = System.nanoTime();
                    f.kernel().apply(x, 0, values, 0, n);
                    nanos += System.nanoTime() - start;
                    if (results[c] == null) {
                        results[c] = ResultVector.create(arrowVectors);
                    }
                    out[c] = results[c].fill(values, n, source);
                }
            }
            if (metrics != null) {
                metrics.batch(n, nanos);
            }
            return new ColumnarBatch(out, n);
        }

        @Override
        public void close() {
            for (ResultVector r : results) {
                if (r != null) {
                    r.close();
                }
            }
        }
    }

    /**
     * Rows {@code [0, n)} of {@code v} as doubles, by one bulk copy. A dictionary-encoded vector (Parquet's lazy
     * decoding) has no bulk accessor: it is decoded row by row.
     */
    private static double[] read(ColumnVector v, int n, boolean fromFloat) {
        boolean bulk = !(v instanceof WritableColumnVector w && w.hasDictionary());
        double[] x;
        if (!fromFloat) {
            x = bulk ? v.getDoubles(0, n) : new double[n];
            for (int i = 0; !bulk && i < n; i++) {
                x[i] = v.isNullAt(i) ? 0 : v.getDouble(i);
            }
            return x;
        }
        float[] f = bulk ? v.getFloats(0, n) : null;
        x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = bulk ? f[i] : v.isNullAt(i) ? 0 : v.getFloat(i);
        }
        return x;
    }
}
