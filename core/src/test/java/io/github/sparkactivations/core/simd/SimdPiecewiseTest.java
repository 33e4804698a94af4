package io.github.sparkactivations.core.simd;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The piecewise family's SIMD forms ({@link SimdPiecewise}) give the scalar kernel's value bit for bit: at random
 * parameters in their ranges and random inputs near every kink (the kinks themselves, their neighbouring doubles, both
 * zeros), across the whole range, and at NaN and the infinities; seeded.
 */
class SimdPiecewiseTest {

    private static final List<String> FAMILY = List.of("relu", "relu6", "leaky_relu", "prelu", "threshold",
            "hardtanh", "hard_sigmoid", "hardswish", "hardshrink", "softshrink");

    @TestFactory
    Stream<DynamicTest> everyLaneIsTheScalarKernelsValue() {
        List<SqlFunction> functions = Catalog.activations().stream().filter(a -> FAMILY.contains(a.function().name()))
                .flatMap(a -> Stream.of(a.function(), a.derivative().orElseThrow())).toList();
        assertEquals(2 * FAMILY.size(), functions.size());
        SplittableRandom random = new SplittableRandom(0x51D);
        List<DynamicTest> tests = new ArrayList<>();
        for (SqlFunction f : functions) {
            for (int draw = 0; draw < 20; draw++) {
                double[] parameters = parameters(f, random);
                BoundKernel kernel = BoundKernel.of(f, null, parameters);
                tests.add(DynamicTest.dynamicTest(f.name() + " " + java.util.Arrays.toString(parameters), () -> {
                    assertTrue(kernel.simd(), f.name() + " runs a SIMD form");
                    double[] in = inputs(parameters, random);
                    double[] out = new double[in.length];
                    kernel.apply(in, 0, out, 0, in.length);
                    for (int i = 0; i < in.length; i++) {
                        double scalar = kernel.apply(in[i]);
                        assertEquals(Double.doubleToLongBits(scalar), Double.doubleToLongBits(out[i]),
                                f.name() + " at x = " + in[i] + ": scalar " + scalar + ", SIMD " + out[i]);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** Random parameters in their ranges and order: magnitudes from 1e-3 to 1e3 of either sign, or 0. */
    private static double[] parameters(SqlFunction f, SplittableRandom random) {
        double[] p = new double[f.parameters().size()];
        do {
            for (int i = 0; i < p.length; i++) {
                double v = random.nextInt(8) == 0 ? 0.0 : (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-3, 3));
                p[i] = f.rangeViolation(i, v).isEmpty() ? v : Math.abs(v);
            }
        } while (f.orderViolation(p).isPresent());
        return p;
    }

    /** The kinks (0, +-3, 6 and the parameters), their neighbours, random values over the range, and the edges. */
    private static double[] inputs(double[] parameters, SplittableRandom random) {
        List<Double> kinks = new ArrayList<>(List.of(0.0, -0.0, 3.0, -3.0, 6.0));
        for (double p : parameters) {
            kinks.add(p);
            kinks.add(-p);
        }
        List<Double> xs = new ArrayList<>(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE));
        for (double k : kinks) {
            xs.add(k);
            xs.add(Math.nextUp(k));
            xs.add(Math.nextDown(k));
            xs.add(k + random.nextDouble(-1, 1) * Math.ulp(k) * 1e6);
        }
        for (int i = 0; i < 900; i++) {
            xs.add(random.nextInt(3) == 0 ? random.nextDouble(-8, 8)
                    : (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-300, 300)));
        }
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
