package io.github.sparkactivations.it.connect;

import io.github.sparkactivations.it.Bundle;
import io.github.sparkactivations.it.ChildJvm;
import io.github.sparkactivations.it.Daemon;
import io.github.sparkactivations.it.TestSpark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One run of the Connect client against a server: a Spark Connect server of this line started on 127.0.0.1 with the
 * bundle jar (and {@code serverExtras}, Spark ML's jars for one) and {@code spark.sql.extensions}, and the client
 * program ({@code ConnectClientChecks}) in a JVM of its own whose class path is only {@code spark-connect-client-jvm}
 * and the bundle. What the client printed, parsed into {@link Line}s, to compare with this JVM's local mode.
 */
record ConnectRun(String output, List<Line> lines) {

    /** One line the client printed: {@code case} or {@code error}, the query, its rows or message. */
    record Line(String kind, String sql, String result) {
    }

    static ConnectRun of(List<Path> serverExtras, List<String> clientArgs) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("integration-tests/target")), "connect-")
                .toAbsolutePath();
        int port = Daemon.freePort();
        List<Path> server = new ArrayList<>(serverClasspath());
        server.addAll(serverExtras);
        server.add(Bundle.jar());
        ProcessBuilder serverCommand = ChildJvm.builder(Bundle.join(server), List.of("-Xmx1g",
                        "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                        "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                        "-Dspark.connect.grpc.binding.address=127.0.0.1", "-Dspark.connect.grpc.binding.port=" + port,
                        "-Dspark.sql.extensions=io.github.sparkactivations.spark.ActivationsExtensions",
                        "-Dspark.sql.warehouse.dir=" + dir.resolve("warehouse")),
                "org.apache.spark.sql.connect.service.SparkConnectServer", List.of())
                .directory(dir.toFile()); // where the server keeps what clients upload (3.5: ./artifacts)
        String output;
        try (Daemon serverJvm = Daemon.start("connect-server", dir, serverCommand)) {
            serverJvm.awaitOutput("Spark Connect server started", Duration.ofSeconds(90));
            List<Path> client = new ArrayList<>(List.of(Path.of(System.getProperty("connect.client.jar")), Bundle.jar()));
            client.addAll(Bundle.classpathFile(Path.of(System.getProperty("connect.client.classpath.file"))));
            List<String> args = new ArrayList<>(List.of("sc://127.0.0.1:" + port));
            args.addAll(clientArgs);
            try (Daemon clientJvm = Daemon.start("connect-client", dir, ChildJvm.builder(Bundle.join(client),
                    List.of("-Xmx512m"), "io.github.sparkactivations.connect.ConnectClientChecks", args))) {
                assertEquals(0, clientJvm.awaitExit(Duration.ofMinutes(3)), clientJvm.tail());
                output = clientJvm.output();
            }
        }
        List<Line> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length == 3 && (parts[0].equals("case") || parts[0].equals("error"))) {
                lines.add(new Line(parts[0], parts[1], parts[2]));
            }
        }
        return new ConnectRun(output, lines);
    }

    /** The server's own class path: spark-connect and what it needs, no Spark ML. */
    static List<Path> serverClasspath() {
        return Bundle.classpathFile(Path.of(System.getProperty("connect.server.classpath.file")));
    }

    List<Line> cases() {
        return lines.stream().filter(l -> l.kind().equals("case")).toList();
    }

    /** Each case's rows as the client got them against the same query's rows in local mode. */
    void assertCasesGiveLocalModesRows() {
        for (Line line : cases()) {
            String local = TestSpark.rows(line.sql()).toString().replace("\n", "\\n").replace("\t", "\\t");
            assertEquals(sameSeqName(local), sameSeqName(line.result()), line.sql());
        }
    }

    /**
     * A row's text with Scala's name for an array's elements made one: {@code WrappedArray} on Scala 2.12,
     * {@code ArraySeq} on 2.13 (Spark 3.5's client is Spark 4.0's, on 2.13, whatever the server's Scala).
     */
    private static String sameSeqName(String rows) {
        return rows.replace("WrappedArray(", "Seq(").replace("ArraySeq(", "Seq(");
    }
}
