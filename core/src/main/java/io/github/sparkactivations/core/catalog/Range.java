package io.github.sparkactivations.core.catalog;

/**
 * The values a numeric parameter accepts: an interval whose ends may be open or closed, optionally
 * without 0 (softplus's beta divides). NaN is never accepted.
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive, boolean excludesZero)
        implements java.io.Serializable {

    /** Every finite double. */
    public static final Range FINITE = new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, false);

    /** Every finite double but 0. */
    public static final Range NONZERO = new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, true);

    /** {@code [min, +inf)}. */
    public static Range atLeast(double min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, false, false);
    }

    /** {@code (min, +inf)}. */
    public static Range above(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false, false);
    }

    public boolean contains(double v) {
        boolean aboveMin = minInclusive ? v >= min : v > min;
        boolean belowMax = maxInclusive ? v <= max : v < max;
        return aboveMin && belowMax && !(excludesZero && v == 0);
    }

    /** The message for a value outside: {@code "f: p = v is outside its allowed range (0.0, inf)"}, or empty. */
    public java.util.Optional<String> violation(String function, String parameter, double value) {
        return contains(value) ? java.util.Optional.empty()
                : java.util.Optional.of(function + ": " + parameter + " = " + value + " is outside its allowed range " + this);
    }

    /** Interval notation, such as {@code (0.0, inf)}. */
    @Override
    public String toString() {
        String interval = (minInclusive ? "[" : "(") + bound(min) + ", " + bound(max) + (maxInclusive ? "]" : ")");
        return excludesZero ? interval + " except 0" : interval;
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Double.toString(v);
    }
}
