package io.github.sparkactivations.benchmarks;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark code runs, at a tiny size: no timings are checked, only that every case reports. */
class SparkBenchmarkTest {

    @Test
    void everyCaseReportsEveryVariant() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            SparkBenchmark.main(new String[] {"--rows", "2000", "--reps", "1", "--only", "sigmoid|gelu|gelu_where_50|log_sum_exp|softmax_loss|softmax_window"});
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals("case,variant,rows,median_ns_per_row,min_ns_per_row,ratio_to_builtin,ratio_to_baseline", lines.get(0));
        for (String expected : List.of("sigmoid,activations", "sigmoid,builtin", "sigmoid,udf1", "sigmoid,baseline",
                "sigmoid,kernel_loop_1_thread", "sigmoid,columnar", "gelu,activations", "gelu,columnar", "gelu_where_50,columnar", "gelu_where_50,baseline", "log_sum_exp,builtin", "softmax_loss,activations",
                "softmax_window,baseline")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected + ",")), expected + " in " + lines);
        }
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",", -1).length == 7), String.join("\n", lines));
    }

    @Test
    void theColumnarOperatorsArrowVectorsAreAllReleased() {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("memory-check")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            ColumnarMemoryCheck.Result result = ColumnarMemoryCheck.run(spark, SparkBenchmark.data(spark, 20_000));
            assertEquals(20_000, result.rows());
            assertTrue(result.columnar(), "ColumnarActivations in the executed plan");
            assertTrue(result.peak() > 0, "Arrow vectors were allocated: " + result);
            assertEquals(0, result.allocatedAfter(), result.toString());
            assertEquals(0, result.openAllocators(), result.toString());
        } finally {
            spark.stop();
        }
    }
}
