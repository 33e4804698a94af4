package io.github.sparkactivations.benchmarks;

import io.github.sparkactivations.spark.columnar.ColumnarRewrite;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.util.ArrowUtils;

import java.nio.file.Path;

/**
 * The columnar operator's memory over a long job: with Arrow result vectors (from a child of Spark's root Arrow
 * allocator, one per task), {@code sum(gelu(x)), sum(sigmoid(x)), sum(mish(x))} over the benchmark's Parquet rows,
 * twice. After each run the root allocator should hold 0 bytes again; its peak is what the tasks held at once.
 * {@code bin/activations-bench --memory-check --rows 100000000}.
 */
final class ColumnarMemoryCheck {

    private static final String QUERY = "SELECT count(*), sum(gelu(x)), sum(sigmoid(x)), sum(mish(x)) FROM parquet.`%s`";

    /**
     * Rows per run, the operator's presence in the executed plan, and after the last run the root allocator's
     * bytes, its peak, and how many of the operator's child allocators are still open.
     */
    record Result(long rows, int runs, boolean columnar, long allocatedAfter, long peak, long openAllocators) {
        @Override
        public String toString() {
            return String.format("memory check: %d runs of %d rows, ColumnarActivations in the plan: %s; Arrow root "
                    + "allocator after: %d B (peak %d B), result allocators still open: %d", runs, rows, columnar,
                    allocatedAfter, peak, openAllocators);
        }
    }

    private ColumnarMemoryCheck() {
    }

    static Result run(SparkSession spark, Path data) {
        spark.conf().set(ColumnarRewrite.VECTORS, "arrow");
        spark.conf().set(ColumnarRewrite.ENABLED, "all");
        long rows = 0;
        boolean columnar = true;
        int runs = 2;
        for (int run = 0; run < runs; run++) {
            Dataset<Row> result = spark.sql(String.format(QUERY, data.toAbsolutePath()));
            rows = result.collectAsList().get(0).getLong(0);
            columnar &= result.queryExecution().executedPlan().toString().contains("ColumnarActivations");
        }
        BufferAllocator root = ArrowUtils.rootAllocator();
        long open = root.getChildAllocators().stream().filter(a -> a.getName().equals(ColumnarRewrite.ARROW_ALLOCATOR)).count();
        return new Result(rows, runs, columnar, root.getAllocatedMemory(), root.getPeakMemoryAllocation(), open);
    }
}
