package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.internal.Sums;

/**
 * Squareplus {@code (x + sqrt(x^2 + b)) / 2} (JAX), a smooth ReLU with algebraic tails, and its
 * derivative. The root {@code r = sqrt(x^2 + b)} is carried in double-double, and for x &lt; 0 both are
 * written without the cancellation of {@code x + r}: {@code b / (2 (r - x))} and {@code b / (2r (r - x))}.
 * A b far from 1 (beyond 2^+-500) is first scaled to near 1, {@code squareplus(x, b) = 2^j squareplus(x
 * / 2^j, b / 4^j)}, so that neither {@code x^2 + b} nor the products below leave the normal range.
 */
public final class Squareplus {

    /** Past this |x|, {@code x^2} would overflow: {@code r = |x| + b / (2|x|)} to double-double precision. */
    private static final double HUGE = 1e150;

    private Squareplus() {
    }

    /** Beyond 2^+-this, b is scaled to near 1. */
    private static final int FAR = 500;

    /** {@code squareplus(x, b) = (x + r) / 2}, for x &lt; 0 as {@code (b / 4) / ((r - x) / 2)}. */
    public static double value(double x, double b) {
        if (b == 0 || Double.isInfinite(x)) {
            return Math.max(x, 0.0);
        }
        int j = scale(b);
        if (j == 0) {
            return scaledValue(x, b);
        }
        double xs = Math.scalb(x, -j);
        if (Double.isInfinite(xs)) {
            // |x| > 2^(1024 - j) dwarfs sqrt(b): x itself, or b / (4 |x|), which underflows.
            return x > 0 ? x : b / -x * 0.25;
        }
        return Math.scalb(scaledValue(xs, Math.scalb(b, -2 * j)), j);
    }

    private static double scaledValue(double x, double b) {
        Root r = Root.of(x, b);
        if (x >= 0) {
            return 0.5 * x + 0.5 * r.hi + 0.5 * r.lo;
        }
        // Halved terms: r - x may exceed the largest double.
        double d = 0.5 * r.hi - 0.5 * x;
        double dLo = Sums.twoSumError(0.5 * r.hi, -0.5 * x, d) + 0.5 * r.lo;
        double q = 0.25 * b / d;
        return q - q * (dLo / d);
    }

    /** {@code (1 + x / r) / 2}, for x &lt; 0 as {@code b / (2r (r - x))}; 0.5 at x = 0 when b = 0. */
    public static double grad(double x, double b) {
        if (b == 0 || Double.isInfinite(x)) {
            return x > 0 ? 1.0 : x < 0 ? 0.0 : x == 0 ? 0.5 : x;
        }
        // Scale-free: grad(x, b) = grad(x / 2^j, b / 4^j).
        int j = scale(b);
        double xs = Math.scalb(x, -j);
        if (Double.isInfinite(xs)) {
            return x > 0 ? 1.0 : 0.0;
        }
        return scaledGrad(xs, Math.scalb(b, -2 * j));
    }

    private static double scaledGrad(double x, double b) {
        Root r = Root.of(x, b);
        if (x >= 0) {
            return 0.5 + 0.5 * (x / r.hi - x / r.hi * (r.lo / r.hi));
        }
        double d = r.hi - x;
        double dLo = Sums.twoSumError(r.hi, -x, d) + r.lo;
        if (d > HUGE) {
            return 0.5 * b / r.hi / d;
        }
        double m = r.hi * d;
        double mLo = Math.fma(r.hi, d, -m) + r.hi * dLo + r.lo * d;
        double q = 0.5 * b / m;
        return q - q * (mLo / m);
    }

    /** j with b / 4^j near 1 when b is beyond 2^+-{@value #FAR}, else 0. */
    private static int scale(double b) {
        int e = Underflow.exponent(b);
        return Math.abs(e) > FAR ? e / 2 : 0;
    }

    /** {@code sqrt(x^2 + b)} as the double-double {@code hi + lo}. */
    private record Root(double hi, double lo) {
        static Root of(double x, double b) {
            double a = Math.abs(x);
            if (a > HUGE) {
                return new Root(a, 0.5 * b / a);
            }
            double p = x * x;
            double s = p + b;
            double sLo = Sums.twoSumError(p, b, s) + Math.fma(x, x, -p);
            double r = Math.sqrt(s);
            return new Root(r, (Math.fma(-r, r, s) + sLo) / (2 * r));
        }
    }
}
