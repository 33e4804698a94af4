package io.github.sparkactivations.runtime;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The published library jars hold runtime code only: their packages are the runtime's, and no class draws (XChart,
 * AWT), writes the docs or generates code. The shell and the generators live in modules of their own.
 */
class ShippedJarsIT {

    @Test
    void coreHoldsTheKernelsTheCatalogAndTheBatchApiOnly() throws IOException {
        assertRuntimeOnly(Path.of(System.getProperty("core.jar")), "io/github/sparkactivations/core/",
                Set.of("arrays", "batch", "catalog", "internal", "kernels", "simd", "softmax"));
    }

    @Test
    void theSparkLayerHoldsItsRolesOnly() throws IOException {
        assertRuntimeOnly(Path.of(System.getProperty("spark.jar")), "io/github/sparkactivations/spark/",
                Set.of("", "aggregate", "array", "catalyst", "columnar", "registry", "scalar", "window"));
    }

    private static void assertRuntimeOnly(Path jarFile, String root, Set<String> packages) throws IOException {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            List<JarEntry> classes = jar.stream().filter(e -> e.getName().endsWith(".class")).toList();
            Set<String> found = new TreeSet<>();
            for (JarEntry e : classes) {
                String rest = e.getName().substring(root.length());
                found.add(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : "");
                String bytes = BundleJarIT.read(jar, e);
                for (String tooling : List.of("org/knowm/xchart", "java/awt", "java/nio/file/Files")) {
                    assertFalse(bytes.contains(tooling), e.getName() + " uses " + tooling);
                }
            }
            assertEquals(new TreeSet<>(packages), found, jarFile.toString());
        }
    }
}
