package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.core.internal.DoubleDouble;
import io.github.sparkactivations.core.internal.ExpDD;
import io.github.sparkactivations.core.internal.Log1pDD;
import io.github.sparkactivations.core.internal.Sums;

/**
 * Streaming, mergeable log-sum-exp in O(1) memory: the running maximum {@code m} and the compensated
 * sum {@code t + c} of {@code exp(x_i - m)} over every value but the maximum, which contributes an
 * implicit 1, so that {@code log_sum_exp = m + log1p(t + c)} keeps full precision when one value
 * dominates. The sums are rescaled whenever the maximum grows. An empty state has {@code t = -1}:
 * its sum {@code 1 + t} is 0.
 *
 * <p>Where the maximum is in [-64, 0) the result {@code m + log1p(t)} may cancel (log1p(t) is below
 * log(count) &lt; 44): there every exp's own rounding is carried too, in double-double ({@link ExpDD}),
 * into the compensation (17 ulps at a result of -0.003 without it, measured), until the running
 * {@code m + log(1 + t)} is at least 1: the sum only grows, so from there the result is at least 1 and
 * a term's rounding moves it by under an ulp. Nor does a term carry while the state's sum
 * {@code exp(m) (1 + t)} is below e^-46 (rescalings still do): all such terms of a state sum to under
 * 2 e^-46, their roundings (each under 2^-52 of the term) to under 2^-117: about 2^-100 of any sum whose result
 * may cancel (at least e^-1) even when 2^16 partial states merge. How much a state carries is its {@link Carry}.
 *
 * <p>The static methods are the state's transitions, one buffer slot each, as the catalog declares them for
 * Spark's aggregates ({@code RowStates}): {@link #scale} and {@link #term} hold the one exp an added value needs,
 * shared by the others' and the compensation's steps. The instance methods wrap them for Java callers.
 */
public final class LogSumExpState {

    /** The lowest maximum whose result may cancel, and the smallest term whose low part counts. */
    private static final double CANCELS_FROM = -64;
    /** Below this log of a state's sum, a term's rounding is negligible to any result that may cancel. */
    private static final double NEGLIGIBLE_BELOW = -46;
    private static final double LN2 = 0.6931471805599453;

    /** Which terms' exp roundings a state carries into its compensation. */
    public enum Carry {
        /**
         * None: for a state whose result is a sum of nonnegative parts, such as {@code softmax_loss}'s
         * {@code g + w log1p(t)}, where each term's relative rounding moves the result by as much, relatively; and
         * for the window's softmax and log_softmax, a quotient and a same-signed sum of its parts.
         */
        NONE,
        /** Where {@code log_sum_exp = m + log1p(t)} may cancel: a maximum in [-64, 0), a running value below 1. */
        WHERE_IT_CANCELS,
        /** Every term's: {@code 1 + t + c} good to 2^-100 at any maximum, for a window's {@code p w - y}. */
        ALL
    }

    private final Carry carry;
    private double max = Double.NEGATIVE_INFINITY;
    private double others = -1;
    private double compensation;

    /** An empty state that carries exp's roundings only where its result may cancel. */
    public LogSumExpState() {
        this(Carry.WHERE_IT_CANCELS);
    }

    /** An empty state carrying the exp roundings {@code carry} says. */
    public LogSumExpState(Carry carry) {
        this.carry = carry;
    }

    /** Adds one value. */
    public LogSumExpState add(double x) {
        double r = scale(max, x);
        double v = term(max, x);
        compensation = othersLow(others, compensation, r, scaleLow(max, others, x, r, carry), v,
                termLow(max, others, x, v, carry));
        others = othersHigh(others, r, v);
        max = maxAfterAdd(max, x);
        return this;
    }

    /** Adds another state, as if its values had been added here. */
    public LogSumExpState merge(LogSumExpState other) {
        double c = mergeLow(max, others, compensation, other.max, other.others, other.compensation, carry);
        others = mergeHigh(max, others, other.max, other.others);
        compensation = c;
        max = maxAfterMerge(max, other.max);
        return this;
    }

    /** {@code log(sum exp(x_i))} of the values added; NaN if none (no value at all, unlike -inf). */
    public double value() {
        return value(max, others, compensation);
    }

    /** The largest value added so far: the first slot. */
    public double maxValue() {
        return max;
    }

    /** The sum of {@code exp(x_i - max)} over the values but the maximum, and its compensation: the other slots. */
    public double others() {
        return others;
    }

    public double compensation() {
        return compensation;
    }

    /** {@code log_sum_exp - max}, kept apart from the maximum for callers that subtract it again. */
    double log1pPart() {
        return log1pPart(others, compensation);
    }

    /** {@code log_sum_exp - max = log1p(t + c)} of a state. */
    public static double log1pPart(double t, double c) {
        return Math.log1p(t + c);
    }

    /** The new maximum: NaN stays. */
    public static double maxAfterAdd(double m, double x) {
        return m != m || x != x || x > m ? (m != m ? m : x) : m;
    }

    /**
     * Rescales the old sum {@code 1 + t} when x is a new maximum: {@code exp(m - x)} (which may be 0);
     * -1, an impossible factor, when x is not a new maximum.
     */
    public static double scale(double m, double x) {
        if (x > m) {
            return m == Double.NEGATIVE_INFINITY ? 0.0 : exp(m, x);
        }
        return -1.0;
    }

    /** The term x adds to the others: {@code exp(x - m)} (1 for a tie); 0 for a new maximum. */
    public static double term(double m, double x) {
        if (x > m) {
            return 0.0;
        }
        return x == m ? 1.0 : exp(x, m);
    }

    /**
     * What {@link #scale} rounded away, {@code exp(m - x) - r}, where {@code carry} takes it (the state before x:
     * maximum m, others t; the new maximum x); else 0.
     */
    public static double scaleLow(double m, double t, double x, double r, Carry carry) {
        return r > 0 && carries(carry, x, m, t, Double.NEGATIVE_INFINITY) ? expLow(m, x, r) : 0.0;
    }

    /** What {@link #term} rounded away, {@code exp(x - m) - v}, where {@code carry} takes it; else 0. */
    public static double termLow(double m, double t, double x, double v, Carry carry) {
        return x < m && carries(carry, m, m, t, NEGLIGIBLE_BELOW) ? expLow(x, m, v) : 0.0;
    }

    /**
     * Whether a term below maximum {@code b} carries its exp's rounding, in a state of maximum m and others t
     * before the row: always for {@link Carry#ALL}; for {@link Carry#WHERE_IT_CANCELS} while b is in [-64, 0),
     * {@code m + log(1 + t)} may be below 1 and is not below {@code negligibleBelow} (both tested on the exponent
     * e of {@code 1 + t}: {@code e ln2} a bound from below, {@code (e + 1) ln2} from above). The rescalings and merges
     * pass -inf: their roundings scale whole sums.
     */
    private static boolean carries(Carry carry, double b, double m, double t, double negligibleBelow) {
        return switch (carry) {
            case NONE -> false;
            case ALL -> true;
            case WHERE_IT_CANCELS -> {
                int e = Math.getExponent(1 + t);
                yield b >= CANCELS_FROM && b < 0 && !(e * LN2 >= 1 - m) && !(m + (e + 1) * LN2 < negligibleBelow);
            }
        };
    }

    /**
     * {@code exp(a - b)}, the rounding of the difference carried into it: exp magnifies it by |a - b|,
     * which reaches 700 and more (500 ulps before, measured).
     */
    private static double exp(double a, double b) {
        double d = a - b;
        double e = Math.exp(d);
        return Double.isInfinite(d) ? e : e + e * Sums.twoSumError(a, -b, d);
    }

    /**
     * {@code exp(a - b) - e}, e that exp's rounding, for a term above e^-64 (below, its low part is under
     * 2^-106 of the sum, which is at least 1); else 0.
     */
    private static double expLow(double a, double b, double e) {
        double d = a - b;
        if (!(d >= CANCELS_FROM)) {
            return 0.0;
        }
        DoubleDouble dd = ExpDD.of(d, Sums.twoSumError(a, -b, d));
        return (dd.hi() - e) + dd.lo();
    }

    /**
     * The others' sum after adding: for a new maximum the whole old sum {@code (1 + t) * r} becomes
     * "others"; else ({@code r = -1}) {@code t + v}.
     */
    public static double othersHigh(double t, double r, double v) {
        return r >= 0 ? r + t * r : t + v;
    }

    /** The compensation after adding: what {@link #othersHigh} rounded away, plus the old one rescaled. */
    public static double othersLow(double t, double c, double r, double rLo, double v, double vLo) {
        if (r >= 0) {
            double p = t * r;
            return c * r + Math.fma(t, r, -p) + Sums.twoSumError(r, p, r + p) + rLo * (1 + t);
        }
        return c + Sums.twoSumError(t, v, t + v) + vLo;
    }

    /** The maximum after merging two states: NaN stays. */
    public static double maxAfterMerge(double m1, double m2) {
        return m1 != m1 ? m1 : m2 != m2 ? m2 : Math.max(m1, m2);
    }

    /** The others' sum after merging: {@code t1 + (1 + t2) * f2} when the first state holds the maximum. */
    public static double mergeHigh(double m1, double t1, double m2, double t2) {
        if (m1 < m2) {
            return mergeHigh(m2, t2, m1, t1);
        }
        double f = factor(m2, m1);
        return t1 + (f + t2 * f);
    }

    /**
     * What {@link #factor} rounded away when a state of maximum mi merges into one of maximum m and others t,
     * where {@code carry} takes it; else 0.
     */
    static double factorLow(double mi, double m, double t, double f, Carry carry) {
        return carries(carry, m, m, t, Double.NEGATIVE_INFINITY) ? expLow(mi, m, f) : 0.0;
    }

    /** The compensation after merging two states. */
    public static double mergeLow(double m1, double t1, double c1, double m2, double t2, double c2, Carry carry) {
        if (m1 < m2) {
            return mergeLow(m2, t2, c2, m1, t1, c1, carry);
        }
        double f = factor(m2, m1);
        double fLo = factorLow(m2, m1, t1, f, carry);
        double p = t2 * f;
        double q = f + p;
        double h = t1 + q;
        return c1 + c2 * f + Math.fma(t2, f, -p) + Sums.twoSumError(f, p, q) + Sums.twoSumError(t1, q, h)
                + fLo * (1 + t2);
    }

    /** {@code m + log1p(t + c)}; NaN for no values; m itself when it is infinite or NaN. */
    public static double value(double m, double t, double c) {
        if (t == -1 && m == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (m != m || Double.isInfinite(m)) {
            return m;
        }
        return Log1pDD.plus(m, t, c);
    }

    /** {@code exp(mi - m)}: 1 for the maximum itself, 0 for an empty state's -inf. */
    static double factor(double mi, double m) {
        return mi == m ? 1.0 : mi == Double.NEGATIVE_INFINITY ? 0.0 : exp(mi, m);
    }
}
