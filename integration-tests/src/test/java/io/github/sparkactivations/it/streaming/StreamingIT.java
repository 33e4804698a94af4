package io.github.sparkactivations.it.streaming;

import io.github.sparkactivations.it.TestSpark;
import io.github.sparkactivations.testing.Ulps;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Structured Streaming over a file source, as feature jobs run it: the query is stopped mid-stream, more files
 * arrive, and it is restarted from its checkpoint; at the end its result is the batch query's over the same files.
 * The grouped aggregates ({@code log_sum_exp}, {@code softmax_loss}, the keyed {@code softmax(x, class)}) in update and
 * complete modes, within the shapes' 4 ulp; the element-wise and array calls in append mode to a Parquet sink, exact.
 * Counts are checked: no row is lost or counted twice.
 */
class StreamingIT {

    private static final int FILES_BEFORE = 2;
    private static final int FILES_AFTER = 1;
    private static final int ROWS_PER_FILE = 300;

    private static final StructType EVENTS = new StructType().add("id", DataTypes.LongType)
            .add("k", DataTypes.IntegerType).add("x", DataTypes.DoubleType).add("t", DataTypes.BooleanType)
            .add("cls", DataTypes.IntegerType).add("arr", DataTypes.createArrayType(DataTypes.DoubleType));

    private static final String GROUPED = "SELECT k, count(*) AS n, log_sum_exp(x) AS lse, softmax_loss(x, t) AS loss, "
            + "softmax(x, cls) AS probs FROM events GROUP BY k";

    private static final String ROWS = "SELECT id, gelu(x) AS g, softplus(x, 2.0) AS s, softmax(arr) AS p, "
            + "relu(arr) AS r, log_sum_exp(arr) AS l FROM events";

    /** The last rows a foreachBatch sink saw per group key, by output mode. */
    private static final Map<String, Map<Integer, Row>> SINKS = new ConcurrentHashMap<>();

    /** File {@code n} of events: 20 groups, every group with a target row in every file. */
    private static void writeFile(Path in, int n) throws IOException {
        SplittableRandom random = new SplittableRandom(1000 + n);
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < ROWS_PER_FILE; i++) {
            long id = (long) n * ROWS_PER_FILE + i;
            json.append(String.format(java.util.Locale.ROOT,
                    "{\"id\":%d,\"k\":%d,\"x\":%s,\"t\":%b,\"cls\":%d,\"arr\":[%s,%s,%s]}%n", id, i % 20,
                    random.nextDouble(-30, 30), i % 40 < 20 && i % 3 == 0, random.nextInt(5),
                    random.nextDouble(-5, 5), random.nextDouble(-700, 700), random.nextDouble(-1, 1)));
        }
        Path tmp = in.resolveSibling("part-" + n + ".json.tmp");
        Files.writeString(tmp, json);
        Files.move(tmp, in.resolve("part-" + n + ".json")); // a file source must see whole files only
    }

    private static Dataset<Row> events(SparkSession spark, Path in) {
        return spark.readStream().schema(EVENTS).option("maxFilesPerTrigger", 1).json(in.toString());
    }

    /** A streaming query started with a trigger, from its checkpoint if it has one. */
    @FunctionalInterface
    private interface QueryStart {
        StreamingQuery start(Trigger trigger) throws Exception;
    }

    /**
     * Runs the queries together until each has processed a batch with input, stops them, adds files, then restarts
     * them from their checkpoints with {@code AvailableNow} until they have read every file; every wait bounded.
     */
    private static void runStoppedAndRestarted(SparkSession spark, Path in, List<QueryStart> queries) throws Exception {
        for (int n = 0; n < FILES_BEFORE; n++) {
            writeFile(in, n);
        }
        events(spark, in).createOrReplaceTempView("events");
        List<StreamingQuery> first = new ArrayList<>();
        for (QueryStart q : queries) {
            first.add(q.start(Trigger.ProcessingTime(0)));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (StreamingQuery q : first) {
            while (q.lastProgress() == null || q.lastProgress().numInputRows() == 0) {
                assertTrue(q.isActive(), () -> "the query failed: " + q.exception());
                assertTrue(System.nanoTime() < deadline, "no batch within 90 s");
                Thread.sleep(50);
            }
            q.stop();
        }
        for (int n = FILES_BEFORE; n < FILES_BEFORE + FILES_AFTER; n++) {
            writeFile(in, n);
        }
        List<StreamingQuery> second = new ArrayList<>();
        for (QueryStart q : queries) {
            second.add(q.start(Trigger.AvailableNow()));
        }
        for (StreamingQuery q : second) {
            assertTrue(q.awaitTermination(Duration.ofSeconds(120).toMillis()), "AvailableNow did not finish in 120 s");
            assertTrue(q.exception().isEmpty(), () -> "the restarted query failed: " + q.exception());
        }
    }

    private static Map<Integer, Row> batchGroups(SparkSession spark, Path in) {
        spark.read().schema(EVENTS).json(in.toString()).createOrReplaceTempView("events");
        Map<Integer, Row> groups = new TreeMap<>();
        spark.sql(GROUPED).collectAsList().forEach(r -> groups.put(r.getInt(0), r));
        return groups;
    }

    /** The grouped query into a foreachBatch sink that keeps each group's last row (all of them in complete mode). */
    private static QueryStart grouped(SparkSession spark, Path dir, String mode) {
        SINKS.put(mode, new ConcurrentHashMap<>());
        boolean complete = mode.equals("complete");
        VoidFunction2<Dataset<Row>, Long> upsert = (batch, id) -> {
            Map<Integer, Row> sink = SINKS.get(mode); // looked up, not captured: the function may be serialized
            List<Row> rows = batch.collectAsList();
            if (complete) {
                sink.clear();
            }
            rows.forEach(r -> sink.put(r.getInt(0), r));
        };
        return trigger -> spark.sql(GROUPED).writeStream().outputMode(mode).trigger(trigger)
                .option("checkpointLocation", dir.resolve("checkpoint-" + mode).toString()).foreachBatch(upsert).start();
    }

    /** The rows query into Parquet files at {@code out}. */
    private static QueryStart rows(SparkSession spark, Path dir, String out) {
        return trigger -> spark.sql(ROWS).writeStream().outputMode("append").format("parquet").trigger(trigger)
                .option("checkpointLocation", dir.resolve("checkpoint-rows").toString()).start(out);
    }

    @Test
    void aggregatesAndRowCallsGiveTheBatchAnswerAfterAStopAndARestart(@TempDir Path dir) throws Exception {
        SparkSession spark = TestSpark.session();
        Path in = Files.createDirectories(dir.resolve("in"));
        String out = dir.resolve("out").toString();
        var conf = spark.conf();
        String partitions = conf.get("spark.sql.shuffle.partitions");
        conf.set("spark.sql.shuffle.partitions", "1"); // the state's partitions, fixed by the checkpoint: 1 is quickest
        try {
            runStoppedAndRestarted(spark, in, List.of(grouped(spark, dir, "update"), grouped(spark, dir, "complete"),
                    rows(spark, dir, out)));
        } finally {
            conf.set("spark.sql.shuffle.partitions", partitions);
        }
        List<Row> streamedRows = spark.read().parquet(out).orderBy("id").collectAsList();
        Map<Integer, Row> batch = batchGroups(spark, in);
        for (String mode : List.of("update", "complete")) {
            assertSameGroups(batch, new TreeMap<>(SINKS.remove(mode)), mode);
        }
        List<Row> batchRows = spark.sql(ROWS + " ORDER BY id").collectAsList();
        assertEquals((FILES_BEFORE + FILES_AFTER) * ROWS_PER_FILE, streamedRows.size(), "no row lost or written twice");
        assertEquals(streamedRows.size(), streamedRows.stream().map(r -> r.getLong(0)).distinct().count());
        assertEquals(batchRows.toString(), streamedRows.toString(), "the batch query's rows (Row equality fails on NaN)");
    }

    /** Every group's count exactly, its aggregates within 4 ulp of the batch query's. */
    private static void assertSameGroups(Map<Integer, Row> batch, Map<Integer, Row> streamed, String mode) {
        assertEquals(batch.keySet(), streamed.keySet(), mode);
        long rows = 0;
        for (Map.Entry<Integer, Row> e : batch.entrySet()) {
            Row b = e.getValue();
            Row s = streamed.get(e.getKey());
            String where = mode + ", group " + e.getKey();
            assertEquals(b.getLong(1), s.getLong(1), where + ": rows counted");
            rows += s.getLong(1);
            assertWithin4Ulp(b.getDouble(2), s.getDouble(2), where + ": log_sum_exp");
            assertWithin4Ulp(b.getDouble(3), s.getDouble(3), where + ": softmax_loss");
            Map<Object, Object> bp = b.getJavaMap(4);
            Map<Object, Object> sp = s.getJavaMap(4);
            assertEquals(bp.keySet(), sp.keySet(), where + ": softmax classes");
            bp.forEach((c, p) -> assertWithin4Ulp((Double) p, (Double) sp.get(c), where + ": softmax of class " + c));
        }
        assertEquals((long) (FILES_BEFORE + FILES_AFTER) * ROWS_PER_FILE, rows, mode + ": no row lost or counted twice");
    }

    private static void assertWithin4Ulp(double expected, double actual, String where) {
        assertTrue(Ulps.between(expected, actual) <= 4, where + ": " + actual + " vs batch " + expected);
    }
}
