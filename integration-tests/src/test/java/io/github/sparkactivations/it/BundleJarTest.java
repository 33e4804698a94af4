package io.github.sparkactivations.it;

import io.github.sparkactivations.spark.ActivationsExtensions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundle jar holds this project and relocated commons-numbers, and nothing that Spark ships. */
class BundleJarTest {

    private static final List<String> SHIPPED_BY_SPARK = List.of("org/apache/spark/", "scala/", "org/apache/arrow/");

    @Test
    void holdsNoClassOfSparkScalaOrArrow() throws IOException {
        try (JarFile jar = new JarFile(Bundle.jar().toFile())) {
            List<String> classes = jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).toList();
            assertTrue(classes.size() > 100, "classes: " + classes.size());
            for (String prefix : SHIPPED_BY_SPARK) {
                assertTrue(classes.stream().noneMatch(n -> n.startsWith(prefix)), prefix + " in the bundle");
            }
            assertTrue(classes.stream().allMatch(n -> n.startsWith("io/github/sparkactivations/")),
                    "only our packages: " + classes.stream().filter(n -> !n.startsWith("io/github/")).toList());
            assertTrue(classes.contains("io/github/sparkactivations/spark/cli/ActivationsSql.class"), "the shell");
            assertTrue(classes.contains("io/github/sparkactivations/core/catalog/Catalog.class"), "core");
        }
    }

    @Test
    void commonsNumbersIsRelocatedAndNoClassStillNamesTheOriginal() throws IOException {
        try (JarFile jar = new JarFile(Bundle.jar().toFile())) {
            assertTrue(jar.stream().anyMatch(e -> e.getName().startsWith("io/github/sparkactivations/shaded/commons/numbers/")));
            for (JarEntry e : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                assertFalse(read(jar, e).contains("org/apache/commons/numbers"), e.getName() + " names org.apache.commons.numbers");
            }
        }
    }

    @Test
    void serviceLoaderEntryNamesTheExtensions() throws IOException {
        try (JarFile jar = new JarFile(Bundle.jar().toFile())) {
            JarEntry services = jar.getJarEntry("META-INF/services/org.apache.spark.sql.SparkSessionExtensionsProvider");
            assertEquals(ActivationsExtensions.class.getName(), read(jar, services).trim());
        }
    }

    private static String read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
