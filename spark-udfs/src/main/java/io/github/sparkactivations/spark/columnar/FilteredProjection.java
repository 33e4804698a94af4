package io.github.sparkactivations.spark.columnar;

import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.BasePredicate;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.Predicate;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.util.TaskCompletionListener;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ColumnarActivationsExec} runs on each partition under a condition: for each batch, the rows the condition keeps (Spark's
 * generated predicate over the batch's rows), then a batch of those rows alone: each child column it hands on copied
 * for them, each call's kernel run once over their values packed (SIMD where it has a SIMD form). A null input is a
 * null result. The columns handed on are of fixed-width types ({@link #copies}).
 */
final class FilteredProjection extends AbstractFunction1<Iterator<ColumnarBatch>, Iterator<ColumnarBatch>>
        implements Serializable {

    private final Expression condition;
    private final List<Attribute> childOutput;
    private final List<OutputColumn> columns;
    private final List<DataType> types;
    private final OperatorMetrics metrics;

    private FilteredProjection(Expression condition, List<Attribute> childOutput, List<OutputColumn> columns,
                               List<DataType> types, OperatorMetrics metrics) {
        this.condition = condition;
        this.childOutput = List.copyOf(childOutput);
        this.columns = List.copyOf(columns);
        this.types = List.copyOf(types);
        this.metrics = metrics;
    }

    /**
     * The projection of {@code projectList} (child columns, maybe renamed, and {@link BatchCall}s of them) over the
     * rows of a child producing {@code childOutput} that {@code condition} keeps.
     */
    static FilteredProjection of(List<NamedExpression> projectList, Expression condition, List<Attribute> childOutput,
                                 OperatorMetrics metrics) {
        List<OutputColumn> columns = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (NamedExpression item : projectList) {
            Expression e = item instanceof Alias alias ? alias.child() : (Expression) item;
            types.add(e.dataType());
            if (e instanceof Attribute attribute) {
                columns.add(new OutputColumn.PassThrough(BatchProjection.ordinal(childOutput, attribute)));
            } else {
                BatchCall call = BatchCall.of(e).orElseThrow(() -> new IllegalStateException("not a batch call: " + e));
                columns.add(new OutputColumn.Computed(BatchProjection.ordinal(childOutput, call.column()),
                        call.fromFloat(), call.kernel()));
            }
        }
        return new FilteredProjection(condition, childOutput, columns, types, metrics);
    }

    /** Whether a column of {@code type} can be handed on: the fixed-width types copied value by value. */
    static boolean copies(DataType type) {
        return type instanceof BooleanType || type instanceof ByteType || type instanceof ShortType
                || type instanceof IntegerType || type instanceof LongType || type instanceof FloatType
                || type instanceof DoubleType || type instanceof DateType || type instanceof TimestampType;
    }

    @Override
    public Iterator<ColumnarBatch> apply(Iterator<ColumnarBatch> batches) {
        BasePredicate predicate = Predicate.create(condition, Catalyst.seq(childOutput));
        TaskContext task = TaskContext.get();
        predicate.initialize(task == null ? 0 : task.partitionId());
        PartitionState state = new PartitionState(predicate);
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> state.close());
        }
        return batches.map(state::filter);
    }

    /** One task's predicate, buffers and output vectors, reused from batch to batch. */
    private final class PartitionState implements AutoCloseable {

        private final BasePredicate predicate;
        private final OnHeapColumnVector[] out = new OnHeapColumnVector[columns.size()];
        private int[] kept = new int[0];
        private double[] x = new double[0];
        private double[] y = new double[0];

        PartitionState(BasePredicate predicate) {
            this.predicate = predicate;
            for (int c = 0; c < out.length; c++) {
                out[c] = new OnHeapColumnVector(4096, columns.get(c) instanceof OutputColumn.Computed
                        ? DataTypes.DoubleType : types.get(c));
            }
        }

        ColumnarBatch filter(ColumnarBatch in) {
            int n = in.numRows();
            if (kept.length < n) {
                kept = new int[n];
                x = new double[n];
                y = new double[n];
            }
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (predicate.eval(in.getRow(i))) {
                    kept[m++] = i;
                }
            }
            long nanos = 0;
            for (int c = 0; c < out.length; c++) {
                OnHeapColumnVector v = out[c];
                v.reset();
                v.reserve(m);
                if (columns.get(c) instanceof OutputColumn.Computed call) {
                    ColumnVector source = in.column(call.ordinal());
                    for (int j = 0; j < m; j++) {
                        int row = kept[j];
                        x[j] = source.isNullAt(row) ? 0 : call.fromFloat() ? source.getFloat(row) : source.getDouble(row);
                    }
                    long start = System.nanoTime();
                    call.kernel().apply(x, 0, y, 0, m);
                    nanos += System.nanoTime() - start;
                    v.putDoubles(0, m, y, 0);
                    putNulls(source, v, m);
                } else {
                    copy(in.column(((OutputColumn.PassThrough) columns.get(c)).ordinal()), v, types.get(c), m);
                }
            }
            if (metrics != null) {
                metrics.batch(m, nanos);
            }
            return new ColumnarBatch(out, m);
        }

        private void putNulls(ColumnVector source, OnHeapColumnVector v, int m) {
            if (source.hasNull()) {
                for (int j = 0; j < m; j++) {
                    if (source.isNullAt(kept[j])) {
                        v.putNull(j);
                    }
                }
            }
        }

        /** The kept rows of {@code source} into {@code v}. */
        private void copy(ColumnVector source, OnHeapColumnVector v, DataType type, int m) {
            for (int j = 0; j < m; j++) {
                int row = kept[j];
                if (source.isNullAt(row)) {
                    v.putNull(j);
                } else if (type instanceof DoubleType) {
                    v.putDouble(j, source.getDouble(row));
                } else if (type instanceof LongType || type instanceof TimestampType) {
                    v.putLong(j, source.getLong(row));
                } else if (type instanceof IntegerType || type instanceof DateType) {
                    v.putInt(j, source.getInt(row));
                } else if (type instanceof FloatType) {
                    v.putFloat(j, source.getFloat(row));
                } else if (type instanceof ShortType) {
                    v.putShort(j, source.getShort(row));
                } else if (type instanceof ByteType) {
                    v.putByte(j, source.getByte(row));
                } else {
                    v.putBoolean(j, source.getBoolean(row));
                }
            }
        }

        @Override
        public void close() {
            for (OnHeapColumnVector v : out) {
                v.close();
            }
        }
    }
}
