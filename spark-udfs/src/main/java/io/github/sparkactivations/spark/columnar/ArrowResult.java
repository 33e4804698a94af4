package io.github.sparkactivations.spark.columnar;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.Float8Vector;
import org.apache.spark.sql.util.ArrowUtils;
import org.apache.spark.sql.vectorized.ArrowColumnVector;
import org.apache.spark.sql.vectorized.ColumnVector;

import java.nio.ByteOrder;

/**
 * Results in an Arrow {@link Float8Vector} (seen by Spark as an {@link ArrowColumnVector}), from a child of
 * Spark's root allocator; closing it closes the allocator, which fails if any buffer was not released.
 */
final class ArrowResult extends ResultVector {

    private final BufferAllocator allocator = ArrowUtils.rootAllocator()
            .newChildAllocator(ColumnarRewrite.ARROW_ALLOCATOR, 0, Long.MAX_VALUE);
    private final Float8Vector vector = new Float8Vector("result", allocator);
    private final ArrowColumnVector column = new ArrowColumnVector(vector);

    @Override
    ColumnVector fill(double[] values, int n, ColumnVector source) {
        if (vector.getValueCapacity() < n) {
            vector.clear();
            vector.allocateNew(n);
        }
        vector.getDataBuffer().nioBuffer(0, n * Float8Vector.TYPE_WIDTH).order(ByteOrder.LITTLE_ENDIAN)
                .asDoubleBuffer().put(values, 0, n);
        ArrowBuf validity = vector.getValidityBuffer();
        validity.setOne(0, (n + 7) / 8);
        forEachNull(source, n, row -> BitVectorHelper.unsetBit(validity, row));
        vector.setValueCount(n);
        return column;
    }

    @Override
    public void close() {
        column.close();
        allocator.close();
    }
}
