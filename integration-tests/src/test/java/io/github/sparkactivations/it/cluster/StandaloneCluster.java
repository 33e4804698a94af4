package io.github.sparkactivations.it.cluster;

import io.github.sparkactivations.it.Bundle;
import io.github.sparkactivations.it.ChildJvm;
import io.github.sparkactivations.it.Daemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Spark standalone cluster on 127.0.0.1: one Master and {@code n} Workers (one core each), each its own JVM,
 * run from Spark's own jars through a temporary {@code SPARK_HOME} whose {@code jars/} links them, as a Spark
 * distribution lays them out. Workers launch their executors from those jars; an application ships its own jars
 * with {@code spark.jars}. {@link #close} stops every process it started (executors included).
 */
public final class StandaloneCluster implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(90);

    private final Path home;
    private final String masterUrl;
    private final List<Daemon> daemons = new ArrayList<>();
    private final List<Daemon> workers = new ArrayList<>();

    private StandaloneCluster(Path home, int port) {
        this.home = home;
        this.masterUrl = "spark://127.0.0.1:" + port;
    }

    public static StandaloneCluster start(Path dir, int workerCount) throws IOException, InterruptedException {
        Path home = dir.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (Path jar : Bundle.sparkJars()) {
            Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
        }
        StandaloneCluster cluster = new StandaloneCluster(home, Daemon.freePort());
        try {
            Daemon master = cluster.launch("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", cluster.masterUrl.substring(cluster.masterUrl.lastIndexOf(':') + 1), "--webui-port", "0");
            master.awaitOutput("I have been elected leader", START);
            for (int i = 0; i < workerCount; i++) {
                Path work = Files.createDirectories(dir.resolve("work-" + i));
                Daemon worker = cluster.launch("worker-" + i, "org.apache.spark.deploy.worker.Worker", cluster.masterUrl,
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "2g", "--work-dir", work.toString(),
                        "--webui-port", "0");
                cluster.workers.add(worker);
            }
            for (Daemon worker : cluster.workers) {
                worker.awaitOutput("Successfully registered with master", START);
            }
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    public String masterUrl() {
        return masterUrl;
    }

    /** Kills Worker {@code i} and its executor at once. */
    public void killWorker(int i) {
        workers.get(i).close();
    }

    /** A driver (or any Spark program) in its own JVM, stopped with the cluster. */
    public Daemon launchDriver(String name, String classpath, String mainClass, String... args) throws IOException {
        ProcessBuilder pb = ChildJvm.builder(classpath, List.of("-Xmx1g"), mainClass, List.of(args));
        Daemon driver = Daemon.start(name, home.resolveSibling("logs"), pb);
        daemons.add(driver);
        return driver;
    }

    private Daemon launch(String name, String mainClass, String... args) throws IOException {
        ProcessBuilder pb = ChildJvm.builder(home.resolve("jars") + "/*", List.of("-Xmx512m"), mainClass, List.of(args));
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", System.getProperty("scala.binary.version"));
        pb.environment().remove("SPARK_CONF_DIR");
        Daemon daemon = Daemon.start(name, home.resolveSibling("logs"), pb);
        daemons.add(daemon);
        return daemon;
    }

    @Override
    public void close() {
        AssertionError failure = null;
        for (int i = daemons.size() - 1; i >= 0; i--) {
            try {
                daemons.get(i).close();
            } catch (AssertionError e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
