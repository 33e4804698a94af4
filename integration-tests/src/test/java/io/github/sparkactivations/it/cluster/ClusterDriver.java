package io.github.sparkactivations.it.cluster;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The driver {@link StandaloneClusterIT} runs in its own JVM, on the bundle jar and Spark's jars, against the
 * standalone cluster; it ships only the bundle to the executors ({@code spark.jars}). Runs {@link ClusterQueries},
 * writes each result as Parquet under {@code args[1]}, and reports on stdout what the test waits for:
 * which executors ran the element-wise job, the columnar operator's hashes over Parquet, the bad-input message,
 * and when the worker-loss job is under way.
 * {@code args}: master URL, output directory, bundle jar, and whether to run the worker-loss job.
 */
public final class ClusterDriver {

    private static final Set<String> executors = new ConcurrentSkipListSet<>();
    private static final AtomicBoolean lossJob = new AtomicBoolean();
    private static String out;

    public static void main(String[] args) throws Exception {
        out = args[1];
        SparkSession spark = SparkSession.builder().master(args[0]).appName("activations-cluster-test")
                .config("spark.jars", args[2])
                .config("spark.ui.enabled", "false")
                .config("spark.executor.extraJavaOptions", System.getProperty("jvm.vector"))
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.executor.memory", "1g").config("spark.cores.max", "2")
                .config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
        try {
            awaitExecutors(spark, 2);
            spark.sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    executors.add(end.taskInfo().executorId());
                    if (lossJob.compareAndSet(true, false)) {
                        System.out.println("loss job under way");
                    }
                }
            });
            write(spark, "element-wise", ClusterQueries.elementWise(ClusterQueries.ROWS));
            System.out.println("element-wise ran on executors " + new TreeSet<>(executors));
            String parquet = out + "/parquet-input";
            spark.sql(ClusterQueries.input(ClusterQueries.ROWS)).write().mode(SaveMode.Overwrite).parquet(parquet);
            Dataset<Row> columnar = spark.sql(ClusterQueries.elementWiseOverParquet(parquet));
            System.out.println("columnar hashes: " + columnar.collectAsList());
            System.out.println("columnar plan: " + columnar.queryExecution().executedPlan().toString()
                    .contains("ColumnarActivations"));
            write(spark, "aggregates", ClusterQueries.aggregates());
            write(spark, "window", ClusterQueries.window());
            write(spark, "keyed", ClusterQueries.keyed());
            spark.conf().set("spark.sql.ansi.enabled", "true"); // bad input fails on every line (3.5's default is off)
            try {
                spark.sql(ClusterQueries.badInput()).collectAsList();
                System.out.println("bad input: no error");
            } catch (Exception e) {
                System.out.println("bad input: " + ClusterQueries.messageLine(e));
            }
            spark.conf().unset("spark.sql.ansi.enabled");
            System.out.println("next query: " + spark.sql("SELECT gelu(1.0D)").collectAsList().get(0).getDouble(0));
            if (Boolean.parseBoolean(args[3])) {
                lossJob.set(true);
                write(spark, "worker-loss", ClusterQueries.elementWise(ClusterQueries.LOSS_ROWS));
            }
            System.out.println("driver done");
        } finally {
            spark.stop();
        }
    }

    private static void write(SparkSession spark, String name, String sql) {
        spark.sql(sql).write().mode(SaveMode.Overwrite).parquet(out + "/" + name);
        System.out.println("wrote " + name);
    }

    /** Waits (at most 2 minutes) until {@code n} executors have registered. */
    private static void awaitExecutors(SparkSession spark, int n) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (spark.sparkContext().getExecutorMemoryStatus().size() < n + 1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("fewer than " + n + " executors after 2 minutes");
            }
            Thread.sleep(200);
        }
        System.out.println("executors registered: " + n);
    }
}
