package io.github.sparkactivations.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The timings of one variant of one case, in nanoseconds per row. */
final class Measurement {

    final String caseName;
    final String variant;
    final long rows;
    private final List<Double> nsPerRow = new ArrayList<>();

    Measurement(String caseName, String variant, long rows) {
        this.caseName = caseName;
        this.variant = variant;
        this.rows = rows;
    }

    void add(long nanos) {
        nsPerRow.add((double) nanos / rows);
    }

    double median() {
        List<Double> sorted = nsPerRow.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return nsPerRow.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }
}
