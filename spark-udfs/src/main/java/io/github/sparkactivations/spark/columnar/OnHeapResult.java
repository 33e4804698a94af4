package io.github.sparkactivations.spark.columnar;

import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.vectorized.ColumnVector;

/** Results in Spark's {@link OnHeapColumnVector}, the kind its Parquet reader fills: one bulk copy a batch. */
final class OnHeapResult extends ResultVector {

    private final OnHeapColumnVector vector = new OnHeapColumnVector(4096, DataTypes.DoubleType);

    @Override
    ColumnVector fill(double[] values, int n, ColumnVector source) {
        vector.reset();
        vector.reserve(n);
        vector.putDoubles(0, n, values, 0);
        forEachNull(source, n, vector::putNull);
        return vector;
    }

    @Override
    public void close() {
        vector.close();
    }
}
