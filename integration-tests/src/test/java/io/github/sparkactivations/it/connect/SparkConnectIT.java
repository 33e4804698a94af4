package io.github.sparkactivations.it.connect;

import io.github.sparkactivations.it.Bundle;
import io.github.sparkactivations.it.ChildJvm;
import io.github.sparkactivations.it.Daemon;
import io.github.sparkactivations.it.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Spark Connect server of this line, started on 127.0.0.1 with the bundle jar and
 * {@code spark.sql.extensions}, and a client in a JVM of its own whose class path is only
 * {@code spark-connect-client-jvm}, the bundle and the client program ({@code ConnectClientChecks}). Every
 * result the client printed (line breaks escaped) is compared with the same query in this JVM's local mode.
 */
class SparkConnectIT {

    /** One line the client printed: {@code case} or {@code error}, the query, its rows or message. */
    record Line(String kind, String sql, String result) {
    }

    private static final List<Line> lines = new ArrayList<>();
    private static String clientOutput;

    @BeforeAll
    static void runTheClientAgainstAServer() throws Exception {
        assumeTrue(Boolean.getBoolean("connect.served"), "no Spark Connect server of Spark " + System.getProperty("spark.line")
                + " on Scala " + System.getProperty("scala.binary.version") + " is served here");
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("integration-tests/target")), "connect-")
                .toAbsolutePath();
        int port = Daemon.freePort();
        List<Path> server = new ArrayList<>(Bundle.classpathFile(Path.of(System.getProperty("connect.server.classpath.file"))));
        server.add(Bundle.jar());
        ProcessBuilder serverCommand = ChildJvm.builder(Bundle.join(server), List.of("-Xmx1g",
                        "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                        "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                        "-Dspark.connect.grpc.binding.address=127.0.0.1", "-Dspark.connect.grpc.binding.port=" + port,
                        "-Dspark.sql.extensions=io.github.sparkactivations.spark.ActivationsExtensions",
                        "-Dspark.sql.warehouse.dir=" + dir.resolve("warehouse")),
                "org.apache.spark.sql.connect.service.SparkConnectServer", List.of())
                .directory(dir.toFile()); // where the server keeps what clients upload (3.5: ./artifacts)
        try (Daemon serverJvm = Daemon.start("connect-server", dir, serverCommand)) {
            serverJvm.awaitOutput("Spark Connect server started", Duration.ofSeconds(90));
            List<Path> client = new ArrayList<>(List.of(Path.of(System.getProperty("connect.client.jar")), Bundle.jar()));
            client.addAll(Bundle.classpathFile(Path.of(System.getProperty("connect.client.classpath.file"))));
            try (Daemon clientJvm = Daemon.start("connect-client", dir, ChildJvm.builder(Bundle.join(client),
                    List.of("-Xmx512m"), "io.github.sparkactivations.connect.ConnectClientChecks",
                    List.of("sc://127.0.0.1:" + port)))) {
                assertEquals(0, clientJvm.awaitExit(Duration.ofMinutes(3)), clientJvm.tail());
                clientOutput = clientJvm.output();
            }
        }
        for (String line : clientOutput.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length == 3 && (parts[0].equals("case") || parts[0].equals("error"))) {
                lines.add(new Line(parts[0], parts[1], parts[2]));
            }
        }
    }

    @Test
    void everyCaseRanOnAClientWithoutClassicSpark() {
        assertTrue(clientOutput.contains("client done"), clientOutput);
        assertEquals(11, lines.size(), clientOutput);
        List<String> jars = Bundle.classpathFile(Path.of(System.getProperty("connect.client.classpath.file"))).stream()
                .map(p -> p.getFileName().toString()).toList();
        assertTrue(jars.stream().anyMatch(j -> j.startsWith("spark-connect-client-jvm_")), jars.toString());
        assertTrue(jars.stream().noneMatch(j -> j.matches("spark-(sql|core|catalyst)_.*")), jars.toString());
    }

    @Test
    void sqlColumnApiWindowAndKeyedFormsGiveLocalModesRows() {
        for (Line line : lines.stream().filter(l -> l.kind().equals("case")).toList()) {
            String local = TestSpark.rows(line.sql()).toString().replace("\n", "\\n").replace("\t", "\\t");
            assertEquals(sameSeqName(local), sameSeqName(line.result()), line.sql());
        }
    }

    @Test
    void badInputArrivesAtTheClientAsOneClearMessage() {
        List<Line> errors = lines.stream().filter(l -> l.kind().equals("error")).toList();
        assertEquals(2, errors.size(), clientOutput); // the client turns ANSI mode on for these (off by default on 3.5)
        for (Line error : errors) {
            Exception local = assertThrows(Exception.class, () -> TestSpark.withAnsi(true, () -> TestSpark.rows(error.sql())));
            String ours = ourLine(String.valueOf(local.getMessage()));
            assertTrue(error.result().contains(ours), error.result() + " lacks " + ours);
        }
        assertTrue(errors.get(0).result().contains("gelu: approximate = 'fast' is not one of 'none', 'tanh'"), errors.get(0).result());
        assertTrue(errors.get(1).result().contains("softmax_loss: label 2 is out of range for an array of 2 logits"),
                errors.get(1).result());
    }

    /**
     * A row's text with Scala's name for an array's elements made one: {@code WrappedArray} on Scala 2.12,
     * {@code ArraySeq} on 2.13 (Spark 3.5's client is Spark 4.0's, on 2.13, whatever the server's Scala).
     */
    private static String sameSeqName(String rows) {
        return rows.replace("WrappedArray(", "Seq(").replace("ArraySeq(", "Seq(");
    }

    /** The part of a message's first line that our check wrote: from the function's name on. */
    private static String ourLine(String message) {
        String first = message.lines().filter(l -> l.contains("gelu:") || l.contains("softmax_loss:")).findFirst().orElse(message);
        int at = first.contains("gelu:") ? first.indexOf("gelu:") : first.indexOf("softmax_loss:");
        String ours = first.substring(at);
        int end = ours.indexOf(". SQLSTATE");
        return end < 0 ? ours : ours.substring(0, end);
    }
}
