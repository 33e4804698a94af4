package io.github.sparkactivations.it.ml;

import io.github.sparkactivations.it.FormCalls;
import io.github.sparkactivations.it.TestSpark;
import io.github.sparkactivations.spark.ActivationFunctions;
import org.apache.spark.ml.linalg.DenseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every function that takes an array, over a Spark ML vector column ({@code VectorUDT}, dense and sparse): the same
 * values as over the array of the vector's elements (a sparse vector's implicit zeros zeros), bit for bit, an ML
 * (dense) vector where the result is an array and a double where it is a number; NULL gives NULL; with codegen and
 * interpreted, in SQL and through the Column API.
 */
class MlVectorsIT {

    /** Vector calls (x the vector, t a target vector, label a class) beside the same over arrays. */
    private static final List<String> VECTOR_CALLS = List.of("softmax(x)", "softmax(x, 2.0)", "log_softmax(x)",
            "log_softmax(x, 0.5)", "softmin(x)", "log_sum_exp(x)", "sparsemax(x)", "softmax_entropy(x)", "glu(x)",
            "maxout(x, 2)", "softmax_loss(x, label)", "softmax_loss(x, label, 0.1)", "softmax_loss(x, t)",
            "softmax_loss_grad(x, label)", "sparsemax_grad(x, t)");

    @BeforeAll
    static void vectors() {
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("v", new VectorUDT())
                .add("t", new VectorUDT()).add("label", DataTypes.IntegerType);
        Vector target = Vectors.dense(0.25, 0.25, 0.5, 0.0);
        List<Row> rows = List.of(
                RowFactory.create(1, Vectors.dense(1.0, -2.0, 3.0, 0.5), target, 2),
                RowFactory.create(2, Vectors.sparse(4, new int[] {1, 3}, new double[] {-2.0, 40.0}),
                        Vectors.sparse(4, new int[] {0}, new double[] {1.0}), 3),
                RowFactory.create(3, Vectors.dense(710.0, -745.5, -0.0, 1e-300), target, 0),
                RowFactory.create(4, Vectors.dense(Double.NaN, 1.0, Double.POSITIVE_INFINITY, 2.0), target, 1),
                RowFactory.create(5, null, target, 0));
        TestSpark.session().createDataFrame(rows, schema)
                .withColumn("a", elements(col("v")))
                .withColumn("ta", elements(col("t")))
                .createOrReplaceTempView("vectors");
    }

    /** The array of a vector's elements; NULL for NULL (which vector_to_array refuses). */
    private static Column elements(Column vector) {
        return when(vector.isNull(), lit(null)).otherwise(vector_to_array(vector, "float64"));
    }

    /** Every call over the vector and over its array, in one query per codegen mode; ordered by id. */
    private static List<Row> everyCall(List<String> calls, String factoryMode) {
        StringBuilder select = new StringBuilder("SELECT id");
        for (String call : calls) {
            select.append(", ").append(call.replace("(x", "(v"))
                    .append(", ").append(call.replace("(x", "(a").replace(", t)", ", ta)"));
        }
        var conf = TestSpark.session().conf();
        conf.set("spark.sql.codegen.factoryMode", factoryMode);
        try {
            return TestSpark.rows(select + " FROM vectors ORDER BY id");
        } finally {
            conf.unset("spark.sql.codegen.factoryMode");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCallOverAVectorIsTheCallOverItsArray() {
        List<String> calls = new ArrayList<>(VECTOR_CALLS);
        FormCalls.all().forEach(f -> calls.add(f.sql()));
        List<DynamicTest> tests = new ArrayList<>();
        for (String mode : List.of("CODEGEN_ONLY", "NO_CODEGEN")) {
            List<Row> rows = everyCall(calls, mode);
            assertEquals(5, rows.size(), "no row lost");
            for (int c = 0; c < calls.size(); c++) {
                String call = calls.get(c);
                int column = 1 + 2 * c;
                tests.add(DynamicTest.dynamicTest(call + ", " + mode, () -> {
                    for (Row row : rows) {
                        assertSame(row, column, call + " over row " + row.get(0));
                    }
                    assertNull(rows.get(4).get(column), "a NULL vector gives NULL");
                }));
            }
        }
        return tests.stream();
    }

    /** The vector call's result (a dense vector or a double) and the array call's, bit for bit. */
    private static void assertSame(Row row, int column, String where) {
        Object vector = row.get(column);
        Object array = row.get(column + 1);
        if (array == null) {
            assertNull(vector, where);
        } else if (array instanceof Double d) {
            assertEquals(d, (Double) vector, where);
        } else {
            assertInstanceOf(DenseVector.class, vector, where);
            double[] expected = row.<Double>getList(column + 1).stream().mapToDouble(Double::doubleValue).toArray();
            assertArrayEquals(expected, ((Vector) vector).toArray(), where + ": " + vector + " vs " + array);
        }
    }

    @Test
    void softmaxOfRawPredictionThroughTheColumnApi() {
        List<Row> rows = TestSpark.session().table("vectors").orderBy("id")
                .select(ActivationFunctions.softmax(col("v"), 2.0), ActivationFunctions.log_sum_exp(col("v")),
                        ActivationFunctions.gelu(col("v"), "tanh"))
                .collectAsList();
        List<Row> sql = TestSpark.rows("SELECT softmax(v, 2.0), log_sum_exp(v), gelu(v, 'tanh') FROM vectors ORDER BY id");
        assertEquals(sql.toString(), rows.toString());
        Vector p = (Vector) rows.get(1).get(0);
        assertEquals(4, p.size());
        assertEquals(1.0, Arrays.stream(p.toArray()).sum(), 1e-15, "the sparse vector's zeros count: " + p);
        assertTrue(p.apply(0) > 0 && p.apply(0) == p.apply(2), "implicit zeros are zeros: " + p);
    }

    @Test
    void theResultColumnIsAVectorColumnAndTheMessageSaysVector() {
        var schema = TestSpark.session().sql("SELECT softmax(v), relu(v), log_sum_exp(v) FROM vectors").schema();
        assertInstanceOf(VectorUDT.class, schema.fields()[0].dataType());
        assertInstanceOf(VectorUDT.class, schema.fields()[1].dataType());
        assertEquals(DataTypes.DoubleType, schema.fields()[2].dataType());
        assertEquals("softmax(v)", schema.fields()[0].name());
        String message = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> TestSpark.rows("SELECT softmax(named_struct('a', 1))")).getMessage();
        assertTrue(message.contains("or an ML vector"), message);
    }
}
