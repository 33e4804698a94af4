package io.github.sparkactivations.it.columnar;

import io.github.sparkactivations.it.FormCalls;
import io.github.sparkactivations.it.OnlyOn;
import io.github.sparkactivations.it.TestSpark;
import io.github.sparkactivations.testing.Ulps;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.ArrowUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The columnar operator against the row-wise codegen path, the reference: every element-wise call over a Parquet
 * column with NULLs, NaN, infinities, zeros of both signs, subnormals and random values of every magnitude, at
 * several batch sizes, with results in on-heap and in Arrow vectors. Where both paths run the same kernel the
 * results are bit for bit the same; where the batch runs a SIMD form, within 2 ulp.
 */
class ColumnarIT {

    private static final int ROWS = 20_000;
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -745.5,
            710, -40, 40, 1, -1, 0.5, -0.5};

    private static final List<FormCalls> CALLS = FormCalls.all();
    /** The first rows alone, for the one-row batches (each batch is a task's worth of per-batch work). */
    private static final int HEAD_ROWS = 2_000;
    private static Path data;
    private static Path head;
    private static final Map<Path, Result> ROW_WISE = new HashMap<>();

    @BeforeAll
    static void writeData() throws Exception {
        data = Files.createTempDirectory(Files.createDirectories(Path.of("integration-tests/target")), "columnar-")
                .resolve("data");
        Random random = new Random(20261201);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Double x;
            if (i % 11 == 3) {
                x = null;
            } else if (i % 7 == 1) {
                x = SPECIAL[random.nextInt(SPECIAL.length)];
            } else if (i % 2 == 0) {
                x = random.nextDouble() * 40 - 20;
            } else {
                x = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble() * 616 - 308);
            }
            rows.add(RowFactory.create((long) i, x, x == null ? null : x.floatValue()));
        }
        StructType schema = new StructType().add("id", DataTypes.LongType).add("x", DataTypes.DoubleType)
                .add("f", DataTypes.FloatType);
        TestSpark.session().createDataFrame(rows, schema).repartition(3).write().parquet(data.toString());
        head = data.resolveSibling("head");
        TestSpark.session().createDataFrame(rows.subList(0, HEAD_ROWS), schema).repartition(3).write().parquet(head.toString());
    }

    @AfterEach
    void resetConf() {
        SparkSession spark = TestSpark.session();
        spark.conf().unset("spark.activations.columnar.enabled");
        spark.conf().unset("spark.activations.columnar.vectors");
        spark.conf().unset("spark.sql.parquet.columnarReaderBatchSize");
    }

    private static String allCalls(Path file) {
        StringBuilder sql = new StringBuilder("SELECT id");
        for (int i = 0; i < CALLS.size(); i++) {
            sql.append(", ").append(CALLS.get(i).sql()).append(" AS c").append(i);
        }
        return sql.append(" FROM parquet.`").append(file).append("`").toString();
    }

    /** The rows of {@code sql} by id, and the physical plan it ran: every batch call columnar, or none. */
    private static Result run(String sql, boolean columnar) {
        return run(sql, columnar ? "all" : "false");
    }

    private static Result run(String sql, String enabled) {
        TestSpark.session().conf().set("spark.activations.columnar.enabled", enabled);
        Dataset<Row> df = TestSpark.session().sql(sql);
        List<Row> rows = new ArrayList<>(df.collectAsList());
        rows.sort((a, b) -> Long.compare(a.getLong(0), b.getLong(0)));
        return new Result(rows, df.queryExecution().executedPlan().toString());
    }

    private record Result(List<Row> rows, String plan) {
    }

    @ParameterizedTest(name = "batch size {0}, {1} vectors, {2} rows")
    @CsvSource({"4096, onheap, 20000, true", "1000, arrow, 20000, false", "7, onheap, 20000, false",
            "1, arrow, 2000, true"})
    void everyCallGivesTheRowWiseResult(int batchSize, String vectors, int rows, boolean onEveryLine) {
        if (!onEveryLine) {
            OnlyOn.defaultLine("batches of " + batchSize + " (one on-heap and one Arrow size run on every line)");
        }
        SparkSession spark = TestSpark.session();
        spark.conf().set("spark.sql.parquet.columnarReaderBatchSize", batchSize);
        spark.conf().set("spark.activations.columnar.vectors", vectors);
        Path file = rows == ROWS ? data : head;
        // the row path reads no batch size or vector kind: one run per file serves every case
        Result rowWise = ROW_WISE.computeIfAbsent(file, f -> run(allCalls(f), false));
        Result columnar = run(allCalls(file), true);
        assertFalse(rowWise.plan().contains("ColumnarActivations"), rowWise.plan());
        assertTrue(columnar.plan().contains("ColumnarActivations"), columnar.plan());
        assertEquals("arrow".equals(vectors), columnar.plan().contains("Arrow vectors"), columnar.plan());
        assertEquals(rows, columnar.rows().size(), "no row lost");
        for (int r = 0; r < rows; r++) {
            Row expected = rowWise.rows().get(r);
            Row actual = columnar.rows().get(r);
            for (int c = 0; c < CALLS.size(); c++) {
                FormCalls call = CALLS.get(c);
                String where = call.sql() + " at id " + expected.get(0);
                if (expected.isNullAt(c + 1)) {
                    assertTrue(actual.isNullAt(c + 1), where + ": NULL expected");
                    continue;
                }
                double e = expected.getDouble(c + 1);
                double a = actual.getDouble(c + 1);
                if (call.kernel().simd()) {
                    assertTrue(Ulps.between(e, a) <= 2, where + ": " + a + " vs row-wise " + e);
                } else {
                    assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits(a), where + ": " + a + " vs " + e);
                }
            }
        }
        assertEquals(0, ArrowUtils.rootAllocator().getAllocatedMemory(), "Arrow memory left allocated");
    }

    @Test
    void floatColumnsAndAggregatesOverCallsRunColumnar() {
        String sql = "SELECT sum(gelu(x)), count(gelu(x)), sum(gelu(x) * 2), max(sigmoid(f)), max(gelu(f, 'tanh')), "
                + "count(*) FROM parquet.`" + data + "`";
        Result rowWise = run(sql, false);
        Result columnar = run(sql, true);
        assertTrue(columnar.plan().contains("ColumnarActivations"), columnar.plan());
        assertFalse(rowWise.plan().contains("ColumnarActivations"), rowWise.plan());
        assertEquals(rowWise.rows(), columnar.rows());
    }

    @Test
    void byDefaultTheCallsWithASimdFormRunColumnar() {
        Result byDefault = run("SELECT id, softsign(x) AS r, sigmoid(x) AS s FROM parquet.`" + data + "`", "true");
        assertTrue(byDefault.plan().matches("(?s).*ColumnarActivations \\[[^\\]]*sigmoid\\(x#\\d+\\) AS .*"),
                byDefault.plan());
        assertFalse(byDefault.plan().matches("(?s).*ColumnarActivations \\[[^\\]]*softsign.*"), byDefault.plan());
        assertEquals(run("SELECT id, softsign(x) AS r, sigmoid(x) AS s FROM parquet.`" + data + "`", false).rows().size(),
                byDefault.rows().size());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> run("SELECT sigmoid(x) FROM parquet.`" + data + "`", "sometimes")).getMessage()
                .contains("spark.activations.columnar.enabled is true, all or false, not sometimes"));
    }

    @Test
    void whatTheOperatorCannotTakeStaysRowWise() {
        for (String call : List.of("gelu(x + 1)", "prelu(x, CAST(id AS DOUBLE) / 1000)", "rrelu(x, 0.1D, 0.3D, true, 7)", "sigmoid(id)",
                "gelu(CAST(NULL AS DOUBLE))")) {
            String sql = "SELECT id, " + call + " AS y FROM parquet.`" + data + "`";
            Result columnar = run(sql, true);
            assertFalse(columnar.plan().contains("ColumnarActivations"), call + ": " + columnar.plan());
            assertEquals(run(sql, false).rows(), columnar.rows(), call);
        }
    }

    @Test
    void explainShowsTheOperatorOverTheParquetScan() {
        String plan = TestSpark.session().sql("SELECT id, gelu(x) AS g FROM parquet.`" + data + "`").queryExecution()
                .explainString(org.apache.spark.sql.execution.SimpleMode$.MODULE$);
        assertTrue(plan.matches("(?s).*ColumnarToRow\\s+\\+- ColumnarActivations \\[id#\\d+L, gelu\\(x#\\d+\\) AS g#\\d+\\]"
                + "\\s+\\+- FileScan parquet.*"), plan);
    }

    /**
     * A {@code WHERE} clause keeps the projection columnar: the filtered operator, with the condition in
     * {@code EXPLAIN}, gives the row path's rows (within 2 ulp where a SIMD form runs) at every selectivity, with
     * NULLs in the filtered column, a FLOAT column, and a filter on the activation's own output.
     */
    @ParameterizedTest(name = "WHERE {0}")
    @CsvSource(delimiter = ';', value = {"id % 100 = 7", "id % 2 = 0", "id % 100 <> 7", "x > 0.5", "x IS NULL",
            "gelu(x) > 0.1 AND f < 3", "id < 0"})
    void aFilteredProjectionStaysColumnar(String where) {
        String sql = "SELECT id, gelu(x) AS g, sigmoid(x) AS s, relu(f) AS r, x FROM parquet.`" + data + "` WHERE " + where;
        Result rowWise = run(sql, false);
        Result columnar = run(sql, "true");
        assertTrue(columnar.plan().matches("(?s).*ColumnarActivations \\[id#\\d+L, gelu\\(x#\\d+\\) AS g#\\d+, .*filter .*"),
                columnar.plan());
        assertEquals(rowWise.rows().size(), columnar.rows().size(), "the same rows pass");
        for (int r = 0; r < rowWise.rows().size(); r++) {
            Row e = rowWise.rows().get(r);
            Row a = columnar.rows().get(r);
            assertEquals(e.get(0), a.get(0));
            for (int c = 1; c <= 4; c++) {
                assertEquals(e.isNullAt(c), a.isNullAt(c), where + ": " + e + " vs " + a);
                assertTrue(e.isNullAt(c) || Ulps.between(e.getDouble(c), a.getDouble(c)) <= 2, where + ": " + e + " vs " + a);
            }
        }
    }

    @Test
    void aFilterWithASubqueryStaysWithSparksFilter() {
        String sql = "SELECT id, gelu(x) AS g FROM parquet.`" + data + "` WHERE x > (SELECT avg(x) FROM parquet.`"
                + head + "` WHERE abs(x) < 10)";
        Result columnar = run(sql, "true");
        assertFalse(columnar.plan().contains("ColumnarActivations [id"), columnar.plan());
        assertEquals(run(sql, false).rows().size(), columnar.rows().size());
    }

    /** Its SQL metrics (the SQL tab of Spark's UI shows them): every row and batch counted, the kernels' time. */
    @Test
    void theOperatorCountsItsRowsAndBatchesAndTimesItsKernels() {
        TestSpark.session().conf().set("spark.sql.parquet.columnarReaderBatchSize", 1000);
        Dataset<Row> df = TestSpark.session().sql("SELECT id, gelu(x) AS g, sigmoid(x) AS s FROM parquet.`" + data + "`");
        assertEquals(ROWS, df.collectAsList().size());
        SparkPlan plan = df.queryExecution().executedPlan();
        SparkPlan operator = (plan instanceof AdaptiveSparkPlanExec adaptive ? adaptive.executedPlan() : plan)
                .find(p -> p.nodeName().equals("ColumnarActivations")).get();
        var metrics = operator.metrics();
        assertEquals(ROWS, metrics.apply("numOutputRows").value());
        long batches = metrics.apply("numOutputBatches").value();
        assertTrue(batches >= ROWS / 1000 && batches <= ROWS / 1000 + 3, "batches of at most 1000 rows, 3 files: " + batches);
        assertTrue(metrics.apply("kernelTime").value() > 0, "the kernels' time is counted");

        Dataset<Row> filtered = TestSpark.session().sql("SELECT id, gelu(x) AS g FROM parquet.`" + data + "` WHERE id % 2 = 0");
        assertEquals(ROWS / 2, filtered.collectAsList().size());
        assertEquals(ROWS / 2, filtered.queryExecution().executedPlan()
                .find(p -> p.nodeName().equals("ColumnarActivations")).get().metrics().apply("numOutputRows").value(),
                "the filtered operator counts the rows that pass");
    }

    @Test
    void aCachedTableRunsColumnarToo() {
        Dataset<Row> cached = TestSpark.session().read().parquet(data.toString()).cache();
        try {
            cached.createOrReplaceTempView("cached_data");
            String sql = "SELECT id, mish(x) AS m, softplus(x) AS s FROM cached_data";
            Result columnar = run(sql, true);
            assertTrue(columnar.plan().contains("ColumnarActivations"), columnar.plan());
            Result rowWise = run(sql, false);
            for (int r = 0; r < ROWS; r++) {
                for (int c = 1; c <= 2; c++) {
                    Row e = rowWise.rows().get(r);
                    Row a = columnar.rows().get(r);
                    assertEquals(e.isNullAt(c), a.isNullAt(c));
                    assertTrue(e.isNullAt(c) || Ulps.between(e.getDouble(c), a.getDouble(c)) <= 2, e + " vs " + a);
                }
            }
        } finally {
            cached.unpersist(true);
        }
    }
}
