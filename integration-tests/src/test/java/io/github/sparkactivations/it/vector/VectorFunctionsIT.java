package io.github.sparkactivations.it.vector;

import io.github.sparkactivations.core.softmax.LogSumExp;
import io.github.sparkactivations.core.softmax.Softmax;
import io.github.sparkactivations.core.softmax.SoftmaxLoss;
import io.github.sparkactivations.it.TestSpark;
import io.github.sparkactivations.testing.ReferenceTables;
import io.github.sparkactivations.testing.Ulps;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.sparkactivations.spark.ActivationFunctions.log_sum_exp;
import static io.github.sparkactivations.spark.ActivationFunctions.softmax;
import static io.github.sparkactivations.spark.ActivationFunctions.softmax_loss;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Softmax, losses and log-sum-exp in both data shapes: an array per sample, or a row per (sample, class). */
class VectorFunctionsIT {

    /** Samples as rows: (sample, class, logit, is_true), logits from -700 to 700 and a tiny one. */
    private static final String ROWS = "SELECT * FROM VALUES "
            + "(1, 0, 1.0D, false), (1, 1, 2.0D, false), (1, 2, 3.0D, true), "
            + "(2, 0, 700.0D, true), (2, 1, -700.0D, false), (2, 2, 699.5D, false), (2, 3, 1e-300D, false), "
            + "(3, 0, -4.25D, false), (3, 1, 0.5D, true) t(sample, class, logit, is_true)";

    private static final String ARRAYS = "SELECT sample, array_sort(collect_list(struct(class, logit))).logit AS logits,"
            + " max_by(class, is_true) AS label FROM (" + ROWS + ") GROUP BY sample";

    private static double[] doubles(Row row, int i) {
        return row.getList(i).stream().mapToDouble(v -> (Double) v).toArray();
    }

    /**
     * EXPLAIN names the window's state and row kernel by their functions, and prints the column the state reads.
     * (Whether the row kernel's arguments are printed is each Spark line's choice: 3.5 prints none.)
     */
    @Test
    void explainShowsTheWindowStateAndItsRowKernel() {
        String plan = TestSpark.session().sql("SELECT softmax(logit) OVER (PARTITION BY sample) FROM (" + ROWS + ")")
                .queryExecution().explainString(org.apache.spark.sql.execution.SimpleMode$.MODULE$);
        assertTrue(plan.matches("(?s).*Project \\[[^\\n]*softmax_window\\.apply[^\\n]*\\n.*"
                + "Window \\[softmax_state\\([\\w#]+\\) windowspecdefinition.*"), plan);
    }

    @Test
    void arrayFormsCallTheCoreKernels() {
        for (Row r : TestSpark.rows("SELECT logits, label, softmax(logits), log_sum_exp(logits), "
                + "softmax_loss(logits, label), softmax_loss_grad(logits, label), softmax(logits, 0.5) FROM (" + ARRAYS + ")")) {
            double[] x = doubles(r, 0);
            int label = r.getInt(1);
            double[] p = new double[x.length];
            Softmax.softmax(x, 0, x.length, 1.0, p, 0);
            assertEquals(List.of(p[0], p[1]), List.of(doubles(r, 2)[0], doubles(r, 2)[1]));
            assertEquals(LogSumExp.of(x, 0, x.length), r.getDouble(3));
            assertEquals(SoftmaxLoss.ofLabel(x, 0, x.length, label, 0), r.getDouble(4));
            SoftmaxLoss.gradOfLabel(x, 0, x.length, label, p, 0);
            assertEquals(p[label], doubles(r, 5)[label]);
            Softmax.softmax(x, 0, x.length, 0.5, p, 0);
            assertEquals(p[0], doubles(r, 6)[0]);
        }
    }

    @Test
    void bothShapesGiveTheSameNumbers() {
        Map<Integer, Row> arrays = new HashMap<>();
        TestSpark.rows("SELECT sample, softmax(logits), log_softmax(logits), log_sum_exp(logits), "
                + "softmax_loss(logits, label), softmax_loss_grad(logits, label), softmax_entropy(logits) FROM ("
                + ARRAYS + ")")
                .forEach(r -> arrays.put(r.getInt(0), r));
        List<Row> windowed = TestSpark.rows("SELECT sample, class, softmax(logit) OVER w, log_softmax(logit) OVER w, "
                + "softmax_loss_grad(logit, is_true) OVER w, softmax_entropy(logit) OVER w FROM (" + ROWS + ") "
                + "WINDOW w AS (PARTITION BY sample)");
        for (Row r : windowed) {
            Row a = arrays.get(r.getInt(0));
            int c = r.getInt(1);
            assertTrue(Ulps.between(doubles(a, 1)[c], r.getDouble(2)) <= 4, "softmax " + r);
            assertTrue(Ulps.between(doubles(a, 2)[c], r.getDouble(3)) <= 4, "log_softmax " + r);
            assertTrue(Ulps.between(doubles(a, 5)[c], r.getDouble(4)) <= 4, "softmax_loss_grad " + r);
            assertTrue(Ulps.between(a.getDouble(6), r.getDouble(5)) <= 4, "softmax_entropy OVER " + r);
        }
        for (Row r : TestSpark.rows("SELECT sample, log_sum_exp(logit), softmax_loss(logit, is_true), "
                + "softmax(logit, class), softmax_entropy(logit) FROM (" + ROWS + ") GROUP BY sample")) {
            Row a = arrays.get(r.getInt(0));
            assertTrue(Ulps.between(a.getDouble(6), r.getDouble(4)) <= 4, "softmax_entropy " + r);
            assertTrue(Ulps.between(a.getDouble(3), r.getDouble(1)) <= 4, "log_sum_exp " + r);
            assertTrue(Ulps.between(a.getDouble(4), r.getDouble(2)) <= 4, "softmax_loss " + r);
            Map<Integer, Double> byClass = r.getJavaMap(3);
            for (Map.Entry<Integer, Double> e : byClass.entrySet()) {
                assertTrue(Ulps.between(doubles(a, 1)[e.getKey()], e.getValue()) <= 4, "keyed softmax " + r);
            }
        }
    }

    @Test
    void softTargetsAndLogSumExpOverAWindow() {
        String rows = "SELECT * FROM VALUES (1, 0, 0.5D, 0.2D), (1, 1, -1.5D, 0.0D), (1, 2, 2.0D, 0.8D) t(s, c, x, p)";
        Row grouped = TestSpark.rows("SELECT softmax_loss(x, p), log_sum_exp(x) FROM (" + rows + ")").get(0);
        Row array = TestSpark.rows("SELECT softmax_loss(array(0.5D, -1.5D, 2.0D), array(0.2D, 0.0D, 0.8D)), "
                + "log_sum_exp(array(0.5D, -1.5D, 2.0D))").get(0);
        assertTrue(Ulps.between(array.getDouble(0), grouped.getDouble(0)) <= 4, grouped + " vs " + array);
        for (Row r : TestSpark.rows("SELECT log_sum_exp(x) OVER (PARTITION BY s) FROM (" + rows + ")")) {
            assertTrue(Ulps.between(array.getDouble(1), r.getDouble(0)) <= 4, r.toString());
        }
    }

    @Test
    void windowSoftmaxSumsToOne() {
        for (Row r : TestSpark.rows("SELECT g, sum(p) FROM (SELECT id % 13 AS g, softmax(sin(id) * 40) "
                + "OVER (PARTITION BY id % 13) AS p FROM range(5000)) GROUP BY g")) {
            assertEquals(1.0, r.getDouble(1), 1e-13, "partition " + r.get(0));
        }
    }

    @Test
    void resultsDoNotDependOnPartitioning() {
        String data = "SELECT id % 17 AS g, sin(id * 0.37) * 300 AS x, id % 5 = 0 AS y FROM range(20000)";
        Map<Long, double[]> first = null;
        for (int partitions : new int[] {1, 4, 64}) {
            Dataset<Row> df = TestSpark.session().sql(data).repartition(partitions);
            df.createOrReplaceTempView("partitioned");
            Map<Long, double[]> results = new HashMap<>();
            TestSpark.rows("SELECT g, log_sum_exp(x), softmax_loss(x, y) FROM partitioned GROUP BY g")
                    .forEach(r -> results.put(r.getLong(0), new double[] {r.getDouble(1), r.getDouble(2)}));
            if (first == null) {
                first = results;
            } else {
                for (Map.Entry<Long, double[]> e : results.entrySet()) {
                    double[] want = first.get(e.getKey());
                    assertTrue(Ulps.between(want[0], e.getValue()[0]) <= 4, partitions + " partitions, lse " + e.getKey());
                    assertTrue(Ulps.between(want[1], e.getValue()[1]) <= 4, partitions + " partitions, loss " + e.getKey());
                }
            }
        }
    }

    @Test
    void streamingAggregatesTakeTenMillionRowsInOneGroup() throws IOException {
        String[] reference = periodic(10_000_000);
        Row r = TestSpark.rows("SELECT log_sum_exp((id % 7) * 0.5D), softmax_loss((id % 7) * 0.5D, id = 6) "
                + "FROM range(10000000)").get(0);
        double want = new BigDecimal(reference[1]).doubleValue();
        assertTrue(Ulps.between(want, r.getDouble(0)) <= 4, r.getDouble(0) + " vs mpmath " + reference[1]);
        // one-hot on the row id = 6 (class 6): the loss is log_sum_exp - 3.0
        double p6 = new BigDecimal(reference[2].split(" ")[6]).doubleValue();
        assertTrue(Ulps.between(-Math.log(p6), r.getDouble(1)) <= 8, r.getDouble(1) + " vs " + -Math.log(p6));
    }

    private static String[] periodic(int n) throws IOException {
        return ReferenceTables.lines("periodic.txt").stream()
                .filter(l -> l.startsWith(n + "|")).findFirst().orElseThrow().split("\\|");
    }

    @Test
    void nullsAndSpecialValues() {
        Row r = TestSpark.rows("SELECT softmax(CAST(NULL AS ARRAY<DOUBLE>)), softmax(array(1.0, NULL)), "
                + "log_sum_exp(array()), log_sum_exp(array(1.0, CAST('Infinity' AS DOUBLE)))").get(0);
        assertNull(r.get(0));
        assertNull(r.get(1), "a NULL element gives NULL");
        assertEquals(Double.NEGATIVE_INFINITY, r.getDouble(2), "empty: -inf, as PyTorch");
        assertEquals(Double.POSITIVE_INFINITY, r.getDouble(3));
        List<Row> groups = TestSpark.rows("SELECT g, log_sum_exp(x) FROM VALUES (1, 1.0D), (1, NULL), (2, NULL), "
                + "(3, CAST('Infinity' AS DOUBLE)), (3, 2.0D) t(g, x) GROUP BY g ORDER BY g");
        assertEquals(1.0, groups.get(0).getDouble(1), "NULL rows skipped");
        assertNull(groups.get(1).get(1), "all-NULL group");
        assertEquals(Double.POSITIVE_INFINITY, groups.get(2).getDouble(1));
    }

    /** sparsemax arrived through the catalog alone: NULL, empty, NaN and infinities as softmax's, and a sparse result. */
    @Test
    void sparsemaxTreatsEdgesAsSoftmaxDoes() {
        String[] inputs = {"CAST(NULL AS ARRAY<DOUBLE>)", "array(1.0, NULL)", "CAST(array() AS ARRAY<DOUBLE>)",
            "array(1.0, CAST('NaN' AS DOUBLE))", "array(CAST('-Infinity' AS DOUBLE), CAST('-Infinity' AS DOUBLE))",
            "array(CAST('Infinity' AS DOUBLE), 3.0, CAST('Infinity' AS DOUBLE))"};
        for (String in : inputs) {
            Row r = TestSpark.rows("SELECT sparsemax(" + in + "), softmax(" + in + ")").get(0);
            assertEquals(String.valueOf(r.get(1)), String.valueOf(r.get(0)), in);
        }
        Row sparse = TestSpark.rows("SELECT sparsemax(array(1.0, 1.5, 2.0, -3.0))").get(0);
        assertEquals(List.of(0.0, 0.25, 0.75, 0.0), sparse.getList(0));
    }

    @Test
    void edgesAreTheSameInEveryShape() {
        Row array = TestSpark.rows("SELECT softmax(array(CAST('-Infinity' AS DOUBLE)))[0], "
                + "softmax_loss(array(1.7976931348623157E308D, -1.7976931348623157E308D), 1), "
                + "softmax(array(1.0D, 2.0D), 1E-320D)").get(0);
        Row window = TestSpark.rows("SELECT softmax(x) OVER (PARTITION BY g), log_softmax(x) OVER (PARTITION BY g) "
                + "FROM VALUES (1, CAST('-Infinity' AS DOUBLE)) t(g, x)").get(0);
        Row grouped = TestSpark.rows("SELECT softmax_loss(x, y) FROM VALUES (1.7976931348623157E308D, false), "
                + "(-1.7976931348623157E308D, true) t(x, y)").get(0);
        assertTrue(Double.isNaN(array.getDouble(0)), "one -inf logit: NaN, as PyTorch");
        assertTrue(Double.isNaN(window.getDouble(0)) && Double.isNaN(window.getDouble(1)), "the window form too");
        assertEquals(Double.POSITIVE_INFINITY, array.getDouble(1));
        assertEquals(Double.POSITIVE_INFINITY, grouped.getDouble(0), "the grouped loss too, not NaN");
        assertEquals(List.of(0.0, 1.0), array.getList(2), "x / T taken exactly for T = 1e-320");
    }

    @Test
    void labelsOutOfRangeFailUnderAnsiAndAreNullOtherwise() {
        String sql = "SELECT softmax_loss(array(1.0, 2.0), label) FROM VALUES (1), (2) t(label)";
        Exception e = assertThrows(Exception.class, () -> TestSpark.withAnsi(true, () -> TestSpark.rows(sql)));
        assertTrue(String.valueOf(e.getMessage()).contains("softmax_loss: label 2 is out of range for an array of 2 logits"),
                e.getMessage());
        List<Row> rows = TestSpark.withAnsi(false, () -> TestSpark.rows(sql));
        assertEquals(2, rows.size());
        assertNull(rows.get(1).get(0));
        assertNull(TestSpark.withAnsi(false, () -> TestSpark.value("SELECT softmax_loss(x, y) FROM VALUES (1.0, false) t(x, y)")));
    }

    @Test
    void bareSoftmaxOverRowsSaysWhichFormToUse() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> TestSpark.session()
                .sql("SELECT sample, softmax(logit) FROM (" + ROWS + ") GROUP BY sample").queryExecution().assertAnalyzed());
        assertTrue(e.getMessage().contains("softmax(logit) is a window function over numeric rows: write softmax(logit)"
                + " OVER (PARTITION BY ...), or softmax(x, class_key) in GROUP BY"), e.getMessage());
    }

    @Test
    void keyedSoftmaxAddsARowsProbabilitiesExactly() {
        // n equal logits: each row's probability is 1/n, a key's is (its rows)/n, rounded once. Summed in plain
        // doubles, 5,004 copies of the rounded 1/n drift by many ulps (and with the order the rows arrive in).
        int n = 10_007;
        Map<?, ?> p = TestSpark.rows("SELECT softmax(0.25D, id % 2) FROM range(" + n + ")").get(0).getJavaMap(0);
        assertTrue(Ulps.between(5004.0 / n, (Double) p.get(0L)) <= 1, p.toString());
        assertTrue(Ulps.between(5003.0 / n, (Double) p.get(1L)) <= 1, p.toString());
    }

    @Test
    void keyedSoftmaxStopsAtTheGroupSizeCap() {
        var conf = TestSpark.session().conf();
        conf.set("spark.activations.softmax.maxGroupSize", "10");
        try {
            Exception e = assertThrows(Exception.class,
                    () -> TestSpark.rows("SELECT softmax(CAST(id AS DOUBLE), id) FROM range(25)"));
            assertTrue(String.valueOf(e.getMessage()).contains("a group has more than 10 rows"), e.getMessage());
            assertTrue(e.getMessage().contains("softmax(x) OVER (PARTITION BY ...)"), e.getMessage());
        } finally {
            conf.unset("spark.activations.softmax.maxGroupSize");
        }
    }

    @Test
    void aggregatesRunInCodegenedHashAggregates() {
        Dataset<Row> df = TestSpark.session().sql("SELECT id % 3, log_sum_exp(id * 0.1D), softmax_loss(id * 0.1D, id % 4 = 0)"
                + " FROM range(100) GROUP BY id % 3");
        df.collectAsList();
        String plan = df.queryExecution().executedPlan().toString();
        assertTrue(plan.contains("HashAggregate") && !plan.contains("ObjectHashAggregate")
                && !plan.contains("SortAggregate"), plan);
        var conf = TestSpark.session().conf();
        conf.set("spark.sql.adaptive.enabled", "false");
        try {
            String code = (String) TestSpark.rows("EXPLAIN CODEGEN SELECT id % 3, log_sum_exp(id * 0.1D) FROM range(100)"
                    + " GROUP BY id % 3").get(0).get(0);
            // Each kernel through its field, the exp of a row computed once for the slots that share it.
            assertTrue(code.contains("lse_compensation"), code);
            assertEquals(1, code.split("lse_scale[_0-9]*\\.apply\\(", -1).length - 1, code);
        } finally {
            conf.unset("spark.sql.adaptive.enabled");
        }
    }

    @Test
    void orderedWindowsGiveARunningSoftmax() {
        List<Row> rows = TestSpark.rows("SELECT x, softmax(x) OVER (ORDER BY x) FROM VALUES (1.0D), (2.0D), (3.0D) t(x)"
                + " ORDER BY x");
        assertEquals(1.0, rows.get(0).getDouble(1), "the first row's frame is itself");
        double[] p = new double[2];
        Softmax.softmax(new double[] {1, 2}, 0, 2, 1.0, p, 0);
        assertTrue(Ulps.between(p[1], rows.get(1).getDouble(1)) <= 2);
    }

    @Test
    void javaColumnApi() {
        Dataset<Row> df = TestSpark.session().sql(ROWS);
        WindowSpec w = Window.partitionBy("sample");
        List<Row> api = df.select(col("sample"), col("class"), softmax(col("logit")).over(w))
                .orderBy("sample", "class").collectAsList();
        List<Row> sql = TestSpark.rows("SELECT sample, class, softmax(logit) OVER (PARTITION BY sample) FROM (" + ROWS
                + ") ORDER BY sample, class");
        assertEquals(sql, api);
        Row agg = df.groupBy().agg(log_sum_exp(col("logit")), softmax_loss(col("logit"), col("is_true"))).first();
        Row viaSql = TestSpark.rows("SELECT log_sum_exp(logit), softmax_loss(logit, is_true) FROM (" + ROWS + ")").get(0);
        assertEquals(viaSql, agg);
    }
}
