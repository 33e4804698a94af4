package io.github.sparkactivations.it;

import io.github.sparkactivations.it.registry.RouteProbe;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundle of this line beside another line's Spark jars, or this line's on the other Scala version
 * ({@code other.spark.version}, with that release's own Scala): each registration route fails with the one line
 * that names both and the artifact to use, before any Catalyst signature that differs between lines is reached.
 */
class WrongLineIT {

    private static final String OTHER = System.getProperty("other.spark.version");
    private static final String SCALA = System.getProperty("scala.binary.version");
    private static final String OTHER_SCALA = System.getProperty("other.scala.binary.version");
    private static final boolean SAME_SCALA = SCALA.equals(OTHER_SCALA);
    private static final String MESSAGE = "activations-spark-" + System.getProperty("spark.line") + "_" + SCALA + " "
            + System.getProperty("project.version") + " is built for Spark " + System.getProperty("spark.line")
            + (SAME_SCALA ? "" : " on Scala " + SCALA) + "; this session runs Spark " + OTHER
            + (SAME_SCALA ? "" : " on Scala " + OTHER_SCALA) + ": use activations-spark-"
            + OTHER.substring(0, OTHER.lastIndexOf('.')) + "_" + OTHER_SCALA;

    @Test
    void sparkSqlExtensionsFailsTheSessionAtOnce() throws Exception {
        ChildJvm.Result r = probe("conf");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.stderr().contains("java.lang.IllegalStateException: " + MESSAGE + "\n"), r.stderr());
        assertFalse(r.stdout().contains("after:"), "no session: " + r.stdout());
    }

    @Test
    void registerFailsAtOnce() throws Exception {
        ChildJvm.Result r = probe("register");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.stdout().contains("before: false"), r.stdout());
        assertTrue(r.stderr().contains("java.lang.IllegalStateException: " + MESSAGE + "\n"), r.stderr());
    }

    /** Spark starts the session whatever a service-loaded extension throws: it logs the line, and each call says it. */
    @Test
    void theServiceLoaderRouteLogsTheLineAndEachCallFailsWithIt() throws Exception {
        ChildJvm.Result r = probe("service");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.stderr().contains("Failed to load session extension"), r.stderr());
        assertTrue(r.stderr().contains("java.lang.IllegalStateException: " + MESSAGE + "\n"), r.stderr());
        assertTrue(r.stderr().contains("java.lang.IllegalStateException: gelu: " + MESSAGE + "\n"), r.stderr());
    }

    private static ChildJvm.Result probe(String route) throws Exception {
        List<Path> entries = new ArrayList<>(List.of(Bundle.codeOf(RouteProbe.class), Bundle.jar()));
        entries.addAll(Bundle.classpathFile(Path.of(System.getProperty("other.spark.classpath.file"))));
        return ChildJvm.run(Bundle.join(entries), RouteProbe.class.getName(), route);
    }
}
