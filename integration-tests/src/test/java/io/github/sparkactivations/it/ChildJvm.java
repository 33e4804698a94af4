package io.github.sparkactivations.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a new JVM, with the flags Spark needs, and waits for it (at most 5 minutes). */
public final class ChildJvm {

    /** What the process printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private ChildJvm() {
    }

    public static Result run(String classpath, String mainClass, String... args) throws IOException, InterruptedException {
        return run(classpath, List.of("-Xmx1g"), mainClass, args);
    }

    public static Result run(String classpath, List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        Process p = builder(classpath, jvmOptions, mainClass, List.of(args)).start();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(mainClass + " did not finish in 5 minutes");
        }
        return new Result(p.exitValue(), stdout.join(), stderr.join());
    }

    /**
     * The command line of a JVM running {@code mainClass}, bound to loopback. Every JVM the tests start themselves
     * is short-lived or light (the heavy work runs in executors, which Workers start): C1 only and the serial
     * collector start one in about 70 % of the time and half the CPU of the defaults on two cores (measured: 6.2 s
     * against 8.6 s for a one-query shell). Values are the same: Java's floating point is strict.
     */
    public static ProcessBuilder builder(String classpath, List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + "/bin/java");
        command.addAll(Arrays.asList(System.getProperty("jvm.opens").trim().split("\\s+")));
        command.addAll(Arrays.asList(System.getProperty("jvm.vector").trim().split("\\s+")));
        // and the flag itself, for a child that starts JVMs of its own (the cluster driver's executors)
        command.add("-Djvm.vector=" + System.getProperty("jvm.vector"));
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
