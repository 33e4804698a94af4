package io.github.sparkactivations.benchmarks;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A kernel alone: a plain loop over 2^20 values in [-10, 10], one thread, in a JVM of its own. In the
 * benchmark's JVM the batch loop has already called dozens of kernels, and its call site, megamorphic,
 * no longer inlines any of them: the column measured the dispatch as much as the kernel.
 */
final class KernelLoop {

    private static final int VALUES = 1 << 20;
    private static final int WARM_UPS = 5;

    private KernelLoop() {
    }

    /**
     * Runs {@code main} in a child JVM with this JVM's class path and flags; its timings, ns per value. The child
     * fails unless it runs the kernel on SIMD lanes exactly where this JVM would.
     */
    static Measurement measure(String function, String choice, int repetitions) throws IOException {
        boolean simd = BoundKernel.of(Catalog.function(function).orElseThrow(), choice).simd();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(KernelLoop::isForwarded).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KernelLoop.class.getName(),
                String.valueOf(repetitions), String.valueOf(simd), function));
        if (choice != null) {
            command.add(choice);
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Measurement m = new Measurement(function, "kernel_loop_1_thread", VALUES);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                m.add(Long.parseLong(line.trim()));
            }
        }
        try {
            if (process.waitFor() != 0) {
                throw new IOException("the kernel loop of " + function + " failed: exit " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return m;
    }

    /**
     * Whether the child JVM takes this flag of ours: the module openings and the Vector API module (without the
     * latter the child runs the scalar kernels: gelu 38 ns a value against 9.9 on SIMD lanes).
     */
    private static boolean isForwarded(String jvmFlag) {
        return jvmFlag.startsWith("--add-opens") || jvmFlag.startsWith("--add-modules") || jvmFlag.startsWith("-Djdk.reflect");
    }

    /**
     * {@code repetitions simd function [choice]}: prints the nanoseconds of each timed pass, one per line; fails if
     * the kernel's SIMD use here is not {@code simd}.
     */
    public static void main(String[] args) {
        int repetitions = Integer.parseInt(args[0]);
        boolean simd = Boolean.parseBoolean(args[1]);
        SqlFunction f = Catalog.function(args[2]).orElseThrow();
        BoundKernel kernel = BoundKernel.of(f, args.length > 3 ? args[3] : null);
        if (kernel.simd() != simd) {
            throw new IllegalStateException("the kernel loop of " + f.name() + (simd ? " lacks" : " has")
                    + " the SIMD form the benchmark's JVM runs: are its JVM flags forwarded?");
        }
        double[] in = new double[VALUES];
        double[] out = new double[VALUES];
        Random random = new Random(7);
        for (int i = 0; i < VALUES; i++) {
            in[i] = random.nextDouble() * 20 - 10;
        }
        for (int r = 0; r < WARM_UPS + repetitions; r++) {
            long start = System.nanoTime();
            kernel.apply(in, 0, out, 0, VALUES);
            long nanos = System.nanoTime() - start;
            if (r >= WARM_UPS) {
                System.out.println(String.format(Locale.ROOT, "%d", nanos));
            }
        }
    }
}
