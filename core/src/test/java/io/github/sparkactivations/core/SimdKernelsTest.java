package io.github.sparkactivations.core;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.github.sparkactivations.core.KernelAccuracyTest.ulpError;
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

    @ParameterizedTest
    @ValueSource(strings = {"sigmoid", "silu"})
    void batchKernelsAreWithinTwoUlpsOfMpmath(String function) throws IOException {
        List<String> lines;
        try (InputStream in = SimdKernelsTest.class.getResourceAsStream("/reference/" + function + ".csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        double[] x = new double[lines.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Double.parseDouble(lines.get(i).split(",")[0].replace("inf", "Infinity").replace("nan", "NaN"));
        }
        double[] out = new double[x.length];
        BoundKernel.of(Catalog.function(function).orElseThrow(), null).apply(x, 0, out, 0, x.length);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            worst = Math.max(worst, ulpError(out[i], lines.get(i).split(",")[1]));
        }
        System.out.printf("SIMD %s: max error %.3f ulp over %d points%n", function, worst, x.length);
        assertTrue(worst <= KernelAccuracyTest.MAX_ULPS, worst + " ulp");
    }
}
