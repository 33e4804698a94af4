package io.github.sparkactivations.core.exact;

import io.github.sparkactivations.testing.Ulps;
import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.core.catalog.SqlFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch path of every form with a SIMD form, as {@link RandomAccuracyTest} checks the scalar kernels: random
 * parameters (the defaults first), and for each a batch of random x over the whole range ({@link Draws}) and one
 * over [-40, 40], where the SIMD loops do not hand chunks to the scalar kernel; each value within 2 ulps of its
 * exact value. Batches of 67 values, so that the loops' scalar tails run too. Same seed as RandomAccuracyTest
 * ({@code -Daccuracy.seed}).
 */
class RandomSimdAccuracyTest {

    /** Parameter sets per form, {@code -Daccuracy.simdSets=N} (24 by default). */
    private static final int PARAMETER_SETS = Integer.getInteger("accuracy.simdSets", 24);
    private static final int BATCH = 67;
    private static final Exact EXACT = new Exact(40);

    @TestFactory
    Stream<DynamicTest> everySimdFormIsWithinTwoUlpsAtRandomPoints() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SqlFunction f : Catalog.functions()) {
            for (Map.Entry<String, Form> form : f.forms().entrySet()) {
                String key = form.getKey().isEmpty() ? f.name() : f.name() + "." + form.getKey();
                if (!form.getValue().random() && key.matches(Draws.ONLY) && simd(f, form.getValue(), defaults(f))) {
                    tests.add(DynamicTest.dynamicTest(key, () -> check(key, f, form.getValue())));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no SIMD form: does the test JVM run with jdk.incubator.vector?");
        return tests.stream();
    }

    private static double[] defaults(SqlFunction f) {
        return f.parameters().stream().mapToDouble(p -> p.required() ? 0.5 : p.defaultValue()).toArray();
    }

    private static boolean simd(SqlFunction f, Form form, double[] parameters) {
        return BoundKernel.ofChecked(form, parameters).simd();
    }

    private static void check(String key, SqlFunction f, Form form) {
        References.Reference reference = References.of(key).orElseThrow();
        long stream = RandomAccuracyTest.SEED ^ (key.hashCode() * 0x9E3779B97F4A7C15L) ^ 0x5D;
        double worst = IntStream.range(0, PARAMETER_SETS).parallel().mapToDouble(set -> {
            Draws draws = new Draws(new SplittableRandom(stream + set * 0xBF58476D1CE4E5B9L));
            double[] parameters = set == 0 ? defaults(f) : draws.parameters(f);
            BoundKernel kernel = BoundKernel.ofChecked(form, parameters);
            double[] x = new double[2 * BATCH];
            for (int i = 0; i < BATCH; i++) {
                x[i] = draws.x(parameters);
                x[BATCH + i] = draws.random().nextDouble(-40, 40);
            }
            double[] out = new double[x.length];
            kernel.apply(x, 0, out, 0, BATCH);
            kernel.apply(x, BATCH, out, BATCH, BATCH);
            BigDecimal[] exactParameters = Arrays.stream(parameters).mapToObj(Exact::of).toArray(BigDecimal[]::new);
            double setWorst = 0;
            for (int i = 0; i < x.length; i++) {
                double ulps = Ulps.error(out[i], reference.at(EXACT, Exact.of(x[i]), exactParameters));
                assertTrue(ulps <= 2.0, key + ", seed " + RandomAccuracyTest.SEED + ": x=" + x[i] + " parameters="
                        + Arrays.toString(parameters) + " got " + out[i] + " (" + ulps + " ulp)");
                setWorst = Math.max(setWorst, ulps);
            }
            return setWorst;
        }).max().orElseThrow();
        System.out.printf("SIMD %-20s %d points, max %.3f ulp%n", key, PARAMETER_SETS * 2 * BATCH, worst);
    }
}
