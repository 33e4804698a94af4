package com.example;

import static io.github.sparkactivations.spark.ActivationFunctions.gelu;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** A user's job: gelu through the Java Column API, then SQL with gelu and a window softmax. Prints one line a row. */
public final class ActivationsJob {

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("activations-job").getOrCreate();
        spark.range(8).selectExpr("id % 2 AS g", "CAST(id AS DOUBLE) / 4 - 1 AS x").createOrReplaceTempView("t");
        for (Row r : spark.table("t").select(col("x"), gelu(col("x"))).orderBy("x").collectAsList()) {
            System.out.println("column " + r.getDouble(0) + " " + r.getDouble(1));
        }
        for (Row r : spark.sql("SELECT g, x, gelu(x, 'tanh'), softmax(x) OVER (PARTITION BY g) FROM t ORDER BY x")
                .collectAsList()) {
            System.out.println("sql " + r.getLong(0) + " " + r.getDouble(1) + " " + r.getDouble(2) + " " + r.getDouble(3));
        }
        spark.stop();
    }
}
