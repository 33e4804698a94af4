package io.github.sparkactivations.it.connect;

import io.github.sparkactivations.it.Bundle;
import io.github.sparkactivations.it.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The client against a Spark Connect server of this line without Spark ML ({@link ConnectRun}): every function but
 * those of ML vectors works there. Every result the client printed (line breaks escaped) is compared with the same
 * query in this JVM's local mode; bad input arrives as our message.
 */
class SparkConnectIT {

    private static ConnectRun run;

    @BeforeAll
    static void runTheClientAgainstAServer() throws Exception {
        assumeTrue(Boolean.getBoolean("connect.served"), "no Spark Connect server of Spark " + System.getProperty("spark.line")
                + " on Scala " + System.getProperty("scala.binary.version") + " is served here");
        run = ConnectRun.of(List.of(), List.of());
    }

    @Test
    void everyCaseRanOnAClientWithoutClassicSpark() {
        assertTrue(run.output().contains("client done"), run.output());
        assertEquals(12, run.lines().size(), run.output());
        List<String> jars = Bundle.classpathFile(Path.of(System.getProperty("connect.client.classpath.file"))).stream()
                .map(p -> p.getFileName().toString()).toList();
        assertTrue(jars.stream().anyMatch(j -> j.startsWith("spark-connect-client-jvm_")), jars.toString());
        assertTrue(jars.stream().noneMatch(j -> j.matches("spark-(sql|core|catalyst)_.*")), jars.toString());
        List<String> server = ConnectRun.serverClasspath().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(server.stream().noneMatch(j -> j.startsWith("spark-mllib")), "a server without Spark ML: " + server);
    }

    @Test
    void sqlColumnApiWindowAndKeyedFormsGiveLocalModesRows() {
        run.assertCasesGiveLocalModesRows();
    }

    @Test
    void badInputArrivesAtTheClientAsOneClearMessage() {
        List<ConnectRun.Line> errors = run.lines().stream().filter(l -> l.kind().equals("error")).toList();
        assertEquals(2, errors.size(), run.output()); // the client turns ANSI mode on for these (off by default on 3.5)
        for (ConnectRun.Line error : errors) {
            Exception local = assertThrows(Exception.class, () -> TestSpark.withAnsi(true, () -> TestSpark.rows(error.sql())));
            String ours = ourLine(String.valueOf(local.getMessage()));
            assertTrue(error.result().contains(ours), error.result() + " lacks " + ours);
        }
        assertTrue(errors.get(0).result().contains("gelu: approximate = 'fast' is not one of 'none', 'tanh'"), errors.get(0).result());
        assertTrue(errors.get(1).result().contains("softmax_loss: label 2 is out of range for an array of 2 logits"),
                errors.get(1).result());
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
