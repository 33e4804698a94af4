package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.testing.ReferenceTables;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Once compiled, a SIMD kernel allocates nothing per value: where C2 cannot inline a helper, or an intrinsic fails
 * to compile, every vector is boxed on the heap (32 to 200 B a value, and 2 to 5 times slower; found in swish and
 * swish_grad on 256-bit lanes). Each kernel is called over 2^18 values until it allocates under 4 B a value (the
 * per-call scratch arrays are 0.1), at most 400 times: a kernel that boxes never gets there.
 */
class SimdAllocationTest {

    private static final int VALUES = 1 << 18;
    private static final int MAX_CALLS = 400;
    private static final double BYTES_PER_VALUE = 4;

    @TestFactory
    Stream<DynamicTest> compiledSimdKernelsAllocateNothingPerValue() throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] in = new double[VALUES];
        Random random = new Random(24);
        for (int i = 0; i < VALUES; i++) {
            in[i] = random.nextDouble() * 20 - 10;
        }
        double[] out = new double[VALUES];
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : ReferenceTables.lines("index.txt")) {
            BoundKernel kernel = SimdKernelsTest.bind(table);
            if (kernel.simd()) {
                tests.add(DynamicTest.dynamicTest(table, () -> {
                    double least = Double.MAX_VALUE;
                    for (int call = 0; call < MAX_CALLS && least >= BYTES_PER_VALUE; call++) {
                        long before = threads.getCurrentThreadAllocatedBytes();
                        kernel.apply(in, 0, out, 0, VALUES);
                        least = Math.min(least, (threads.getCurrentThreadAllocatedBytes() - before) / (double) VALUES);
                    }
                    assertTrue(least < BYTES_PER_VALUE, table + " allocates " + least + " B a value after "
                            + MAX_CALLS + " calls: its vectors are boxed");
                }));
            }
        }
        return tests.stream();
    }
}
