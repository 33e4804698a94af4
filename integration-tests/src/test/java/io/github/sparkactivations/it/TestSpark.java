package io.github.sparkactivations.it;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;
import java.util.function.Supplier;

/** The one local SparkSession of the test JVM, built as a user would: no configuration of ours. */
public final class TestSpark {

    private static SparkSession session;

    private TestSpark() {
    }

    public static synchronized SparkSession session() {
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

    /**
     * {@code body} with ANSI mode on or off, then the session's own setting again: ANSI decides whether bad input
     * fails or gives NULL, and its default differs between lines (off on Spark 3.5, on from Spark 4.0).
     */
    public static <T> T withAnsi(boolean ansi, Supplier<T> body) {
        var conf = session().conf();
        String before = conf.get("spark.sql.ansi.enabled");
        conf.set("spark.sql.ansi.enabled", Boolean.toString(ansi));
        try {
            return body.get();
        } finally {
            conf.set("spark.sql.ansi.enabled", before);
        }
    }

    /** The rows of {@code sql}. */
    public static List<Row> rows(String sql) {
        return session().sql(sql).collectAsList();
    }

    /** The single value of a one-row, one-column query. */
    public static Object value(String sql) {
        List<Row> rows = rows(sql);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError(sql + " returned " + rows);
        }
        return rows.get(0).get(0);
    }
}
