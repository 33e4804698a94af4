package io.github.sparkactivations.it.cluster;

import io.github.sparkactivations.it.Bundle;
import io.github.sparkactivations.it.ChildJvm;
import io.github.sparkactivations.it.TestSpark;
import io.github.sparkactivations.testing.Ulps;
import org.apache.spark.sql.Row;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example Java job ({@code examples/}, {@code FeatureJob}) submitted the way the README says, with Spark's
 * own {@code SparkSubmit} and {@code --jars} the bundle, and its output checked against the same features in SQL.
 */
final class FeatureJobRun {

    static final String CSV = "examples/data/search_results.csv";

    private FeatureJobRun() {
    }

    /** The {@code spark-submit} command line of the job, in a JVM on Spark's own jars. */
    static ProcessBuilder submit(String master, Path output) {
        return ChildJvm.builder(Bundle.join(Bundle.sparkJars()), List.of("-Xmx1g"), "org.apache.spark.deploy.SparkSubmit",
                List.of("--master", master, "--class", "io.github.sparkactivations.examples.FeatureJob",
                        "--jars", Bundle.jar().toString(),
                        "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                        "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.executor.memory=1g",
                        System.getProperty("examples.jar"), CSV, output.toString()));
    }

    /**
     * The job's Parquet holds the rows the SQL form gives in this JVM, within 4 ulp (the window and the aggregates
     * may sum in another order). A result is keyed by session, document and click probability (documents repeat).
     */
    static void assertOutputMatchesSql(Path output) {
        TestSpark.session().read().option("header", "true").option("inferSchema", "true").csv(CSV)
                .createOrReplaceTempView("search_results");
        assertClose(TestSpark.rows("SELECT session_id, doc_id, sigmoid(click_logit), sigmoid_grad(click_logit),"
                        + " softmax(click_logit) OVER (PARTITION BY session_id), gelu((bm25 - 9.0D) / 4.0D),"
                        + " gelu((bm25 - 9.0D) / 4.0D, 'tanh') FROM search_results"),
                TestSpark.rows("SELECT session_id, doc_id, click_probability, click_probability_slope, click_share,"
                        + " relevance_gelu, relevance_gelu_tanh FROM parquet.`" + output.resolve("search_features") + "`"), 3);
        assertClose(TestSpark.rows("SELECT session_id, softmax_loss(click_logit, coalesce(dwell_seconds, 0) > 30),"
                        + " log_sum_exp(click_logit) FROM search_results WHERE session_id IN"
                        + " (SELECT session_id FROM search_results WHERE dwell_seconds > 30) GROUP BY session_id"),
                TestSpark.rows("SELECT session_id, listwise_loss, log_partition FROM parquet.`"
                        + output.resolve("session_losses") + "`"), 1);
    }

    private static void assertClose(List<Row> expected, List<Row> actual, int keys) {
        assertEquals(expected.size(), actual.size());
        assertTrue(expected.size() > 5, "rows: " + expected.size());
        Map<String, Row> byKey = new HashMap<>();
        for (Row r : actual) {
            byKey.put(key(r, keys), r);
        }
        for (Row e : expected) {
            Row a = byKey.get(key(e, keys));
            for (int i = keys; i < e.size(); i++) {
                assertTrue(Ulps.between(e.getDouble(i), a.getDouble(i)) <= 4, e + " vs " + a);
            }
        }
    }

    private static String key(Row r, int keys) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < keys; i++) {
            key.append(r.get(i)).append('|');
        }
        return key.toString();
    }
}
