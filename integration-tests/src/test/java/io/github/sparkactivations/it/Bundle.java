package io.github.sparkactivations.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a user puts on a class path: the bundle jar that spark-udfs' package phase built for this Spark line,
 * beside Spark's own jars (the line's provided class path, as a Spark distribution's {@code jars/} holds it).
 */
public final class Bundle {

    private Bundle() {
    }

    public static Path jar() {
        return Path.of(System.getProperty("activations.bundle"));
    }

    /** Spark's own jars for this line. */
    public static List<Path> sparkJars() {
        return classpathFile(Path.of(System.getProperty("spark.classpath.file")));
    }

    /** {@code first} (directories or jars, such as a test's own classes), the bundle, and Spark's jars. */
    public static String classpath(Path... first) {
        List<Path> entries = new ArrayList<>(Arrays.asList(first));
        entries.add(jar());
        entries.addAll(sparkJars());
        return join(entries);
    }

    /** The jars named in a class-path file written by maven-dependency-plugin's build-classpath. */
    public static List<Path> classpathFile(Path file) {
        try {
            return Arrays.stream(Files.readString(file).trim().split(File.pathSeparator)).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory or jar that holds {@code type}: this module's test classes, for a child JVM's main class. */
    public static Path codeOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String join(List<Path> entries) {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }
}
