package io.github.sparkactivations.tools;

import io.github.sparkactivations.testing.ReportRow;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/**
 * Runs core's accuracy tests (every {@code *AccuracyTest}, through the JUnit launcher, on the class path that
 * {@code bin/activations-accuracy} builds) and writes the rows they publish ({@link ReportRow}) to
 * {@code docs/results/}: a row replaces the committed row of the same key, the others stay, so a run of some
 * forms ({@code -Daccuracy.only}) updates theirs only. The tests assert their bounds as in CI; this writes what they
 * measured. Exits 1, after writing, when a test failed. The arguments are {@code key=value} system properties:
 * {@code accuracy.samples}, {@code accuracy.vectors}, {@code accuracy.seed}, {@code accuracy.only}.
 */
public final class AccuracyReport {

    private AccuracyReport() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0], "docs", "results");
        for (int i = 1; i < args.length; i++) {
            String[] property = args[i].split("=", 2);
            System.setProperty(property[0], property[1]);
        }
        RowCollector rows = new RowCollector();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("io.github.sparkactivations.core"))
                .filters(includeClassNamePatterns(".*AccuracyTest"))
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, rows, summary);
        for (Map.Entry<String, List<ReportRow>> report : rows.byReport.entrySet()) {
            write(results.resolve(report.getKey()), report.getValue());
        }
        summary.getSummary().printTo(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        if (summary.getSummary().getTotalFailureCount() > 0) {
            summary.getSummary().printFailuresTo(new PrintWriter(System.err, true, StandardCharsets.UTF_8), 20);
            System.exit(1);
        }
    }

    /** The rows the tests published, by report file. */
    private static final class RowCollector implements TestExecutionListener {
        private final Map<String, List<ReportRow>> byReport = new TreeMap<>();

        @Override
        public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            ReportRow.of(entry.getKeyValuePairs())
                    .ifPresent(row -> byReport.computeIfAbsent(row.report(), r -> new ArrayList<>()).add(row));
        }
    }

    /** The committed file's rows with {@code rows} in place of those of the same key, sorted by key. */
    private static void write(Path file, List<ReportRow> rows) throws IOException {
        Map<String, String> lines = new TreeMap<>();
        if (Files.exists(file)) {
            List<String> committed = Files.readAllLines(file);
            for (String line : committed.subList(1, committed.size())) {
                lines.put(line.substring(0, line.indexOf(',')), line);
            }
        }
        rows.forEach(row -> lines.put(row.key(), row.row()));
        Files.writeString(file, rows.get(0).header() + "\n" + String.join("\n", lines.values()) + "\n");
        System.out.printf("%s: %d rows measured, %d in the file%n", file, rows.size(), lines.size());
    }
}
