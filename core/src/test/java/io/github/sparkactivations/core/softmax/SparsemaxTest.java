package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.core.exact.Draws;
import io.github.sparkactivations.testing.Ulps;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sparsemax against its exact value, from rational arithmetic on the input doubles (the result is
 * piecewise linear in them): support, threshold and every probability within 1 ulp, at random
 * vectors of every kind and at near-ties with the threshold; the edges as softmax's.
 */
class SparsemaxTest {

    private static final MathContext DIGITS = new MathContext(40);

    @Test
    void everyElementIsWithinOneUlpAtRandomVectors() {
        SplittableRandom random = new SplittableRandom(Draws.seed() ^ 0x5A5A);
        int vectors = Integer.getInteger("accuracy.vectors", 200) * 10;
        List<double[]> drawn = Stream.generate(() -> vector(random)).limit(vectors).toList();
        // drawn in order (seeded), checked in parallel: the exact sums of values of any magnitude take most of the time
        double worst = drawn.parallelStream().mapToDouble(SparsemaxTest::check).max().orElseThrow();
        System.out.printf("SparsemaxTest: %d vectors, max %.3f ulp%n", vectors, worst);
    }

    @Test
    void nearTiesWithTheThresholdAreExact() {
        for (int e = 1; e <= 52; e++) {
            double eps = Math.scalb(1.0, -e);
            check(new double[] {0, -1 + eps});
            check(new double[] {0.25, -0.75 + eps, 0.25 - eps, -3});
            check(new double[] {1e300, 1e300, Math.nextDown(1e300)});
            check(new double[] {5, 5 - eps, 5 - 2 * eps, 4 + eps, 4});
        }
        check(new double[] {Double.MIN_VALUE, 0, -Double.MIN_VALUE});
        check(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE});
    }

    @Test
    void edgesAreSoftmaxs() {
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, of(1, Double.NaN));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, of(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertArrayEquals(new double[] {0.5, 0, 0.5}, of(Double.POSITIVE_INFINITY, 3, Double.POSITIVE_INFINITY));
        assertArrayEquals(new double[] {1, 0}, of(7, Double.NEGATIVE_INFINITY));
        assertArrayEquals(new double[] {1}, of(-1e300));
        assertArrayEquals(new double[] {}, of());
    }

    private static double[] of(double... x) {
        double[] out = new double[x.length];
        Sparsemax.of(x, 0, x.length, out, 0);
        return out;
    }

    /** Checks one vector at 1 ulp (also from an offset slice); returns the worst error. */
    private static double check(double[] x) {
        double[] got = new double[x.length + 3];
        double[] padded = new double[x.length + 2];
        System.arraycopy(x, 0, padded, 2, x.length);
        Sparsemax.of(padded, 2, x.length, got, 3);
        BigDecimal[] want = exact(x);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double e = Ulps.error(got[3 + i], want[i]);
            assertTrue(e <= 1, "sparsemax(" + Arrays.toString(x) + ")[" + i + "] = " + got[3 + i] + ", want "
                    + want[i].round(MathContext.DECIMAL64) + ": " + e + " ulps");
            worst = Math.max(worst, e);
        }
        return worst;
    }

    /** The exact projection: K the largest j with 1 + j z_(j) > sum_{i <= j} z_(i), tau = (S_K - 1) / K. */
    static BigDecimal[] exact(double[] x) {
        BigDecimal[] sorted = Arrays.stream(x).mapToObj(BigDecimal::new).sorted((a, b) -> b.compareTo(a))
                .toArray(BigDecimal[]::new);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal support = BigDecimal.ZERO;
        int size = 0;
        for (int j = 1; j <= sorted.length; j++) {
            sum = sum.add(sorted[j - 1]);
            if (BigDecimal.ONE.add(sorted[j - 1].multiply(BigDecimal.valueOf(j))).compareTo(sum) > 0) {
                size = j;
                support = sum;
            }
        }
        BigDecimal k = BigDecimal.valueOf(size);
        BigDecimal s = support;
        return Arrays.stream(x).mapToObj(v -> {
            BigDecimal n = new BigDecimal(v).multiply(k).subtract(s).add(BigDecimal.ONE);
            return n.signum() > 0 ? n.divide(k, DIGITS) : BigDecimal.ZERO;
        }).toArray(BigDecimal[]::new);
    }

    /** Lengths 1 to 300; logits uniform near 0, in narrow bands (many in the support), huge, or all equal. */
    private static double[] vector(SplittableRandom random) {
        Draws draws = new Draws(random);
        int n = 1 + random.nextInt(300);
        double[] x = new double[n];
        int kind = random.nextInt(6);
        double centre = kind == 3 ? draws.anyMagnitude() : -50 + 100 * random.nextDouble();
        double width = Math.pow(10, -6 + 8 * random.nextDouble());
        for (int i = 0; i < n; i++) {
            x[i] = switch (kind) {
                case 0 -> -3 + 6 * random.nextDouble();
                case 1, 2 -> centre + width * random.nextDouble();
                case 3 -> centre;
                case 4 -> draws.anyMagnitude();
                default -> Math.copySign(Double.MAX_VALUE * random.nextDouble(), random.nextDouble() - 0.5);
            };
        }
        return x;
    }
}
