package io.github.sparkactivations.core.catalog;

/** The values a numeric parameter accepts: an interval whose ends may be open, closed or infinite. */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

    /** Every double, NaN excluded. */
    public static final Range ANY = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

    /** {@code [min, +inf)}. */
    public static Range atLeast(double min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, true);
    }

    /** {@code (min, +inf)}. */
    public static Range above(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, true);
    }

    public boolean contains(double v) {
        boolean aboveMin = minInclusive ? v >= min : v > min;
        boolean belowMax = maxInclusive ? v <= max : v < max;
        return aboveMin && belowMax;
    }

    /** Interval notation, such as {@code (0.0, inf)}. */
    @Override
    public String toString() {
        return (minInclusive ? "[" : "(") + bound(min) + ", " + bound(max) + (maxInclusive ? "]" : ")");
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Double.toString(v);
    }
}
