package io.github.sparkactivations.it.ml;

import io.github.sparkactivations.it.TestSpark;
import io.github.sparkactivations.ml.Activation;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ML stage in a pipeline as its users build one: VectorAssembler, a multinomial LogisticRegression, and
 * {@code softmax(rawPrediction, 2.0)} as a stage; fitted on generated data, saved, loaded in a new session and
 * applied there: the rows SQL gives, and at temperature 1 the model's own probabilities. Bad parameters fail when the
 * pipeline is fitted, naming the function, the parameter and its range.
 */
class ActivationStageIT {

    /** 300 rows of three features and one of three classes, a noisy linear function of them (seeded). */
    private static Dataset<Row> data(SparkSession spark) {
        SplittableRandom random = new SplittableRandom(23);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double a = random.nextDouble(-2, 2);
            double b = random.nextDouble(-2, 2);
            double c = random.nextDouble(-2, 2);
            double[] scores = {a + 0.5 * b, -a + c, b - c + random.nextDouble(-0.5, 0.5)};
            int label = scores[0] > scores[1] ? (scores[0] > scores[2] ? 0 : 2) : (scores[1] > scores[2] ? 1 : 2);
            rows.add(RowFactory.create(i, a, b, c, (double) label));
        }
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("a", DataTypes.DoubleType)
                .add("b", DataTypes.DoubleType).add("c", DataTypes.DoubleType).add("label", DataTypes.DoubleType);
        return spark.createDataFrame(rows, schema);
    }

    private static Pipeline pipeline(Activation stage) {
        return new Pipeline().setStages(new PipelineStage[] {
                new VectorAssembler().setInputCols(new String[] {"a", "b", "c"}).setOutputCol("features"),
                new LogisticRegression().setFamily("multinomial").setMaxIter(15),
                stage});
    }

    private static Activation softmaxAt(double temperature) {
        return new Activation().setInputCol("rawPrediction").setOutputCol("p").setFunction("softmax")
                .setParameter("temperature", temperature);
    }

    @Test
    void aSavedPipelineLoadsInANewSessionAndGivesTheSqlRows(@TempDir Path dir) throws Exception {
        SparkSession spark = TestSpark.session();
        PipelineModel model = pipeline(softmaxAt(2.0)).fit(data(spark));
        String path = dir.resolve("pipeline").toString();
        model.write().overwrite().save(path);

        SparkSession fresh = spark.newSession();
        SparkSession.setActiveSession(fresh);
        try {
            PipelineModel loaded = PipelineModel.load(path);
            Activation stage = (Activation) loaded.stages()[2];
            assertEquals("softmax", stage.getFunction());
            assertEquals(2.0, stage.getOrDefault(stage.getParam("temperature")));
            loaded.transform(data(fresh)).createOrReplaceTempView("scored");
            List<Row> rows = fresh.sql("SELECT id, p, softmax(rawPrediction, 2.0), softmax(rawPrediction), probability "
                    + "FROM scored ORDER BY id").collectAsList();
            assertEquals(300, rows.size(), "no row lost");
            for (Row row : rows) {
                double[] stageValues = ((Vector) row.get(1)).toArray();
                assertArrayEquals(((Vector) row.get(2)).toArray(), stageValues, "the SQL call's values, row " + row);
                assertEquals(1.0, stageValues[0] + stageValues[1] + stageValues[2], 1e-15);
                assertArrayEquals(((Vector) row.get(4)).toArray(), ((Vector) row.get(3)).toArray(), 1e-15,
                        "at temperature 1 the model's probabilities, row " + row);
            }
        } finally {
            SparkSession.setActiveSession(spark);
        }
    }

    @Test
    void elementWiseFunctionsOverNumbersAndVectors() {
        SparkSession spark = TestSpark.session();
        Dataset<Row> features = new VectorAssembler().setInputCols(new String[] {"a", "b", "c"})
                .setOutputCol("features").transform(data(spark));
        Dataset<Row> out = new Activation().setInputCol("a").setOutputCol("y").setFunction("leaky_relu")
                .setParameter("negative_slope", 0.2).transform(features);
        out = new Activation().setInputCol("features").setOutputCol("g").setFunction("gelu")
                .setParameter("approximate", "tanh").transform(out);
        out.createOrReplaceTempView("staged");
        List<Row> rows = spark.sql("SELECT y, leaky_relu(a, 0.2), g, gelu(features, 'tanh') FROM staged").collectAsList();
        assertEquals(300, rows.size());
        for (Row row : rows) {
            assertEquals(row.getDouble(1), row.getDouble(0));
            assertArrayEquals(((Vector) row.get(3)).toArray(), ((Vector) row.get(2)).toArray());
        }
    }

    @Test
    void badParametersFailWhenThePipelineIsFitted() {
        Dataset<Row> data = data(TestSpark.session());
        String range = assertThrows(Exception.class, () -> pipeline(softmaxAt(0.0)).fit(data)).getMessage();
        assertTrue(range.contains("softmax") && range.contains("temperature"), range);
        String foreign = assertThrows(IllegalArgumentException.class, () -> pipeline(softmaxAt(2.0)
                .setParameter("negative_slope", 0.1)).fit(data)).getMessage();
        assertTrue(foreign.contains("softmax takes no parameter negative_slope; it takes temperature"), foreign);
        Activation stage = new Activation();
        String alpha = stage.explainParam(stage.getParam("alpha"));
        assertTrue(alpha.contains("a parameter of elu") && alpha.contains("celu"), alpha);
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> new Activation().setFunction("no_such_function")).getMessage();
        assertTrue(unknown.contains("no function no_such_function"), unknown);
        String type = assertThrows(IllegalArgumentException.class,
                () -> new Activation().setParameter("temperature", "hot")).getMessage();
        assertTrue(type.contains("temperature takes a number"), type);
    }
}
