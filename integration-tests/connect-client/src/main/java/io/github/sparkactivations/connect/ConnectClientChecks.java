package io.github.sparkactivations.connect;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

import static io.github.sparkactivations.spark.ActivationFunctions.gelu;
import static io.github.sparkactivations.spark.ActivationFunctions.log_sum_exp;
import static io.github.sparkactivations.spark.ActivationFunctions.mish_grad;
import static io.github.sparkactivations.spark.ActivationFunctions.relu;
import static io.github.sparkactivations.spark.ActivationFunctions.softmax;
import static io.github.sparkactivations.spark.ActivationFunctions.softmax_loss;
import static org.apache.spark.sql.functions.col;

/**
 * A Spark Connect client, run by the integration tests in a JVM whose class path is only
 * {@code spark-connect-client-jvm}, the bundle jar and this class. Each case prints one line,
 * {@code case <TAB> SQL <TAB> rows} or {@code error <TAB> SQL <TAB> first line of the message}, where SQL is the
 * query (or, for the Java Column API, its SQL equivalent) that the test runs again in local mode to compare.
 * {@code args[0]}: the server's {@code sc://} address; {@code args[1]}, if given, Parquet files of ML vectors.
 */
public final class ConnectClientChecks {

    /** Three groups of four rows, one target row in each. */
    private static final String INPUT = "SELECT id, id % 3 AS g, CAST(id * id % 7 AS DOUBLE) / 2 - 1 AS x,"
            + " CASE WHEN id % 4 = 1 THEN 1.0D ELSE 0.0D END AS t FROM range(12)";

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().remote(args[0]).getOrCreate();
        try {
            sql(spark, "SELECT gelu(0.5D), gelu(0.5D, 'tanh'), mish_grad(-1.25D), softplus(3.0D, 2.0D), sigmoid(710.0D)");
            sql(spark, "SELECT id, softmax(x) OVER (PARTITION BY g) AS p FROM (" + INPUT + ") ORDER BY id");
            sql(spark, "SELECT g, softmax(x, id % 2) AS p FROM (" + INPUT + ") GROUP BY g ORDER BY g");
            sql(spark, "SELECT g, log_sum_exp(x), softmax_loss(x, t) FROM (" + INPUT + ") GROUP BY g ORDER BY g");
            sql(spark, "SELECT softmax(array(1.0D, 2.0D, 3.0D)), sparsemax(array(1.0D, 1.5D, 2.0D, -3.0D))");
            sql(spark, "SELECT gelu(array(-1.0D, 0.5D, NULL)), relu(array(1, -2)), leaky_relu(array(-2.0F), 0.2D)");
            sql(spark, "DESCRIBE FUNCTION EXTENDED gelu");
            Dataset<Row> input = spark.sql(INPUT);
            show("SELECT id, gelu(x), gelu(x, 'tanh'), mish_grad(x) FROM (" + INPUT + ") ORDER BY id",
                    input.select(col("id"), gelu(col("x")), gelu(col("x"), "tanh"), mish_grad(col("x"))).orderBy("id"));
            show("SELECT id, softmax(x) OVER (PARTITION BY g) FROM (" + INPUT + ") ORDER BY id",
                    input.select(col("id"), softmax(col("x")).over(Window.partitionBy("g"))).orderBy("id"));
            show("SELECT g, log_sum_exp(x), softmax_loss(x, t) FROM (" + INPUT + ") GROUP BY g ORDER BY g",
                    input.groupBy("g").agg(log_sum_exp(col("x")), softmax_loss(col("x"), col("t"))).orderBy("g"));
            if (args.length > 1) {
                mlVectors(spark, args[1]);
            }
            spark.conf().set("spark.sql.ansi.enabled", "true"); // bad input fails on every line (3.5's default is off)
            sql(spark, "SELECT gelu(x, 'fast') FROM (" + INPUT + ")");
            sql(spark, "SELECT softmax_loss(array(x, 1.0D), CAST(id % 3 AS INT)) FROM (" + INPUT + ")");
            System.out.println("client done");
        } finally {
            spark.stop();
        }
    }

    /**
     * Functions of the ML vectors in the Parquet files at {@code path} (a server with Spark ML reads them as vectors).
     * This client has no Spark ML, so vector results come back as text ({@code CAST(... AS STRING)}).
     */
    private static void mlVectors(SparkSession spark, String path) {
        String table = "parquet.`" + path + "`";
        sql(spark, "SELECT id, CAST(softmax(v, 2.0D) AS STRING), log_sum_exp(v), CAST(gelu(v, 'tanh') AS STRING), "
                + "softmax_loss(v, label) FROM " + table + " ORDER BY id");
        show("SELECT id, CAST(softmax(v) AS STRING), CAST(relu(v) AS STRING) FROM " + table + " ORDER BY id",
                spark.read().parquet(path).select(col("id"), softmax(col("v")).cast("string"),
                        relu(col("v")).cast("string")).orderBy("id"));
    }

    private static void sql(SparkSession spark, String sql) {
        try {
            show(sql, spark.sql(sql));
        } catch (Exception e) {
            System.out.println("error\t" + sql + "\t" + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    /** Rows as one line of output: line breaks and tabs (DESCRIBE has them) escaped. */
    private static String oneLine(String rows) {
        return rows.replace("\n", "\\n").replace("\t", "\\t");
    }

    private static void show(String sql, Dataset<Row> result) {
        System.out.println("case\t" + sql + "\t" + oneLine(result.collectAsList().toString()));
    }
}
