package io.github.sparkactivations.core.internal;

import java.util.Arrays;

/**
 * The exact sum of doubles, kept as non-overlapping partials (Shewchuk's algorithm, as Python's
 * {@code math.fsum}), and its correct rounding: for a result that is a short sum of doubles whose
 * digits must all count, such as sparsemax's threshold, where the terms cancel to any depth.
 */
public final class ExactSum {

    private double[] partials = new double[8];
    private int count;

    /** Adds x exactly. */
    public ExactSum add(double x) {
        int kept = 0;
        for (int j = 0; j < count; j++) {
            double y = partials[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0) {
                partials[kept++] = lo;
            }
            x = hi;
        }
        if (kept == partials.length) {
            partials = Arrays.copyOf(partials, 2 * kept);
        }
        partials[kept++] = x;
        count = kept;
        return this;
    }

    /** Adds {@code a * b} exactly (its rounded product and the product's error). */
    public ExactSum addProduct(double a, double b) {
        double p = a * b;
        return add(p).add(Math.fma(a, b, -p));
    }

    /** Adds every partial of {@code other}, times -1 if {@code negate}. */
    public ExactSum add(ExactSum other, boolean negate) {
        for (int j = 0; j < other.count; j++) {
            add(negate ? -other.partials[j] : other.partials[j]);
        }
        return this;
    }

    /** A copy, to extend without changing this one. */
    public ExactSum copy() {
        ExactSum c = new ExactSum();
        c.partials = Arrays.copyOf(partials, Math.max(8, count));
        c.count = count;
        return c;
    }

    /** The exact sum rounded once to the nearest double (ties to even); its sign is the exact sum's. */
    public double value() {
        if (count == 0) {
            return 0.0;
        }
        int n = count;
        double hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0) {
                break;
            }
        }
        // Halfway between two doubles, the partials below decide the direction.
        if (n > 0 && (lo < 0 && partials[n - 1] < 0 || lo > 0 && partials[n - 1] > 0)) {
            double y = lo * 2;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }
}
