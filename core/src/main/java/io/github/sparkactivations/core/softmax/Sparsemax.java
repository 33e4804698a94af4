package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.core.internal.ExactSum;
import io.github.sparkactivations.core.internal.Sums;

import java.util.Arrays;

/**
 * Sparsemax (Martins and Astudillo 2016): the Euclidean projection of the logits onto the probability
 * simplex, {@code p_i = max(z_i - tau, 0)} with tau such that the p sum to 1; unlike softmax, a
 * logit more than 1 below the largest gets exactly 0.
 *
 * <p>Exact by construction: with {@code y_i = z_i - max} (a double-double, exact by TwoSum) the support
 * is the largest K of the sorted y with {@code 1 + K y_(K) > sum_{j <= K} y_(j)}, decided on the exact
 * sum ({@link ExactSum}), and each {@code p_i = (1 + K y_i - sum_{j <= K} y_(j)) / K} is that exact
 * numerator, in double-double, divided by K and rounded once: within about half an ulp however near
 * a logit sits to the threshold.
 * Only logits within 1 of the largest can be in the support (each p is at most 1), so their y are
 * small and exact. Limits as softmax: +inf logits share the probability, all -inf or a NaN gives NaN.
 */
public final class Sparsemax {

    private Sparsemax() {
    }

    /** {@code out[outFrom + i] = sparsemax(x[from .. from + length))_i}. */
    public static void of(double[] x, int from, int length, double[] out, int outFrom) {
        double max = Double.NEGATIVE_INFINITY;
        int infinite = 0;
        for (int i = 0; i < length; i++) {
            double v = x[from + i];
            if (v != v) {
                Arrays.fill(out, outFrom, outFrom + length, Double.NaN);
                return;
            }
            infinite += v == Double.POSITIVE_INFINITY ? 1 : 0;
            max = Math.max(max, v);
        }
        if (infinite > 0 || max == Double.NEGATIVE_INFINITY) {
            for (int i = 0; i < length; i++) {
                out[outFrom + i] = infinite == 0 ? Double.NaN : x[from + i] == Double.POSITIVE_INFINITY ? 1.0 / infinite : 0.0;
            }
            return;
        }
        // The candidates, y_i > -1, in decreasing order of their logits.
        double[] sorted = new double[length];
        int k = 0;
        for (int i = 0; i < length; i++) {
            if (withinOne(x[from + i], max)) {
                sorted[k++] = x[from + i];
            }
        }
        Arrays.sort(sorted, 0, k);
        ExactSum sum = new ExactSum();
        ExactSum support = new ExactSum();
        int size = 0;
        for (int j = 1; j <= k; j++) {
            double z = sorted[k - j];
            addY(sum, z, max, 1);
            ExactSum test = new ExactSum().add(1.0);
            addY(test, z, max, j);
            if (test.add(sum, true).value() > 0) {
                size = j;
                support = sum.copy();
            }
        }
        for (int i = 0; i < length; i++) {
            double z = x[from + i];
            if (!withinOne(z, max)) {
                out[outFrom + i] = 0.0;
                continue;
            }
            ExactSum numerator = new ExactSum().add(1.0);
            addY(numerator, z, max, size);
            numerator.add(support, true);
            double n = numerator.value();
            if (!(n > 0)) {
                out[outFrom + i] = 0.0;
                continue;
            }
            // n + nLo is the exact numerator to 2^-106; the quotient by K with its remainder, rounded once.
            double nLo = numerator.add(-n).value();
            double q = n / size;
            out[outFrom + i] = q + (Math.fma(-q, size, n) + nLo) / size;
        }
    }

    /**
     * The upstream gradient {@code v} carried back through sparsemax, {@code J^T v}: {@code v_i - mean(v over the
     * support)} where {@code sparsemax(x)_i > 0}, 0 elsewhere (J is symmetric). Each element is the exact
     * {@code (K v_i - sum_support v) / K} rounded about once ({@link ExactSum}), however near v_i is to the mean.
     * NaN where sparsemax is NaN or a supported v is; infinite v give their limits (NaN where they do not exist).
     */
    public static double[] grad(double[] x, double[] v) {
        int n = x.length;
        double[] p = new double[n];
        of(x, 0, n, p, 0);
        double[] out = new double[n];
        int size = 0;
        int positive = 0;
        int negative = 0;
        boolean nan = false;
        double largest = 0;
        for (int i = 0; i < n; i++) {
            if (p[i] != p[i]) {
                Arrays.fill(out, Double.NaN);
                return out;
            }
            if (p[i] > 0) {
                size++;
                nan |= v[i] != v[i];
                positive += v[i] == Double.POSITIVE_INFINITY ? 1 : 0;
                negative += v[i] == Double.NEGATIVE_INFINITY ? 1 : 0;
                largest = Math.max(largest, Math.abs(v[i]));
            }
        }
        // K v_i overflows only for v_i past 2^1000 at most: such v are scaled down by an exact power of two.
        double scale = largest > 0x1p1000 ? 0x1p-64 : 1;
        ExactSum sum = new ExactSum();
        for (int i = 0; i < n; i++) {
            if (p[i] > 0 && Double.isFinite(v[i])) {
                sum.add(v[i] * scale);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!(p[i] > 0)) {
                continue;
            }
            if (nan || positive > 0 && negative > 0) {
                out[i] = Double.NaN;
            } else if (positive + negative > 0) {
                double sign = positive > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                out[i] = !Double.isInfinite(v[i]) ? -sign : positive + negative == size ? Double.NaN : sign;
            } else {
                ExactSum numerator = new ExactSum().addProduct(size, v[i] * scale).add(sum, true);
                double m = numerator.value();
                double mLo = numerator.add(-m).value();
                double q = m / size;
                out[i] = (q + (Math.fma(-q, size, m) + mLo) / size) / scale;
            }
        }
        return out;
    }

    /** Whether {@code z - max > -1}, exactly. */
    private static boolean withinOne(double z, double max) {
        double d = z - max;
        return d > -1 || d == -1 && Sums.twoSumError(z, -max, d) > 0;
    }

    /** Adds {@code times * (z - max)} exactly: the difference as TwoSum's two parts, each product exactly. */
    private static void addY(ExactSum sum, double z, double max, int times) {
        double d = z - max;
        sum.addProduct(times, d).addProduct(times, Sums.twoSumError(z, -max, d));
    }
}
