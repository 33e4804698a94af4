package io.github.sparkactivations.core;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.core.catalog.Kernel;
import io.github.sparkactivations.core.catalog.SqlFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kernel of every catalog function against mpmath references (src/test/python/make_reference.py):
 * the error of each result in ulps of the correctly rounded value, over subnormals, the overflow
 * edges of exp, a fine sweep of [-40, 40], decades up to the largest double, infinities and NaN.
 * The maximum per kernel goes to {@code target/accuracy/kernels.csv}, from which the README's table is made.
 */
class KernelAccuracyTest {

    /** The bound every kernel must meet, in ulps. */
    static final double MAX_ULPS = 2.0;

    /**
     * Kernels that do not meet {@link #MAX_ULPS} yet, with the bound they do meet. Each is a known gap,
     * shown in the README's accuracy table, to be closed rather than widened.
     */
    private static final Map<String, Double> KNOWN_GAPS = Map.of(
            // Commons Numbers' erfcx is 1.8 ulp for z > 0.5 (measured); the left tail inherits it.
            "gelu.none", 3.5,
            // Near the root x = -0.7518 the two terms of the derivative cancel: relative error grows as 1/|x - root|.
            "gelu_grad.none", 2000.0,
            "gelu_grad.tanh", 2600.0,
            "gelu.tanh", 2.25);

    private static final Map<String, String> REPORT = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyKernelIsWithinItsBoundOfMpmath() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SqlFunction f : Catalog.functions()) {
            for (Map.Entry<String, Form> form : f.forms().entrySet()) {
                String table = f.name() + (form.getKey().isEmpty() ? "" : "." + form.getKey());
                tests.add(DynamicTest.dynamicTest(table, () -> check(table, form.getValue().kernel())));
            }
        }
        return tests.stream();
    }

    private static void check(String table, Kernel kernel) throws IOException {
        List<String> lines = reference(table);
        double worst = 0;
        String worstLine = "";
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",");
            double x = Double.parseDouble(cols[0].replace("inf", "Infinity").replace("nan", "NaN"));
            double got = kernel.apply(x, new double[0]);
            double error = ulpError(got, cols[1]);
            if (error > worst || Double.isNaN(error)) {
                worst = error;
                worstLine = "x=" + cols[0] + " got " + got + " want " + cols[1];
            }
        }
        REPORT.put(table, String.format("%s,%d,%.3f,%s", table, lines.size() - 1, worst, worstLine));
        System.out.printf("%-16s %5d points, max error %.3f ulp (%s)%n", table, lines.size() - 1, worst, worstLine);
        double bound = KNOWN_GAPS.getOrDefault(table, MAX_ULPS);
        assertTrue(worst <= bound, table + ": " + worst + " ulp at " + worstLine + ", bound " + bound);
    }

    /** |got - exact| in ulps of the exact value rounded to double; infinity when a special value differs. */
    static double ulpError(double got, String exact) {
        switch (exact) {
            case "nan":
                return Double.isNaN(got) ? 0 : Double.POSITIVE_INFINITY;
            case "inf":
                return got == Double.POSITIVE_INFINITY ? 0 : Double.POSITIVE_INFINITY;
            case "-inf":
                return got == Double.NEGATIVE_INFINITY ? 0 : Double.POSITIVE_INFINITY;
            default:
                if (Double.isNaN(got) || Double.isInfinite(got)) {
                    return Double.POSITIVE_INFINITY;
                }
                BigDecimal want = new BigDecimal(exact);
                double ulp = Math.ulp(want.doubleValue());
                return new BigDecimal(got).subtract(want).abs()
                        .divide(new BigDecimal(ulp), MathContext.DECIMAL64).doubleValue();
        }
    }

    private static List<String> reference(String table) throws IOException {
        try (InputStream in = KernelAccuracyTest.class.getResourceAsStream("/reference/" + table + ".csv")) {
            assertNotNull(in, "no reference table for " + table + ": add it to make_reference.py");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path out = Path.of("target", "accuracy", "kernels.csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "table,points,max_ulp,worst\n" + String.join("\n", REPORT.values()) + "\n");
    }
}
