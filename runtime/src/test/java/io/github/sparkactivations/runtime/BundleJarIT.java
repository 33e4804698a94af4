package io.github.sparkactivations.runtime;

import io.github.sparkactivations.shell.ActivationsSql;
import io.github.sparkactivations.spark.ActivationsExtensions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runtime bundle holds this project and relocated commons-numbers, and nothing that Spark ships. */
class BundleJarIT {

    static final Path BUNDLE = Path.of(System.getProperty("runtime.jar"));

    private static final List<String> SHIPPED_BY_SPARK = List.of("org/apache/spark/", "scala/", "org/apache/arrow/");

    @Test
    void holdsNoClassOfSparkScalaOrArrow() throws IOException {
        try (JarFile jar = new JarFile(BUNDLE.toFile())) {
            List<String> classes = jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).toList();
            assertTrue(classes.size() > 100, "classes: " + classes.size());
            for (String prefix : SHIPPED_BY_SPARK) {
                assertTrue(classes.stream().noneMatch(n -> n.startsWith(prefix)), prefix + " in the bundle");
            }
            assertTrue(classes.stream().allMatch(n -> n.startsWith("io/github/sparkactivations/")),
                    "only our packages: " + classes.stream().filter(n -> !n.startsWith("io/github/")).toList());
            assertTrue(classes.contains(ActivationsSql.class.getName().replace('.', '/') + ".class"), "the shell");
            assertTrue(classes.contains("io/github/sparkactivations/core/catalog/Catalog.class"), "core");
            assertTrue(classes.contains("io/github/sparkactivations/spark/SparkActivations.class"), "the Spark layer");
        }
    }

    @Test
    void commonsNumbersIsRelocatedAndNoClassStillNamesTheOriginal() throws IOException {
        try (JarFile jar = new JarFile(BUNDLE.toFile())) {
            assertTrue(jar.stream().anyMatch(e -> e.getName().startsWith("io/github/sparkactivations/shaded/commons/numbers/")));
            for (JarEntry e : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                assertFalse(read(jar, e).contains("org/apache/commons/numbers"), e.getName() + " names org.apache.commons.numbers");
            }
        }
    }

    @Test
    void serviceLoaderEntryNamesTheExtensions() throws IOException {
        try (JarFile jar = new JarFile(BUNDLE.toFile())) {
            JarEntry services = jar.getJarEntry("META-INF/services/org.apache.spark.sql.SparkSessionExtensionsProvider");
            assertEquals(ActivationsExtensions.class.getName(), read(jar, services).trim());
        }
    }

    @Test
    void carriesTheLicenseAndTheLineItIsBuiltFor() throws IOException {
        try (JarFile jar = new JarFile(BUNDLE.toFile())) {
            assertTrue(read(jar, jar.getJarEntry("META-INF/LICENSE")).contains("Apache License"));
            assertTrue(read(jar, jar.getJarEntry("META-INF/NOTICE")).contains("Spark Activations"));
            String built = read(jar, jar.getJarEntry("io/github/sparkactivations/spark/build.properties"));
            assertTrue(built.contains("spark.line=" + System.getProperty("spark.line") + "\n"), built);
        }
    }

    static String read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
