package io.github.sparkactivations.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where a test that need not run on every build runs (each build of {@code bin/activations-test} runs the integration
 * tests; CI's time is what they cost): what is the same on every line (the shell's formats and plots, the example
 * job and transform, vectors over Connect, recovery from a lost worker, two of the columnar operator's four batch
 * sizes) on the default line only (the parent pom's {@code default.spark.line}); what depends
 * on the Spark line but not on its Scala version (the standalone cluster, the shell's process) on the line's first
 * Scala build only (not on the {@code spark-3.5-scala-2.13} profile's).
 */
public final class OnlyOn {

    private OnlyOn() {
    }

    /** Whether this build is the default line's. */
    public static boolean isDefaultLine() {
        return System.getProperty("spark.line").equals(System.getProperty("default.spark.line"));
    }

    /** Skips the calling test on any line but the default one; {@code what} names what it tests. */
    public static void defaultLine(String what) {
        assumeTrue(isDefaultLine(), what + " runs on the default line, not " + System.getProperty("spark.line"));
    }

    /** Skips the calling test on a line's second Scala build; {@code what} names what it tests. */
    public static void firstScala(String what) {
        assumeTrue(!Boolean.getBoolean("second.scala"), what + " runs on the line's first Scala build");
    }
}
