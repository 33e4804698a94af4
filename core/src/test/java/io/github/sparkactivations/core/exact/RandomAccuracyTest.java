package io.github.sparkactivations.core.exact;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.testing.ReportRow;
import io.github.sparkactivations.testing.Ulps;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every deterministic form of every element-wise catalog function (derivatives included) against its
 * exact value ({@link References}), at random inputs and random parameters ({@link Draws}): at most
 * 2 ulps, never NaN. {@code -Daccuracy.samples=N} points per form (2,000 by default), from
 * {@code -Daccuracy.seed=S} (printed, and in every failure): 1 by default, so that CI draws the same
 * points each run; {@code -Daccuracy.seed=random} draws a fresh seed. Every 16th
 * point is also evaluated at more digits, which must not move the reference. The worst error per form
 * is published as a row of {@code random.csv} ({@link ReportRow}, written by {@code bin/activations-accuracy}). rrelu's training form draws its own slope, so its
 * value is no function of x; its inference form is checked.
 */
class RandomAccuracyTest {

    static final long SEED = Draws.seed();
    static final int SAMPLES = Integer.getInteger("accuracy.samples", 2000);
    private static final double MAX_ULPS = 2.0;
    private static final Exact EXACT = new Exact(40);
    private static final Exact WIDER = new Exact(64);

    @TestFactory
    Stream<DynamicTest> everyFormIsWithinTwoUlpsAtRandomPoints(TestReporter reporter) {
        System.out.printf("RandomAccuracyTest: seed %d (-Daccuracy.seed=%d), %d points per form%n", SEED, SEED, SAMPLES);
        List<DynamicTest> tests = new ArrayList<>();
        for (SqlFunction f : Catalog.functions()) {
            for (Map.Entry<String, Form> form : f.forms().entrySet()) {
                if (!form.getValue().random() && key(f, form.getKey()).matches(Draws.ONLY)) {
                    String key = key(f, form.getKey());
                    tests.add(DynamicTest.dynamicTest(key, () -> check(key, f, form.getValue(), reporter)));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void everyDeterministicFormHasAReference() {
        for (SqlFunction f : Catalog.functions()) {
            f.forms().forEach((choice, form) -> assertTrue(form.random() || References.of(key(f, choice)).isPresent(),
                    "no reference for " + key(f, choice) + " in References"));
        }
    }

    /** One failing point, or the worst one. */
    private record Point(double[] parameters, double x, double got, BigDecimal want, double ulps) {
        @Override
        public String toString() {
            return String.format("x=%s parameters=%s got %s want %s (%.3f ulp)", x, Arrays.toString(parameters),
                    got, want.round(java.math.MathContext.DECIMAL64), ulps);
        }
    }

    private static void check(String key, SqlFunction f, Form form, TestReporter reporter) {
        References.Reference reference = References.of(key).orElseThrow();
        long stream = SEED ^ (key.hashCode() * 0x9E3779B97F4A7C15L);
        Point worst = IntStream.range(0, SAMPLES).parallel()
                .mapToObj(i -> point(reference, f, form, new SplittableRandom(stream + i * 0xBF58476D1CE4E5B9L), i))
                .reduce((a, b) -> b.ulps() > a.ulps() || b.ulps() != b.ulps() ? b : a).orElseThrow();
        new ReportRow("random.csv", "form,points,max_ulp,seed",
                String.format("%s,%d,%.3f,%d", key, SAMPLES, worst.ulps(), SEED)).publish(reporter);
        System.out.printf("%-24s %8d points, max %.3f ulp (%s)%n", key, SAMPLES, worst.ulps(), worst);
        assertTrue(worst.ulps() <= MAX_ULPS, key + ", seed " + SEED + ": " + worst);
    }

    private static Point point(References.Reference reference, SqlFunction f, Form form, SplittableRandom random, int i) {
        Draws draws = new Draws(random);
        double[] parameters = draws.parameters(f);
        double x = draws.x(parameters);
        BigDecimal[] exactParameters = Arrays.stream(parameters).mapToObj(Exact::of).toArray(BigDecimal[]::new);
        BigDecimal want = reference.at(EXACT, Exact.of(x), exactParameters);
        double got = form.kernel().apply(x, parameters);
        double ulps = Ulps.error(got, want);
        if (i % 16 == 0) {
            BigDecimal wider = reference.at(WIDER, Exact.of(x), exactParameters);
            double drift = Double.isInfinite(wider.doubleValue()) ? 0 : Ulps.distance(want, wider);
            if (drift > 1e-3 && !(ulps > MAX_ULPS)) {
                fail(f.name() + ": the reference moves with its precision at x=" + x + " parameters="
                        + Arrays.toString(parameters) + ": " + want + " vs " + wider);
            }
        }
        return new Point(parameters, x, got, want, ulps);
    }

    private static String key(SqlFunction f, String choice) {
        return choice.isEmpty() ? f.name() : f.name() + "." + choice;
    }
}
