package io.github.sparkactivations.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The line guard's verdicts; the bundle on another line's real Spark is {@code LineGuardIT}'s. */
class LineGuardTest {

    private static final String LINE = System.getProperty("spark.line");
    private static final String SCALA = System.getProperty("scala.binary.version");
    private static final String BUILT = "activations-spark-" + LINE + "_" + SCALA + " " + System.getProperty("project.version");

    @Test
    void theSparkOfThisBuildPasses() {
        assertNull(LineGuard.mismatch(org.apache.spark.package$.MODULE$.SPARK_VERSION(),
                scala.util.Properties.versionNumberString()));
        assertNull(LineGuard.mismatch(LINE + ".99", SCALA + ".0"));
    }

    @Test
    void anotherLineIsNamedWithTheArtifactToUse() {
        assertEquals(BUILT + " is built for Spark " + LINE + "; this session runs Spark 9.1.0-preview2: use activations-spark-9.1_"
                + SCALA, LineGuard.mismatch("9.1.0-preview2", SCALA + ".4"));
    }

    @Test
    void anotherScalaVersionIsNamedToo() {
        assertEquals(BUILT + " is built for Spark " + LINE + " on Scala " + SCALA + "; this session runs Spark " + LINE
                + ".1 on Scala 2.11: use activations-spark-" + LINE + "_2.11", LineGuard.mismatch(LINE + ".1", "2.11.12"));
    }
}
