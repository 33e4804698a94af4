package io.github.sparkactivations.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Spark line (and Scala version) this jar is built for, checked against the Spark it runs on before anything
 * touches Catalyst, whose signatures differ between lines. A mismatch is one line naming both and the artifact to
 * use instead: {@code activations-spark-4.0_2.13 0.1.0 is built for Spark 4.0; this session runs Spark 3.5.7:
 * use activations-spark-3.5_2.12}.
 */
final class LineGuard {

    private static final Properties BUILT = load();

    private LineGuard() {
    }

    /** Throws {@link IllegalStateException} with the one-line message unless the running Spark is this jar's line. */
    static void check() {
        String problem = mismatch();
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** The message for the Spark and Scala this JVM runs, or null if they are this jar's. */
    static String mismatch() {
        return mismatch(org.apache.spark.package$.MODULE$.SPARK_VERSION(), scala.util.Properties.versionNumberString());
    }

    /** The message for a session of {@code sparkVersion} on {@code scalaVersion} (full versions), or null if it fits. */
    static String mismatch(String sparkVersion, String scalaVersion) {
        String line = majorMinor(sparkVersion);
        String scala = majorMinor(scalaVersion);
        String builtLine = BUILT.getProperty("spark.line");
        String builtScala = BUILT.getProperty("scala.binary.version");
        if (line.equals(builtLine) && scala.equals(builtScala)) {
            return null;
        }
        boolean sameScala = scala.equals(builtScala);
        return artifact(builtLine, builtScala) + " " + BUILT.getProperty("version") + " is built for Spark " + builtLine
                + (sameScala ? "" : " on Scala " + builtScala) + "; this session runs Spark " + sparkVersion
                + (sameScala ? "" : " on Scala " + scala) + ": use " + artifact(line, scala);
    }

    private static String artifact(String line, String scala) {
        return "activations-spark-" + line + "_" + scala;
    }

    /** {@code 3.5} of {@code 3.5.7}, {@code 2.13} of {@code 2.13.16}. */
    private static String majorMinor(String version) {
        String[] parts = version.split("[.\\-]");
        return parts.length < 2 ? version : parts[0] + "." + parts[1];
    }

    private static Properties load() {
        try (InputStream in = LineGuard.class.getResourceAsStream("build.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
