package io.github.sparkactivations.it;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/** The one local SparkSession of the test JVM, built as a user would: no configuration of ours. */
final class TestSpark {

    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("activations-integration-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.warehouse.dir", "integration-tests/target/spark-warehouse")
                    .getOrCreate();
        }
        return session;
    }

    /** The rows of {@code sql}. */
    static List<Row> rows(String sql) {
        return session().sql(sql).collectAsList();
    }

    /** The single value of a one-row, one-column query. */
    static Object value(String sql) {
        List<Row> rows = rows(sql);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError(sql + " returned " + rows);
        }
        return rows.get(0).get(0);
    }
}
