package io.github.sparkactivations.core.vector;

/**
 * Streaming, mergeable log-sum-exp in O(1) memory: the running maximum {@code m} and the
 * compensated sum {@code s + c} of {@code exp(x_i - m)} (the maximum itself contributing 1), rescaled
 * whenever the maximum grows. {@code log_sum_exp = m + log1p((s - 1) + c)}.
 *
 * <p>The static methods are the state's transitions, one buffer slot each, as Spark's generated
 * aggregation code calls them: {@link #scale} and {@link #term} hold the one exp an added value needs.
 * The instance methods wrap them for Java callers.
 */
public final class LogSumExpState {

    private double max = Double.NEGATIVE_INFINITY;
    private double sum;
    private double compensation;

    /** Adds one value. */
    public LogSumExpState add(double x) {
        double r = scale(max, x);
        double v = term(max, x);
        compensation = sumLow(sum, compensation, r, v);
        sum = sumHigh(sum, r, v);
        max = maxAfterAdd(max, x);
        return this;
    }

    /** Adds another state, as if its values had been added here. */
    public LogSumExpState merge(LogSumExpState other) {
        double c = mergeLow(max, sum, compensation, other.max, other.sum, other.compensation);
        sum = mergeHigh(max, sum, other.max, other.sum);
        compensation = c;
        max = maxAfterMerge(max, other.max);
        return this;
    }

    /** {@code log(sum exp(x_i))} of the values added; NaN if none (no value at all, unlike -inf). */
    public double value() {
        return value(max, sum, compensation);
    }

    /** The largest value added so far. */
    double maxValue() {
        return max;
    }

    /** {@code log_sum_exp - max}, kept apart from the maximum for callers that subtract it again. */
    double log1pPart() {
        return log1pPart(sum, compensation);
    }

    /** {@code log_sum_exp - max = log1p((s - 1) + c)} of a state. */
    public static double log1pPart(double s, double c) {
        return Math.log1p((s - 1) + c);
    }

    /** The new maximum: NaN stays. */
    public static double maxAfterAdd(double m, double x) {
        return m != m || x != x || x > m ? (m != m ? m : x) : m;
    }

    /** The factor that rescales the sum to a new maximum: {@code exp(m - x)} if x > m, else 1. */
    public static double scale(double m, double x) {
        if (x > m) {
            return m == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(m - x);
        }
        return 1.0;
    }

    /** The term x adds, relative to the new maximum: 1 if x is the maximum, else {@code exp(x - m)}. */
    public static double term(double m, double x) {
        if (x >= m) {
            return 1.0;
        }
        return Math.exp(x - m);
    }

    /** The sum after adding: {@code s * r + v}, rounded. */
    public static double sumHigh(double s, double r, double v) {
        return s * r + v;
    }

    /** The compensation after adding: what {@link #sumHigh} rounded away, plus the old one rescaled. */
    public static double sumLow(double s, double c, double r, double v) {
        double p = s * r;
        return c * r + Math.fma(s, r, -p) + twoSumError(p, v, p + v);
    }

    /** The maximum after merging two states: NaN stays. */
    public static double maxAfterMerge(double m1, double m2) {
        return m1 != m1 ? m1 : m2 != m2 ? m2 : Math.max(m1, m2);
    }

    /** The sum after merging two states. */
    public static double mergeHigh(double m1, double s1, double m2, double s2) {
        double m = Math.max(m1, m2);
        return s1 * factor(m1, m) + s2 * factor(m2, m);
    }

    /** The compensation after merging two states. */
    public static double mergeLow(double m1, double s1, double c1, double m2, double s2, double c2) {
        double m = Math.max(m1, m2);
        double f1 = factor(m1, m);
        double f2 = factor(m2, m);
        double p1 = s1 * f1;
        double p2 = s2 * f2;
        double h = p1 + p2;
        return c1 * f1 + c2 * f2 + Math.fma(s1, f1, -p1) + Math.fma(s2, f2, -p2) + twoSumError(p1, p2, h);
    }

    /** {@code m + log1p((s - 1) + c)}; NaN for no values; m itself when it is infinite. */
    public static double value(double m, double s, double c) {
        if (s == 0 && m == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (m != m || Double.isInfinite(m)) {
            return m;
        }
        return m + Math.log1p((s - 1) + c);
    }

    private static double factor(double mi, double m) {
        return mi == m ? 1.0 : mi == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(mi - m);
    }

    private static double twoSumError(double a, double b, double s) {
        return Exponentials.twoSumError(a, b, s);
    }
}
