package io.github.sparkactivations.examples;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

import static io.github.sparkactivations.spark.ActivationFunctions.gelu;
import static io.github.sparkactivations.spark.ActivationFunctions.log_sum_exp;
import static io.github.sparkactivations.spark.ActivationFunctions.sigmoid;
import static io.github.sparkactivations.spark.ActivationFunctions.sigmoid_grad;
import static io.github.sparkactivations.spark.ActivationFunctions.softmax;
import static io.github.sparkactivations.spark.ActivationFunctions.softmax_loss;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The batch feature transform of {@code examples/feature_transform.sql}, as a Java Spark job on the Column API:
 * search results in (CSV), model features and per-session losses out (Parquet).
 * <pre>
 * spark-submit --class io.github.sparkactivations.examples.FeatureJob \
 *   --jars activations-spark-runtime-4.2_2.13-0.1.0.jar \
 *   activations-examples-0.1.0.jar examples/data/search_results.csv /tmp/features
 * </pre>
 * The functions come from the runtime bundle: Spark's service loader registers them when the session starts.
 */
public final class FeatureJob {

    private FeatureJob() {
    }

    /** {@code args}: the input CSV and the output directory. */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("activations-feature-job").getOrCreate();
        try {
            Dataset<Row> results = spark.read().option("header", "true").option("inferSchema", "true").csv(args[0]);
            features(results).write().mode(SaveMode.Overwrite).parquet(args[1] + "/search_features");
            sessionLosses(results).write().mode(SaveMode.Overwrite).parquet(args[1] + "/session_losses");
        } finally {
            spark.stop();
        }
    }

    /**
     * Per result: click probability from the ranker's logit and its slope, each document's share of its session
     * (softmax over the session's rows), and squashed text relevance.
     */
    static Dataset<Row> features(Dataset<Row> results) {
        Column logit = col("click_logit");
        Column relevance = col("bm25").minus(9.0).divide(4.0);
        return results.select(col("session_id"), col("query"), col("doc_id"),
                sigmoid(logit).as("click_probability"),
                sigmoid_grad(logit).as("click_probability_slope"),
                softmax(logit).over(Window.partitionBy("session_id")).as("click_share"),
                gelu(relevance).as("relevance_gelu"),
                gelu(relevance, "tanh").as("relevance_gelu_tanh"));
    }

    /** Per session with a document read for over 30 s: the ranker's listwise loss against those documents. */
    static Dataset<Row> sessionLosses(Dataset<Row> results) {
        Column read = coalesce(col("dwell_seconds"), lit(0)).gt(30);
        Dataset<Row> sessionsWithARead = results.where(read).select("session_id").distinct();
        return results.join(sessionsWithARead, "session_id")
                .groupBy("session_id")
                .agg(softmax_loss(col("click_logit"), read).as("listwise_loss"),
                        log_sum_exp(col("click_logit")).as("log_partition"));
    }
}
