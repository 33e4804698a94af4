package io.github.sparkactivations.core.kernels;

import io.github.sparkactivations.core.catalog.Activation;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.core.catalog.Kernel;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.testing.ReferenceTables;
import io.github.sparkactivations.testing.ReportRow;
import io.github.sparkactivations.testing.Ulps;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kernel of every catalog function against mpmath references (src/test/python/make_reference.py):
 * the error of each result in ulps of the correctly rounded value, over subnormals, the overflow
 * edges of exp, a fine sweep of [-40, 40], decades up to the largest double, infinities and NaN.
 * The maximum per kernel is published as a row of {@code kernels.csv} ({@link ReportRow}), which
 * {@code bin/activations-accuracy} writes to {@code docs/results/}, from which the accuracy table is made.
 */
public class KernelAccuracyTest {

    /** The bound every kernel must meet, in ulps. */
    public static final double MAX_ULPS = 2.0;

    @TestFactory
    Stream<DynamicTest> everyKernelIsWithinTwoUlpsOfMpmath(TestReporter reporter) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : reference("index", ".txt")) {
            tests.add(DynamicTest.dynamicTest(table, () -> check(table, Table.parse(table), reporter)));
        }
        return tests.stream();
    }

    @Test
    void everyDeterministicFormHasAReferenceTable() throws IOException {
        List<String> tables = reference("index", ".txt");
        for (Activation a : Catalog.activations()) {
            List<SqlFunction> functions = new ArrayList<>(List.of(a.function()));
            a.derivative().ifPresent(functions::add);
            for (SqlFunction f : functions) {
                for (Map.Entry<String, Form> form : f.forms().entrySet()) {
                    String prefix = f.name() + (form.getKey().isEmpty() ? "" : "." + form.getKey());
                    assertTrue(form.getValue().random()
                                    || tables.stream().anyMatch(t -> t.equals(prefix) || t.startsWith(prefix + "@")),
                            "no reference table for " + prefix + ": add it to make_reference.py");
                }
            }
        }
    }

    /** A reference table's name: {@code function[.choice][@p1_p2]}, parameters omitted for the defaults. */
    private record Table(Kernel kernel, double[] parameters) {
        static Table parse(String name) {
            String[] at = name.split("@");
            String[] dot = at[0].split("\\.");
            SqlFunction f = Catalog.activations().stream()
                    .flatMap(a -> java.util.stream.Stream.concat(Stream.of(a.function()), a.derivative().stream()))
                    .filter(g -> g.name().equals(dot[0])).findFirst().orElseThrow();
            double[] parameters = new double[f.parameters().size()];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = at.length > 1 ? Double.parseDouble(at[1].split("_")[i])
                        : f.parameters().get(i).defaultValue();
            }
            return new Table(f.form(dot.length > 1 ? dot[1] : null).kernel(), parameters);
        }
    }

    private static void check(String table, Table spec, TestReporter reporter) throws IOException {
        List<String> lines = reference(table, ".csv");
        double worst = 0;
        String worstLine = "";
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",");
            double x = Double.parseDouble(cols[0].replace("inf", "Infinity").replace("nan", "NaN"));
            double got = spec.kernel().apply(x, spec.parameters());
            double error = Ulps.error(got, cols[1]);
            if (error > worst || Double.isNaN(error)) {
                worst = error;
                worstLine = "x=" + cols[0] + " got " + got + " want " + cols[1];
            }
        }
        new ReportRow("kernels.csv", "table,points,max_ulp,worst",
                String.format("%s,%d,%.3f,%s", table, lines.size() - 1, worst, worstLine)).publish(reporter);
        System.out.printf("%-28s %5d points, max error %.3f ulp (%s)%n", table, lines.size() - 1, worst, worstLine);
        assertTrue(worst <= MAX_ULPS, table + ": " + worst + " ulp at " + worstLine);
    }

    private static List<String> reference(String table, String extension) {
        return ReferenceTables.lines(table + extension);
    }
}
