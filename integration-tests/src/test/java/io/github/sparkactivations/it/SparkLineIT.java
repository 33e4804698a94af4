package io.github.sparkactivations.it;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark line under test is the one its profile names, with exactly the Scala and Arrow that release ships:
 * one version of each on the test class path and among Spark's jars, no mix (Spark ML's modules at the one release
 * of them the line has).
 */
class SparkLineIT {

    /**
     * Spark ML and the modules only it brings, at the line's newest release that has them (4.0.1 and 4.1.0 beside
     * Spark 4.0.4 and 4.1.3: no later spark-mllib, spark-mllib-local, spark-graphx or spark-streaming is served).
     */
    private static final String ML_MODULES = "spark-mllib|spark-mllib-local|spark-graphx|spark-streaming";

    @Test
    void runningSparkAndScalaAreThePinnedOnes() {
        assertEquals(System.getProperty("spark.version"), TestSpark.session().version());
        assertEquals(System.getProperty("scala.version"), scala.util.Properties.versionNumberString());
    }

    @Test
    void oneArrowVersionThePinnedOneOnEveryClassPath() {
        List<Path> testClassPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        for (List<Path> classpath : List.of(testClassPath, Bundle.sparkJars())) {
            assertEquals(List.of(System.getProperty("arrow.version")), List.copyOf(versions(classpath, "arrow-[a-z-]+")));
            String scala = Pattern.quote(System.getProperty("scala.binary.version"));
            assertEquals(List.of(System.getProperty("spark.version")),
                    List.copyOf(versions(classpath, "(?!" + ML_MODULES + ")spark-[a-z-]+_" + scala)));
            assertTrue(Set.of(System.getProperty("spark.mllib.version"))
                    .containsAll(versions(classpath, "(?:" + ML_MODULES + ")_" + scala)), "Spark ML at its one release");
            assertEquals(Set.of(), versions(classpath, "spark-[a-z-]+_(?!" + scala + ")[0-9.]+"), "no Spark jar of another Scala");
            assertEquals(List.of(System.getProperty("scala.version")), List.copyOf(versions(classpath, "scala-(library|reflect)")));
        }
    }

    private static TreeSet<String> versions(List<Path> classpath, String artifact) {
        Pattern jar = Pattern.compile("(?:" + artifact + ")-(?<version>\\d[^-]*)\\.jar");
        TreeSet<String> versions = new TreeSet<>();
        for (Path p : classpath) {
            Matcher m = jar.matcher(p.getFileName().toString());
            if (m.matches()) {
                versions.add(m.group("version"));
            }
        }
        return versions;
    }
}
