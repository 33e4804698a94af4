package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.core.catalog.SqlFunction;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without the Vector API module, every batch kernel runs its scalar form and no class of package {@code simd}
 * (which would fail to load) is ever loaded: checked in a JVM started without the module, logging each class it
 * loads.
 */
class SimdLoadingTest {

    /** In the child JVM: every non-random form of every function over an array, through the batch API. */
    public static void main(String[] args) {
        double[] x = {-3, -0.5, 0, 0.5, 3};
        double[] out = new double[x.length];
        for (SqlFunction f : Catalog.functions()) {
            for (var choice : f.forms().entrySet()) {
                Form form = choice.getValue();
                if (!form.random()) {
                    double[] parameters = new double[f.parameters().size()];
                    for (int i = 0; i < parameters.length; i++) {
                        parameters[i] = f.parameters().get(i).required() ? 0.25 * (i + 1)
                                : f.parameters().get(i).defaultValue();
                    }
                    BoundKernel kernel = BoundKernel.ofChecked(form, parameters);
                    kernel.apply(x, 0, out, 0, x.length);
                    if (kernel.simd()) {
                        throw new AssertionError(f.name() + " runs SIMD without the module");
                    }
                }
            }
        }
        System.out.println("ran every kernel");
    }

    @Test
    void withoutTheModuleNoSimdClassIsLoaded() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), SimdLoadingTest.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("ran every kernel"), out);
        assertTrue(out.contains("io.github.sparkactivations.core.catalog.Catalog "), "the log names loaded classes");
        List<String> simd = out.lines().filter(l -> l.contains("io.github.sparkactivations.core.simd.")).toList();
        assertFalse(simd.stream().findAny().isPresent(), "loaded without the module: " + simd);
    }
}
