package io.github.sparkactivations.testing;

import org.junit.jupiter.api.TestReporter;

import java.util.Map;
import java.util.Optional;

/**
 * One measured row of a report in {@code docs/results/} ({@code kernels.csv}, {@code random.csv},
 * {@code random-vectors.csv}): a test publishes it through JUnit's {@link TestReporter} beside its assertion, and
 * the accuracy tool ({@code bin/activations-accuracy}) collects the rows and writes the files. Tests write no files.
 *
 * @param report the file's name, such as {@code random.csv}
 * @param header the file's first line, its column names
 * @param row the CSV line, keyed by its first column
 */
public record ReportRow(String report, String header, String row) {

    private static final String REPORT = "report";
    private static final String HEADER = "header";
    private static final String ROW = "row";

    /** The first column: what the row measured (a table, a form, a shape's case). */
    public String key() {
        return row.substring(0, row.indexOf(','));
    }

    /** Publishes this row as a report entry of the running test. */
    public void publish(TestReporter reporter) {
        reporter.publishEntry(Map.of(REPORT, report, HEADER, header, ROW, row));
    }

    /** The row a report entry carries, if it is one. */
    public static Optional<ReportRow> of(Map<String, String> entry) {
        return entry.containsKey(REPORT) && entry.containsKey(ROW)
                ? Optional.of(new ReportRow(entry.get(REPORT), entry.get(HEADER), entry.get(ROW)))
                : Optional.empty();
    }
}
