package io.github.sparkactivations.it.connect;

import io.github.sparkactivations.it.Bundle;
import io.github.sparkactivations.it.OnlyOn;
import io.github.sparkactivations.it.TestSpark;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * ML vectors over Spark Connect: a server with Spark ML's jars reads Parquet files of vectors (dense, sparse, NULL)
 * written here, and the client (without Spark ML) calls softmax, log_sum_exp, gelu, the loss and relu on them in SQL
 * and through the Column API; the rows are local mode's. On the default line only (one more server: 20 s).
 */
class SparkConnectMlIT {

    @Test
    void vectorFunctionsOverAServerWithSparkMl(@TempDir Path dir) throws Exception {
        assumeTrue(Boolean.getBoolean("connect.served"), "no Spark Connect server of this line is served here");
        OnlyOn.defaultLine("vectors over Connect");
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("v", new VectorUDT())
                .add("label", DataTypes.IntegerType);
        String path = dir.resolve("vectors").toString();
        TestSpark.session().createDataFrame(List.of(
                RowFactory.create(1, Vectors.dense(1.0, -2.0, 3.0), 2),
                RowFactory.create(2, Vectors.sparse(3, new int[] {1}, new double[] {40.0}), 0),
                RowFactory.create(3, null, 1)), schema).write().parquet(path);
        List<Path> ml = Bundle.classpathFile(Path.of(System.getProperty("connect.server.ml.classpath.file")));
        assertTrue(ml.stream().anyMatch(p -> p.getFileName().toString().startsWith("spark-mllib_")), ml.toString());

        ConnectRun run = ConnectRun.of(ml, List.of(path));
        assertTrue(run.output().contains("client done"), run.output());
        assertEquals(12, run.cases().size(), run.output());
        run.assertCasesGiveLocalModesRows();
        String vectors = run.cases().stream().filter(l -> l.sql().contains("softmax(v, 2.0D)")).findFirst()
                .orElseThrow().result();
        assertTrue(vectors.contains("[1,[0.25") && vectors.contains("[3,null,null,null,null]"), vectors);
    }
}
