package io.github.sparkactivations.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example Java job, submitted in local mode with the bundle; {@link StandaloneClusterTest} submits it to a cluster. */
class FeatureJobTest {

    @Test
    void submittedInLocalModeItWritesTheFeaturesSqlComputes() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("integration-tests/target")), "feature-job-");
        try (Daemon job = Daemon.start("feature-job", dir, FeatureJobRun.submit("local[2]", dir.resolve("out")))) {
            assertEquals(0, job.awaitExit(Duration.ofMinutes(3)), job.tail());
        }
        FeatureJobRun.assertOutputMatchesSql(dir.resolve("out"));
    }
}
