package io.github.sparkactivations.tools;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernel table's PyTorch columns. */
class TablesTest {

    private static final String HEADER = "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\","
            + "\"Unit\",\"Param: function\",\"Param: size\"";

    private static String row(String function, double nanos) {
        return "\"x.KernelBenchmark.array\",\"avgt\",1,4," + nanos + ",0,\"ns/op\"," + function + ",1048576";
    }

    @Test
    void aBackwardFromTheForwardsOutputIsComparedWithPyTorchFromX() {
        List<String> jmh = List.of(HEADER, row("sigmoid_grad", 3 * 1048576.0), row("gelu", 9 * 1048576.0));
        List<String> torch = List.of("# torch", "kernel,ns_per_value", "sigmoid_grad,1.00", "sigmoid_grad.from_x,4.00",
                "gelu,12.00");
        String table = Tables.kernelTable(jmh, jmh, torch);
        assertTrue(table.contains("| 1.00 from y, 4.00 from x | 0.75 |"), table);
        assertTrue(table.contains("| 12.00 | 0.75 |"), table);
    }

    @Test
    void theScalingTableHasEachSizeOnEachCoreCountAndTheSpeedUp() {
        List<String> one = List.of("# rows=2000000 repetitions=5 local[1]; data from Parquet",
                "case,variant,rows,median_ns_per_row,min_ns_per_row,ratio_to_builtin,ratio_to_baseline",
                "gelu,columnar,2000000,20.0,19.0,1,1", "gelu,udf1,2000000,50.0,49.0,1,1");
        List<String> two = List.of("# rows=2000000 repetitions=5 local[2]; data from Parquet",
                "case,variant,rows,median_ns_per_row,min_ns_per_row,ratio_to_builtin,ratio_to_baseline",
                "gelu,columnar,2000000,10.0,9.0,1,1", "gelu,baseline,2000000,5.0,4.0,1,1");
        String table = Tables.scalingTable(List.of(one, two));
        assertTrue(table.startsWith("| Case | Variant | 2M, 1 core | 2M, 2 cores | Speed-up, 2M |"), table);
        assertTrue(table.contains("| `gelu` | columnar | 20.0 | 10.0 | 2.00 |\n| `gelu` | baseline | - | 5.0 | - |"), table);
        assertTrue(!table.contains("udf1"), table);
    }

    @Test
    void theStateTableGivesEachStatesCostOverNegativeLogitsAgainstPositiveOnes() {
        String header = "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\","
                + "\"Param: logits\",\"Param: state\"";
        List<String> csv = List.of(header,
                "\"x.StateBenchmark.groups\",\"avgt\",1,12,20.0,1.0,\"ns/op\",positive,log_sum_exp",
                "\"x.StateBenchmark.groups\",\"avgt\",1,12,30.0,1.0,\"ns/op\",negative,log_sum_exp",
                "\"x.StateBenchmark.groups\",\"avgt\",1,12,50.0,1.0,\"ns/op\",far_negative,log_sum_exp");
        String table = Tables.stateTable(csv);
        assertTrue(table.contains("| `log_sum_exp` | 20.0 | 30.0 | 50.0 | 1.50 | 2.50 |"), table);
    }
}
