package io.github.sparkactivations.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A process a test starts and leaves running (a Spark Master or Worker, a driver, a Connect server): its output
 * goes to a log file that the test waits on, and {@link #close} stops it and every process it started, at once.
 * Every wait is bounded.
 */
public final class Daemon implements AutoCloseable {

    private static final Random RANDOM = new Random();

    private final String name;
    private final Process process;
    private final Path log;

    /**
     * A port free on the loopback address, for a daemon to listen on. It is drawn below Linux's ephemeral range
     * (32768 and up), so that no socket bound to port 0 meanwhile (the daemon's own block manager, another test JVM)
     * can be given it before the daemon binds it: a port the kernel picked once, it can pick again.
     */
    public static int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + RANDOM.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (BindException taken) {
                // try another
            }
        }
        throw new IOException("no free port in 20000-31999 on the loopback address after 200 tries");
    }

    private Daemon(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} with its output and errors in {@code logDir/name.log}. */
    public static Daemon start(String name, Path logDir, ProcessBuilder command) throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        Process process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Daemon(name, process, log);
    }

    /** Waits until a line of the output contains {@code text}; fails when the process ends first or at the timeout. */
    public void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive() && !output().contains(text)) {
                throw new AssertionError(name + " ended (exit " + process.exitValue() + ") before printing '" + text
                        + "':\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not print '" + text + "' within " + timeout + ":\n" + tail());
            }
            Thread.sleep(100);
        }
    }

    /** Waits for the process to end by itself and returns its exit code; kills it and fails at the timeout. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new AssertionError(name + " did not finish within " + timeout + ":\n" + tail());
        }
        return process.exitValue();
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the output, for a failure message. */
    public String tail() {
        String[] lines = output().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }

    /** Kills the process and everything it started (a Worker's executors) at once, as a machine loss would. */
    @Override
    public void close() {
        ProcessHandle handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
        try {
            handle.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(name + " did not stop within 20 s", e);
        }
    }
}
