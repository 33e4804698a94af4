package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.kernels.Gelu;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any catalog function over {@code double[]} slices and Arrow vectors gives the scalar kernel's results. */
class BoundKernelTest {

    private static final SqlFunction GELU = Catalog.function("gelu").orElseThrow();

    private static double[] randomValues(int n) {
        Random random = new Random(42);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextGaussian() * 10;
        }
        return values;
    }

    @Test
    void slicesOfArrays() {
        double[] in = randomValues(1000);
        double[] out = new double[1010];
        BoundKernel.of(GELU, "tanh").apply(in, 100, out, 5, 800);
        for (int i = 0; i < 800; i++) {
            // The SIMD form, where it runs, is held to the scalar kernel's 2-ulp bound, not to its bits.
            double want = Gelu.tanh(in[100 + i]);
            assertEquals(want, out[5 + i], 2 * Math.ulp(want));
        }
        assertEquals(0.0, out[4]);
        assertEquals(0.0, out[805]);
    }

    @Test
    void arrowVectorsKeepTheirNulls() {
        double[] values = randomValues(10_000);
        try (BufferAllocator allocator = new RootAllocator();
             Float8Vector in = new Float8Vector("x", allocator)) {
            in.allocateNew(values.length);
            for (int i = 0; i < values.length; i++) {
                if (i % 7 == 3) {
                    in.setNull(i);
                } else {
                    in.set(i, values[i]);
                }
            }
            in.setValueCount(values.length);
            BoundKernel gelu = BoundKernel.of(GELU, null);
            // the batch path over a double[] (SIMD here), whose lanes line up with the Arrow path's
            double[] expected = new double[values.length];
            gelu.apply(values, 0, expected, 0, values.length);
            try (Float8Vector out = gelu.apply(in, allocator)) {
                assertEquals(values.length, out.getValueCount());
                for (int i = 0; i < values.length; i++) {
                    if (i % 7 == 3) {
                        assertTrue(out.isNull(i), "slot " + i);
                    } else {
                        assertEquals(expected[i], out.get(i), "slot " + i);
                    }
                }
                assertEquals(in.getNullCount(), out.getNullCount());
            }
        }
    }

    @Test
    void callerSuppliedVectorMustHaveRoom() {
        try (BufferAllocator allocator = new RootAllocator();
             Float8Vector in = new Float8Vector("x", allocator);
             Float8Vector small = new Float8Vector("y", allocator)) {
            in.allocateNew(5000);
            in.setValueCount(5000);
            small.allocateNew(10);
            assertThrows(IllegalArgumentException.class, () -> BoundKernel.of(GELU, null).apply(in, small));
        }
    }

    @Test
    void tooManyParametersAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BoundKernel.of(GELU, null, 1.0));
        assertEquals("gelu takes 0 to 0 parameters, got 1", e.getMessage());
    }
}
