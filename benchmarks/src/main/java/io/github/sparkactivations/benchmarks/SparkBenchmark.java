package io.github.sparkactivations.benchmarks;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.spark.columnar.ColumnarRewrite;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bin/activations-bench}: each SQL function, run by the columnar operator and row-wise by codegen,
 * against the same formula written with Spark's built-ins, a Java {@code UDF1} of the same kernel, and the
 * bare scan; gelu and sigmoid under WHERE clauses keeping 1, 50 and 99 % of the rows ({@code gelu_where_50}); gelu
 * over embeddings against a lambda per element and the exploded elements ({@code gelu_array}); the
 * grouped forms against their built-in two-pass formulations and {@code count}. One JVM, local[2] (or --cores), data written once to
 * Parquet; warm-ups, then interleaved repetitions (A B C A B C ...); ratios within the run. Prints
 * CSV: {@code case,variant,rows,median_ns_per_row,min_ns_per_row,ratio_to_builtin,ratio_to_baseline}.
 */
public final class SparkBenchmark {

    /** The floor of the grouped cases: a codegen'd count per group. */
    private static final String COUNT_BY_GROUP = "SELECT sum(c) FROM (SELECT count(x) AS c FROM data GROUP BY g)";
    /** The window max the built-in two-pass forms start from. */
    private static final String WITH_MAX = "(SELECT g, x, label, max(x) OVER (PARTITION BY g) AS m FROM data)";

    /**
     * The prefix of a variant run by the columnar operator, every call (its setting {@code all}, so that the scalar
     * kernels show what it costs them too); every other variant runs with it off, so that "activations" is the
     * row-wise codegen path.
     */
    private static final String COLUMNAR = "-- columnar\n";

    /** Rounds of the first-queries warm-up. */
    private static final int WARM_UP_QUERIES = 5;

    private final SparkSession spark;
    private final long rows;
    private final int repetitions;
    private final PrintStream out;

    private SparkBenchmark(SparkSession spark, long rows, int repetitions, PrintStream out) {
        this.spark = spark;
        this.rows = rows;
        this.repetitions = repetitions;
        this.out = out;
    }

    /**
     * {@code --rows N} (default 2,000,000), {@code --reps R} (5), {@code --only REGEX} (every case), {@code --cores C}
     * (Spark's local[C], 2),
     * {@code --vectors onheap|arrow} (the columnar operator's result vectors; onheap); {@code --memory-check}
     * runs {@link ColumnarMemoryCheck} over the same rows instead of the cases.
     */
    public static void main(String[] args) throws IOException {
        long rows = 2_000_000;
        int reps = 5;
        String only = ".*";
        String vectors = "onheap";
        boolean memoryCheck = false;
        int cores = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--memory-check" -> memoryCheck = true;
                case "--vectors" -> vectors = args[++i];
                case "--rows" -> rows = Long.parseLong(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--cores" -> cores = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                default -> throw new IllegalArgumentException("usage: --rows N --reps R --only REGEX --cores C --vectors onheap|arrow "
                        + "--memory-check; not "
                        + args[i]);
            }
        }
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("activations-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config(ColumnarRewrite.VECTORS, vectors).getOrCreate();
        try {
            if (memoryCheck) {
                System.out.println(ColumnarMemoryCheck.run(spark, data(spark, rows)));
            } else {
                new SparkBenchmark(spark, rows, reps, System.out).run(only);
            }
        } finally {
            spark.stop();
        }
    }

    /**
     * The benchmark's rows as Parquet, written once per size: x uniform in [-10, 10], a group of 200 rows, a
     * label.
     */
    static Path data(SparkSession spark, long rows) {
        Path data = Path.of("target", "bench-data", "rows-" + rows);
        if (!Files.exists(data.resolve("_SUCCESS"))) {
            long groups = Math.max(1, rows / 200);
            spark.sql("SELECT (rand(7) * 20 - 10) AS x, id % " + groups + " AS g, id < " + groups + " AS label FROM range("
                    + rows + ")").write().mode("overwrite").parquet(data.toString());
        }
        return data;
    }

    void run(String only) throws IOException {
        Path data = data(spark, rows);
        spark.read().parquet(data.toString()).createOrReplaceTempView("data");
        out.println("# " + Machine.describe());
        out.println("# rows=" + rows + " repetitions=" + repetitions + " " + spark.sparkContext().master()
                + "; data from Parquet; columnar results in "
                + spark.conf().get(ColumnarRewrite.VECTORS) + " vectors");
        out.println("case,variant,rows,median_ns_per_row,min_ns_per_row,ratio_to_builtin,ratio_to_baseline");
        warmUp();
        for (SqlFunction f : Catalog.functions()) {
            if (f.name().matches(only) && f.minArguments() == 1) {
                scalar(f);
            }
        }
        if ("gelu_array".matches(only)) {
            overArrays();
        }
        for (String f : List.of("gelu", "sigmoid")) {
            for (int percent : new int[] {1, 50, 99}) {
                String name = f + "_where_" + percent;
                if (name.matches(only)) {
                    filtered(name, f, percent);
                }
            }
        }
        if ("log_sum_exp".matches(only)) {
            compare("log_sum_exp", Map.of(
                    "baseline", COUNT_BY_GROUP,
                    "activations", "SELECT sum(v) FROM (SELECT log_sum_exp(x) AS v FROM data GROUP BY g)",
                    "builtin", "SELECT sum(v) FROM (SELECT m + ln(sum(exp(x - m))) AS v FROM " + WITH_MAX
                            + " GROUP BY g, m)"));
        }
        if ("softmax_loss".matches(only)) {
            compare("softmax_loss", Map.of(
                    "baseline", COUNT_BY_GROUP,
                    "activations", "SELECT sum(v) FROM (SELECT softmax_loss(x, label) AS v FROM data GROUP BY g)",
                    "builtin", "SELECT sum(v) FROM (SELECT m + ln(sum(exp(x - m))) - sum(IF(label, x, 0)) AS v FROM "
                            + WITH_MAX + " GROUP BY g, m)"));
        }
        if ("softmax_window".matches(only)) {
            compare("softmax_window", Map.of(
                    "baseline", "SELECT sum(c) FROM (SELECT count(*) OVER (PARTITION BY g) AS c FROM data)",
                    // The floor of a window over x: count(*) shuffles and sorts g alone, anything reading x moves x too.
                    "window_max", "SELECT sum(c) FROM (SELECT max(x) OVER (PARTITION BY g) AS c FROM data)",
                    "activations", "SELECT sum(p) FROM (SELECT softmax(x) OVER (PARTITION BY g) AS p FROM data)",
                    "builtin", "SELECT sum(p) FROM (SELECT exp(x - m) / sum(exp(x - m)) OVER (PARTITION BY g) AS p FROM "
                            + WITH_MAX + ")"));
        }
    }

    /**
     * gelu over 768-element embeddings (about as many elements as the other cases have rows; ns per element): the
     * array form against the same call through a lambda per element, Spark's formula in that lambda, the scalar form
     * over the exploded elements, and the scan; each array's last element is summed, so every element is computed.
     */
    private void overArrays() {
        int width = 768;
        long arrays = Math.max(1, rows / width);
        Path embeddings = Path.of("target", "bench-data", "embeddings-" + arrays + "x" + width);
        if (!Files.exists(embeddings.resolve("_SUCCESS"))) {
            spark.sql("SELECT transform(sequence(1, " + width + "), i -> sin(id * " + width + " + i) * 10) AS e FROM range("
                    + arrays + ")").write().mode("overwrite").parquet(embeddings.toString());
        }
        spark.read().parquet(embeddings.toString()).createOrReplaceTempView("embeddings");
        String last = "[" + (width - 1) + "]";
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("baseline", "SELECT sum(e" + last + ") FROM embeddings");
        variants.put("activations", "SELECT sum(gelu(e)" + last + ") FROM embeddings");
        variants.put("lambda", "SELECT sum(transform(e, x -> gelu(x))" + last + ") FROM embeddings");
        variants.put("builtin", "SELECT sum(transform(e, x -> " + BuiltinFormulas.FORMULAS.get("gelu") + ")" + last
                + ") FROM embeddings");
        variants.put("exploded", "SELECT sum(gelu(x)) FROM embeddings LATERAL VIEW explode(e) t AS x");
        compare("gelu_array", variants, arrays * width);
    }

    /**
     * {@code f} under a {@code WHERE} clause keeping {@code percent} % of the rows (x is uniform on [-10, 10]): the
     * filtered columnar operator against the row path and against the scan with the filter alone; ns per scanned row.
     */
    private void filtered(String name, String f, int percent) {
        String where = String.format(Locale.ROOT, " FROM data WHERE x < %.1f", -10 + 0.2 * percent);
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("baseline", "SELECT sum(x)" + where);
        variants.put("columnar", COLUMNAR + "SELECT sum(" + f + "(x))" + where);
        variants.put("activations", "SELECT sum(" + f + "(x))" + where);
        compare(name, variants);
    }

    /**
     * Spark's own code JIT-compiles during the first queries of a JVM: without this, whichever case runs
     * first pays for it (sigmoid, which measured 1.10x its built-in formula that way).
     */
    private void warmUp() {
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            time("SELECT sum(x) FROM data");
            time("SELECT sum(1 / (1 + exp(-x))) FROM data");
            time("SELECT sum(sigmoid(x)) FROM data");
            time(COLUMNAR + "SELECT sum(sigmoid(x)) FROM data");
        }
    }

    /** A scalar function at its defaults: ours, the built-in formula, a UDF1 of our kernel, the scan. */
    private void scalar(SqlFunction f) throws IOException {
        String choice = f.choice().map(c -> c.defaultValue()).orElse(null);
        BoundKernel kernel = BoundKernel.of(f, choice);
        String udf = "udf_" + f.name();
        spark.udf().register(udf, (UDF1<Double, Double>) x -> x == null ? null : kernel.apply(x), DataTypes.DoubleType);
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("baseline", "SELECT sum(x) FROM data");
        variants.put("columnar", COLUMNAR + "SELECT sum(" + f.name() + "(x)) FROM data");
        variants.put("activations", "SELECT sum(" + f.name() + "(x)) FROM data");
        String formula = BuiltinFormulas.FORMULAS.get(f.name());
        if (formula != null) {
            variants.put("builtin", "SELECT sum(" + formula + ") FROM data");
        }
        variants.put("udf1", "SELECT sum(" + udf + "(x)) FROM data");
        compare(f.name(), variants);
        out.println(row(KernelLoop.measure(f.name(), choice, repetitions), null, null));
    }

    /** Warms every variant up, then times them interleaved; prints one row each. */
    private void compare(String caseName, Map<String, String> sqlByVariant) {
        compare(caseName, sqlByVariant, rows);
    }

    /** {@link #compare(String, Map)}, the times per one of {@code count} rows or elements. */
    private void compare(String caseName, Map<String, String> sqlByVariant, long count) {
        Map<String, Measurement> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> v : sqlByVariant.entrySet()) {
            results.put(v.getKey(), new Measurement(caseName, v.getKey(), count));
            time(v.getValue());
        }
        for (int r = 0; r < repetitions; r++) {
            for (Map.Entry<String, String> v : sqlByVariant.entrySet()) {
                results.get(v.getKey()).add(time(v.getValue()));
            }
        }
        Measurement builtin = results.get("builtin");
        Measurement baseline = results.get("baseline");
        for (Measurement m : sortedForOutput(results)) {
            out.println(row(m, builtin, baseline));
        }
        out.flush();
    }

    private static List<Measurement> sortedForOutput(Map<String, Measurement> results) {
        List<Measurement> list = new ArrayList<>(results.values());
        list.sort((a, b) -> Integer.compare(order(a.variant), order(b.variant)));
        return list;
    }

    private static int order(String variant) {
        return List.of("columnar", "activations", "lambda", "builtin", "exploded", "udf1", "window_max", "baseline")
                .indexOf(variant);
    }

    private long time(String sql) {
        spark.conf().set(ColumnarRewrite.ENABLED, sql.startsWith(COLUMNAR) ? "all" : "false");
        long start = System.nanoTime();
        spark.sql(sql).collectAsList();
        return System.nanoTime() - start;
    }

    private static String row(Measurement m, Measurement builtin, Measurement baseline) {
        return String.format(Locale.ROOT, "%s,%s,%d,%.2f,%.2f,%s,%s", m.caseName, m.variant, m.rows, m.median(), m.min(),
                builtin == null ? "" : String.format(Locale.ROOT, "%.2f", m.median() / builtin.median()),
                baseline == null ? "" : String.format(Locale.ROOT, "%.2f", m.median() / baseline.median()));
    }
}
