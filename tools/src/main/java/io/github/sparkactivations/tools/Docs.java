package io.github.sparkactivations.tools;

import io.github.sparkactivations.shell.plot.Chart;
import io.github.sparkactivations.shell.plot.SvgSeries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every generated file, from the catalog, the kernels and the committed results ({@link Results}): the README's
 * and the docs' tables, {@code docs/functions.md}, the plots in {@code docs/plots/}, and the Java Column API
 * ({@link ColumnApiSource}). {@link #main} rewrites
 * them ({@code bin/activations-docs}); {@code DocsAreCurrentTest} fails when a committed one differs.
 */
public final class Docs {

    private Docs() {
    }

    /** Each generated text file, by its path under {@code root}, with the content it should have. */
    public static Map<Path, String> textFiles(Path root) throws IOException {
        Results r = Results.load(root);
        Map<Path, String> files = new LinkedHashMap<>();
        String readme = Files.readString(root.resolve("README.md"));
        readme = Tables.replace(readme, "function-names", Tables.functionNames());
        files.put(Path.of("README.md"), Tables.replace(readme, "accuracy-summary", Tables.accuracySummary(r)));
        files.put(Path.of("docs", "functions.md"), FunctionReference.markdown(r));
        String accuracy = Files.readString(root.resolve("docs/accuracy.md"));
        accuracy = Tables.replace(accuracy, "random-accuracy", Tables.randomAccuracyTable(r.random(), r.randomVectors()));
        files.put(Path.of("docs", "accuracy.md"), Tables.replace(accuracy, "accuracy", Tables.accuracyTable(r.kernels(), r.pytorch())));
        String performance = Files.readString(root.resolve("docs/performance.md"));
        performance = Tables.replace(performance, "performance", Tables.performanceTable(r.spark()));
        performance = Tables.replace(performance, "scaling", Tables.scalingTable(r.scaling()));
        performance = Tables.replace(performance, "states", Tables.stateTable(r.states()));
        files.put(Path.of("docs", "performance.md"), Tables.replace(performance, "kernel-performance",
                Tables.kernelTable(r.jmh(), r.jmhScalar(), r.pytorchKernels())));
        files.put(ColumnApiSource.FILE, ColumnApiSource.source());
        return files;
    }

    /** Each plot, by its path under the repository root. */
    public static Map<Path, Chart> plots() {
        Map<Path, Chart> plots = new LinkedHashMap<>();
        Plots.all().forEach((name, chart) -> plots.put(Path.of("docs", "plots", name), chart));
        return plots;
    }

    /**
     * Rewrites every generated file under {@code args[0]} (the repository root; default the working directory).
     * A plot is rewritten only when what it draws changed (its SVG bytes differ at every write), and plots no
     * longer generated are deleted.
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        int written = 0;
        for (Map.Entry<Path, String> e : textFiles(root).entrySet()) {
            Path file = root.resolve(e.getKey());
            if (!Files.exists(file) || !Files.readString(file).equals(e.getValue())) {
                Files.writeString(file, e.getValue());
                written++;
            }
        }
        Map<Path, Chart> plots = plots();
        Files.createDirectories(root.resolve("docs/plots"));
        for (Map.Entry<Path, Chart> e : plots.entrySet()) {
            Path file = root.resolve(e.getKey());
            String svg = e.getValue().svg();
            if (!Files.exists(file) || !SvgSeries.samePoints(Files.readString(file), svg)) {
                Files.writeString(file, svg);
                written++;
            }
        }
        try (Stream<Path> existing = Files.list(root.resolve("docs/plots"))) {
            for (Path p : existing.toList()) {
                if (!plots.containsKey(root.relativize(p).normalize()) && !plots.containsKey(Path.of("docs", "plots",
                        p.getFileName().toString()))) {
                    Files.delete(p);
                    written++;
                }
            }
        }
        System.out.println("activations-docs: " + written + " file(s) changed of " + (plots.size() + 5));
    }
}
