package io.github.sparkactivations.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The committed measurements the docs are made from, as CSV lines: accuracy in {@code docs/results/}
 * ({@code kernels.csv} from {@code KernelAccuracyTest}, {@code random.csv} and {@code random-vectors.csv} from
 * the randomized tests' 10^6-point run, each written by {@link AccuracyReport}), PyTorch's errors beside
 * {@code compare_pytorch.py}, and the benchmarks' CSVs in {@code benchmarks/results/} (PyTorch's kernel times from
 * {@code benchmarks/pytorch_kernels.py} among them; the scaling runs in {@code benchmarks/results/scaling/}; the
 * streaming states' costs, {@code jmh-states.csv}).
 */
record Results(List<String> kernels, List<String> pytorch, List<String> random, List<String> randomVectors,
               List<String> spark, List<String> jmh, List<String> jmhScalar, List<String> pytorchKernels,
               List<List<String>> scaling, List<String> states) {

    static Results load(Path root) {
        return new Results(read(root.resolve("docs/results/kernels.csv")),
                read(root.resolve("core/src/test/python/pytorch_accuracy.csv")),
                read(root.resolve("docs/results/random.csv")), read(root.resolve("docs/results/random-vectors.csv")),
                read(root.resolve("benchmarks/results/spark-20M.csv")), read(root.resolve("benchmarks/results/jmh-kernels.csv")),
                read(root.resolve("benchmarks/results/jmh-kernels-scalar.csv")),
                read(root.resolve("benchmarks/results/pytorch-kernels.csv")),
                readAll(root.resolve("benchmarks/results/scaling")), read(root.resolve("benchmarks/results/jmh-states.csv")));
    }

    /** Every CSV in {@code dir}, by file name. */
    private static List<List<String>> readAll(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().map(Results::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One line of what was measured for the SQL function {@code name}: its worst error at random points over its
     * forms, and over its mpmath tables.
     */
    String accuracyOf(String name) {
        Worst atRandom = worst(random, name);
        Worst onTables = worst(kernels, name);
        if (atRandom.count == 0 && onTables.count == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (atRandom.count > 0) {
            sb.append(String.format(Locale.ROOT, "worst %s ulp at %,d random points per form (%d form%s)", atRandom.ulp,
                    Long.parseLong(atRandom.row[1]), atRandom.count, atRandom.count == 1 ? "" : "s"));
        }
        if (onTables.count > 0) {
            sb.append(sb.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT,
                    "worst %s ulp on %d mpmath table%s of %,d points", onTables.ulp, onTables.count,
                    onTables.count == 1 ? "" : "s", Long.parseLong(onTables.row[1])));
        }
        return sb.toString();
    }

    /** The same for a vector function, over its shapes' cases ({@code array.softmax}, {@code window.softmax}). */
    String vectorAccuracyOf(String name) {
        String worst = null;
        int count = 0;
        long elements = Long.MAX_VALUE;
        for (String line : randomVectors.subList(1, randomVectors.size())) {
            String[] cols = line.split(",");
            if (cols[0].substring(cols[0].indexOf('.') + 1).equals(name)) {
                count++;
                elements = Math.min(elements, Long.parseLong(cols[2]));
                worst = worst == null || Double.parseDouble(cols[3]) > Double.parseDouble(worst) ? cols[3] : worst;
            }
        }
        return count == 0 ? "" : String.format(Locale.ROOT,
                "worst %s ulp per element over %d shape%s, at least %,d elements each at random", worst, count,
                count == 1 ? "" : "s", elements);
    }

    private record Worst(int count, String ulp, String[] row) {
    }

    /** The row with the largest error (column 2) among rows named {@code name}, {@code name.form} or {@code name@...}. */
    private static Worst worst(List<String> csv, String name) {
        int count = 0;
        String[] worst = null;
        for (String line : csv.subList(1, csv.size())) {
            String[] cols = line.split(",");
            if (cols[0].split("[.@]")[0].equals(name)) {
                count++;
                if (worst == null || Double.parseDouble(cols[2]) > Double.parseDouble(worst[2])) {
                    worst = cols;
                }
            }
        }
        return new Worst(count, worst == null ? null : worst[2], worst);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
