package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.softmax.LogSumExp;
import io.github.sparkactivations.core.softmax.Softmax;
import io.github.sparkactivations.core.softmax.SoftmaxLoss;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vector functions over Arrow vectors give the array kernels' results over the non-null slots. */
class ArrowVectorsTest {

    @Test
    void arrowVectorsSkipAndKeepNulls() {
        try (BufferAllocator allocator = new RootAllocator();
             Float8Vector in = new Float8Vector("x", allocator);
             Float8Vector out = new Float8Vector("p", allocator)) {
            in.allocateNew(4);
            in.set(0, 1.0);
            in.setNull(1);
            in.set(2, 2.0);
            in.set(3, 3.0);
            in.setValueCount(4);
            out.allocateNew(4);
            ArrowVectors.softmax(in, 1.0, out);
            double[] expected = new double[3];
            Softmax.softmax(new double[] {1, 2, 3}, 0, 3, 1.0, expected, 0);
            assertTrue(out.isNull(1));
            assertEquals(expected[0], out.get(0));
            assertEquals(expected[2], out.get(3));
            assertEquals(LogSumExp.of(new double[] {1, 2, 3}, 0, 3), ArrowVectors.logSumExp(in));
            assertEquals(SoftmaxLoss.ofLabel(new double[] {1, 2, 3}, 0, 3, 2, 0), ArrowVectors.softmaxLoss(in, 3));
            ArrowVectors.softmaxLossGrad(in, 3, out);
            assertEquals(-(expected[0] + expected[1]), out.get(3));
            assertTrue(out.isNull(1));
            assertThrows(IllegalArgumentException.class, () -> ArrowVectors.softmaxLoss(in, 1), "a null slot");
        }
    }
}
