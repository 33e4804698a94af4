package com.example;

import io.github.sparkactivations.ml.Activation;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark ML user's job: a pipeline of VectorAssembler, LogisticRegression and the Activation stage (softmax over
 * rawPrediction), fitted and applied; prints, per row, how far the stage's probabilities are from the model's.
 */
public final class PipelineJob {

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("activations-pipeline-job").getOrCreate();
        Dataset<Row> data = spark.range(60).selectExpr("CAST(id % 3 AS DOUBLE) AS label",
                "sin(id) + id % 3 AS a", "cos(id * 7) - id % 3 AS b");
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {
                new VectorAssembler().setInputCols(new String[] {"a", "b"}).setOutputCol("features"),
                new LogisticRegression().setMaxIter(10),
                new Activation().setInputCol("rawPrediction").setOutputCol("p").setFunction("softmax")});
        for (Row r : pipeline.fit(data).transform(data).select("p", "probability").collectAsList()) {
            double[] p = ((Vector) r.get(0)).toArray();
            double[] q = ((Vector) r.get(1)).toArray();
            double gap = 0;
            for (int i = 0; i < p.length; i++) {
                gap = Math.max(gap, Math.abs(p[i] - q[i]));
            }
            System.out.println("row " + gap);
        }
        spark.stop();
    }
}
