package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.testing.ReferenceTables;
import io.github.sparkactivations.core.kernels.KernelAccuracyTest;
import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.github.sparkactivations.testing.Ulps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SIMD kernels, which the batch API uses when the Vector API is present (core's tests run with
 * it; the integration tests, without, cover the fallback), against the same mpmath tables and bound.
 */
class SimdKernelsTest {

    @Test
    void theVectorApiIsPresentHere() {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "core's surefire argLine adds jdk.incubator.vector");
    }

    @TestFactory
    Stream<DynamicTest> batchKernelsAreWithinTwoUlpsOfMpmath() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : ReferenceTables.lines("index.txt")) {
            BoundKernel kernel = bind(table);
            assertEquals(kernel.hasSimdForm(), kernel.simd(), table + ": with the module, a SIMD form runs");
            if (kernel.simd()) {
                tests.add(DynamicTest.dynamicTest(table, () -> check(table, kernel)));
            }
        }
        Set<String> covered = new TreeSet<>();
        tests.forEach(t -> covered.add(t.getDisplayName()));
        assertTrue(covered.containsAll(List.of("sigmoid", "sigmoid_grad", "tanh_grad", "silu", "mish", "mish_grad",
                "elu", "elu@0.5", "celu", "celu@0.25", "celu@2.0", "elu_grad", "selu", "selu_grad", "softplus",
                "softplus@0.3_20.0", "softplus@2.0_10.0", "softplus_grad", "log_sigmoid", "log_sigmoid_grad", "swish",
                "swish@0.1", "gelu.tanh", "gelu.none", "gelu_grad.none", "gelu_grad.tanh", "tanhshrink",
                "tanhshrink_grad")), "SIMD forms: " + covered);
        return tests.stream();
    }

    /**
     * The mpmath tables have no signed zero, so the edges are checked against the scalar kernel instead: the SIMD form
     * gives each bit for bit, the sign of a zero included (as does every execution path).
     */
    @TestFactory
    Stream<DynamicTest> edgesAreTheScalarKernelsBitForBit() throws IOException {
        double[] edges = {-0.0, 0.0, -Double.MIN_VALUE, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MIN_NORMAL,
            Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE};
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : ReferenceTables.lines("index.txt")) {
            BoundKernel kernel = bind(table);
            if (kernel.simd()) {
                tests.add(DynamicTest.dynamicTest(table, () -> {
                    double[] in = new double[64];
                    for (int i = 0; i < in.length; i++) {
                        in[i] = edges[i % edges.length];
                    }
                    double[] out = new double[in.length];
                    kernel.apply(in, 0, out, 0, in.length);
                    for (int i = 0; i < in.length; i++) {
                        assertEquals(Double.doubleToLongBits(kernel.apply(in[i])), Double.doubleToLongBits(out[i]),
                                table + " at x = " + in[i] + ": scalar " + kernel.apply(in[i]) + ", SIMD " + out[i]);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** The table {@code function[.choice][@p1_p2]} as a bound kernel. */
    static BoundKernel bind(String table) {
        String[] at = table.split("@");
        String[] dot = at[0].split("\\.");
        double[] parameters = at.length > 1 ? Arrays.stream(at[1].split("_")).mapToDouble(Double::parseDouble).toArray()
                : new double[0];
        SqlFunction f = Catalog.activations().stream()
                .flatMap(a -> Stream.concat(Stream.of(a.function()), a.derivative().stream()))
                .filter(g -> g.name().equals(dot[0])).findFirst().orElseThrow();
        return BoundKernel.of(f, dot.length > 1 ? dot[1] : null, parameters);
    }

    private static void check(String table, BoundKernel kernel) throws IOException {
        List<String> rows = ReferenceTables.lines(table + ".csv").subList(1, ReferenceTables.lines(table + ".csv").size());
        double[] x = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Double.parseDouble(rows.get(i).split(",")[0].replace("inf", "Infinity").replace("nan", "NaN"));
        }
        double[] out = new double[x.length];
        kernel.apply(x, 0, out, 0, x.length);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            worst = Math.max(worst, Ulps.error(out[i], rows.get(i).split(",")[1]));
        }
        System.out.printf("SIMD %-20s max error %.3f ulp over %d points%n", table, worst, x.length);
        assertTrue(worst <= KernelAccuracyTest.MAX_ULPS, table + ": " + worst + " ulp");
    }

}
