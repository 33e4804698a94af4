package io.github.sparkactivations.testing;

import java.math.BigDecimal;
import java.math.MathContext;

/** Error of a double result in ulps of the exact value rounded to double, and distances between doubles. */
public final class Ulps {

    private Ulps() {
    }

    /**
     * {@code |got - exact| / ulp(round(exact))}; 0 when the exact value overflows and got is that
     * infinity, infinite when got is NaN or a wrong infinity.
     */
    public static double error(double got, BigDecimal exact) {
        double rounded = exact.doubleValue();
        if (Double.isInfinite(rounded) || Double.isInfinite(got) || got != got) {
            return got == rounded ? 0 : Double.POSITIVE_INFINITY;
        }
        return distance(new BigDecimal(got), exact);
    }

    /** {@link #error} against a reference table's value: a decimal, or {@code nan}, {@code inf}, {@code -inf}. */
    public static double error(double got, String tableValue) {
        return switch (tableValue) {
            case "nan" -> got != got ? 0 : Double.POSITIVE_INFINITY;
            case "inf" -> got == Double.POSITIVE_INFINITY ? 0 : Double.POSITIVE_INFINITY;
            case "-inf" -> got == Double.NEGATIVE_INFINITY ? 0 : Double.POSITIVE_INFINITY;
            default -> error(got, new BigDecimal(tableValue));
        };
    }

    /**
     * {@link #error}, but in ulps of {@code floor} where the exact value is smaller: for a result that is
     * the cancelling difference of terms of about floor's size.
     */
    public static double error(double got, BigDecimal exact, double floor) {
        if (!(exact.abs().doubleValue() < floor) || Double.isInfinite(got) || got != got) {
            return error(got, exact);
        }
        return new BigDecimal(got).subtract(exact, MathContext.DECIMAL128).abs()
                .divide(new BigDecimal(Math.ulp(floor)), MathContext.DECIMAL64).doubleValue();
    }

    /** {@code |a - exact|} in ulps of the exact value rounded to double (a finite one). */
    public static double distance(BigDecimal a, BigDecimal exact) {
        // Rounded, the difference skips the alignment of a tiny exact value to a's scale (10^-50000 apart).
        return a.subtract(exact, MathContext.DECIMAL128).abs()
                .divide(new BigDecimal(Math.ulp(exact.doubleValue())), MathContext.DECIMAL64).doubleValue();
    }

    /** |a - b| in ulps of the larger magnitude; 0 when equal (infinities and NaN included). */
    public static double between(double a, double b) {
        return a == b || Double.isNaN(a) && Double.isNaN(b) ? 0 : Math.abs(a - b) / Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
    }
}
