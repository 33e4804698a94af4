package io.github.sparkactivations.it.cluster;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.it.Bundle;
import io.github.sparkactivations.it.Daemon;
import io.github.sparkactivations.it.OnlyOn;
import io.github.sparkactivations.it.TestSpark;
import io.github.sparkactivations.testing.Ulps;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real standalone cluster (Master and two Workers, each its own JVM, on 127.0.0.1) running {@link ClusterDriver}
 * in a JVM of its own, which ships only the bundle jar. On the default line the example Java job is submitted to the
 * cluster first, and one Worker is killed, executor and all, while the driver's last job runs. Each result is compared
 * with the same query in this JVM's local mode.
 */
class StandaloneClusterIT {

    private static final double MERGE_ULPS = 4;

    private static Path dir;
    private static String driverOutput;
    private static int driverExit;
    private static int featureJobExit;
    private static String featureJobOutput;

    @BeforeAll
    static void runTheDriverOnACluster() throws Exception {
        OnlyOn.firstScala("the standalone cluster");
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("integration-tests/target")), "cluster-");
        try (StandaloneCluster cluster = StandaloneCluster.start(dir, 2)) {
            if (OnlyOn.isDefaultLine()) {
                try (Daemon job = Daemon.start("feature-job", dir, FeatureJobRun.submit(cluster.masterUrl(), dir.resolve("job")))) {
                    featureJobExit = job.awaitExit(Duration.ofMinutes(3));
                    featureJobOutput = job.tail();
                }
            }
            Daemon driver = cluster.launchDriver("driver", Bundle.classpath(Bundle.codeOf(ClusterDriver.class)),
                    ClusterDriver.class.getName(), cluster.masterUrl(), dir.resolve("out").toString(), Bundle.jar().toString(),
                    String.valueOf(OnlyOn.isDefaultLine()));
            if (OnlyOn.isDefaultLine()) {
                driver.awaitOutput("loss job under way", Duration.ofMinutes(5));
                cluster.killWorker(1);
            }
            driverExit = driver.awaitExit(Duration.ofMinutes(5));
            driverOutput = driver.output();
        }
    }

    @AfterAll
    static void noProcessLeft() {
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "every process stopped");
    }

    @Test
    void theColumnarOperatorOnExecutorsEqualsLocalModeBitForBit() {
        String parquet = dir.resolve("out").resolve("parquet-input").toString();
        assertTrue(driverOutput.contains("columnar plan: true"), driverOutput);
        TestSpark.session().conf().set("spark.activations.columnar.enabled", true);
        String local = TestSpark.rows(ClusterQueries.elementWiseOverParquet(parquet)).toString();
        assertTrue(driverOutput.contains("columnar hashes: " + local), "local mode: " + local + "\n" + driverOutput);
    }

    @Test
    void elementWiseOverBothExecutorsEqualsLocalModeBitForBit() {
        assertTrue(driverOutput.contains("element-wise ran on executors [0, 1]"), driverOutput);
        assertEquals(TestSpark.rows(ClusterQueries.elementWise(ClusterQueries.ROWS)), cluster("element-wise"));
        assertEquals(Catalog.functions().size() + 1, cluster("element-wise").get(0).size());
    }

    @Test
    void aggregatesMergedAcrossExecutorsAreWithinFourUlpOfLocalMode() {
        assertClose(ClusterQueries.aggregates(), "aggregates", 1, 500);
    }

    @Test
    void windowAndKeyedSoftmaxAreWithinFourUlpOfLocalMode() {
        assertClose(ClusterQueries.window(), "window", 1, (int) ClusterQueries.WINDOW_ROWS);
        assertClose(ClusterQueries.keyed(), "keyed", 2, 500 * 8);
    }

    @Test
    void badInputFailsWithTheSameOneLineMessageAndTheClusterRunsTheNextQuery() {
        Exception local = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> TestSpark.withAnsi(true, () -> TestSpark.rows(ClusterQueries.badInput())));
        String line = ClusterQueries.messageLine(local);
        assertTrue(line.startsWith("softmax_loss: label 2 is out of range for an array of 2 logits"), line);
        assertTrue(driverOutput.contains("bad input: " + line + "\n"), driverOutput);
        assertTrue(driverOutput.contains("next query: " + TestSpark.value("SELECT gelu(1.0D)")), driverOutput);
    }

    @Test
    void losingAWorkerMidJobStillFinishesWithTheSameResult() {
        OnlyOn.defaultLine("recovery from a lost worker, Spark's own on every line,");
        assertEquals(0, driverExit, driverOutput);
        assertTrue(driverOutput.contains("driver done"), driverOutput);
        assertTrue(driverOutput.contains("Lost executor"), "the killed worker's executor was lost mid-job");
        assertEquals(TestSpark.rows(ClusterQueries.elementWise(ClusterQueries.LOSS_ROWS)), cluster("worker-loss"));
    }

    @Test
    void theExampleJobSubmittedToTheClusterWritesTheFeaturesSqlComputes() {
        OnlyOn.defaultLine("the example job, the same on every line,");
        assertEquals(0, featureJobExit, featureJobOutput);
        FeatureJobRun.assertOutputMatchesSql(dir.resolve("job"));
    }

    private static List<Row> cluster(String name) {
        return TestSpark.session().read().parquet(dir.resolve("out").resolve(name).toString()).collectAsList();
    }

    /** Rows keyed by their first {@code keys} columns; every other column within {@link #MERGE_ULPS}. */
    private static void assertClose(String sql, String name, int keys, int expectedRows) {
        Map<List<Object>, Row> local = byKey(TestSpark.rows(sql), keys);
        Map<List<Object>, Row> cluster = byKey(cluster(name), keys);
        assertEquals(expectedRows, local.size(), name);
        assertEquals(local.keySet(), cluster.keySet(), name);
        double worst = 0;
        for (Map.Entry<List<Object>, Row> e : local.entrySet()) {
            Row c = cluster.get(e.getKey());
            for (int i = keys; i < e.getValue().size(); i++) {
                worst = Math.max(worst, Ulps.between(e.getValue().getDouble(i), c.getDouble(i)));
            }
        }
        System.out.println("cluster vs local mode, " + name + ": worst " + worst + " ulp");
        assertTrue(worst <= MERGE_ULPS, name + ": " + worst + " ulp from local mode");
    }

    private static Map<List<Object>, Row> byKey(List<Row> rows, int keys) {
        Map<List<Object>, Row> byKey = new HashMap<>();
        for (Row r : rows) {
            Object[] key = new Object[keys];
            for (int i = 0; i < keys; i++) {
                key[i] = r.get(i);
            }
            byKey.put(List.of(key), r);
        }
        return byKey;
    }
}
