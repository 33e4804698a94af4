package io.github.sparkactivations.it.shell;

import io.github.sparkactivations.core.softmax.LogSumExp;
import io.github.sparkactivations.core.softmax.Softmax;
import io.github.sparkactivations.core.softmax.Sparsemax;
import io.github.sparkactivations.it.Bundle;
import io.github.sparkactivations.it.ChildJvm;
import io.github.sparkactivations.it.OnlyOn;
import io.github.sparkactivations.it.FormCalls;
import io.github.sparkactivations.shell.ActivationsSql;
import io.github.sparkactivations.shell.plot.SvgSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL shell, run as a process the way bin/activations-sql runs it: the bundle jar beside Spark's own jars (on
 * each line's first Scala build). Its output formats and plots are its own code, the same on every line: they run on
 * the default line only.
 */
class ShellIT {

    @BeforeAll
    static void onTheLinesFirstScala() {
        OnlyOn.firstScala("the shell");
    }

    @Test
    void exampleFeatureTransformWritesParquetAndPrintsASample() throws Exception {
        OnlyOn.defaultLine("the example transform, the same SQL on every line,");
        ChildJvm.Result r = ChildJvm.run(Bundle.classpath(), ActivationsSql.class.getName(), "--format", "csv",
                "-f", "examples/feature_transform.sql");
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertEquals("session_id,query,doc_id,p_click,share,rel_gelu,dwell_excess", lines.get(0));
        assertEquals(11, lines.size(), r.stdout());
        assertTrue(Files.list(Path.of("examples/output/search_features"))
                .anyMatch(p -> p.toString().endsWith(".parquet")), "Parquet written");
        assertTrue(Files.list(Path.of("examples/output/session_losses"))
                .anyMatch(p -> p.toString().endsWith(".parquet")), "session losses written");
        assertTrue(r.stderr().lines().noneMatch(l -> l.contains(" INFO ")), "logs stay at WARN: " + r.stderr());
    }

    @Test
    void badParameterPrintsOneLineOnStderrAndExitsNonZero() throws Exception {
        ChildJvm.Result r = ChildJvm.run(Bundle.classpath(), ActivationsSql.class.getName(), "-e", "SELECT 1; SELECT gelu(0.5, 'fast')");
        assertNotEquals(0, r.exitCode());
        assertEquals("", r.stdout());
        List<String> errors = r.stderr().lines().filter(l -> l.startsWith("Error: ")).toList();
        assertEquals(1, errors.size(), r.stderr());
        assertTrue(errors.get(0).contains("gelu: approximate = 'fast' is not one of 'none', 'tanh'"), r.stderr());
        assertTrue(r.stderr().lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace: " + r.stderr());
    }

    /**
     * Every element-wise form, and softmax, log_softmax, sparsemax and log_sum_exp of an array, from the bundle beside
     * this line's Spark jars: each gives the core kernel's value bit for bit. Core is one artifact for every line, so
     * every line's shell gives the same values.
     */
    @Test
    void everyFormGivesTheCoreKernelsValueBitForBit() throws Exception {
        double[] xs = {-30.0, -3.5, -0.25, -0.0, 0.0, 1e-300, 0.5, 2.0, 30.0, 710.0};
        List<FormCalls> calls = FormCalls.all();
        StringBuilder sql = new StringBuilder("SELECT x");
        for (int c = 0; c < calls.size(); c++) {
            sql.append(", ").append(calls.get(c).sql()).append(" AS c").append(c);
        }
        sql.append(", softmax(a) AS s, log_softmax(a) AS l, sparsemax(a) AS p, log_sum_exp(a) AS e, CAST(NULL AS DOUBLE) AS n")
                .append(" FROM VALUES ")
                .append(Arrays.stream(xs).mapToObj(v -> "(" + doubleLiteral(v) + ")").collect(Collectors.joining(", ")))
                .append(" t(x) CROSS JOIN (SELECT ")
                .append(Arrays.stream(xs).mapToObj(ShellIT::doubleLiteral).collect(Collectors.joining(", ", "array(", ")")))
                .append(" AS a)");
        ChildJvm.Result r = ChildJvm.run(Bundle.classpath(), ActivationsSql.class.getName(), "--format", "json", "-e",
                sql.toString());
        List<String> lines = r.stdout().lines().toList();
        assertEquals(xs.length, lines.size(), r.stdout() + r.stderr());
        double[] softmax = new double[xs.length];
        double[] logSoftmax = new double[xs.length];
        double[] sparsemax = new double[xs.length];
        Softmax.softmax(xs, 0, xs.length, 1.0, softmax, 0);
        Softmax.logSoftmax(xs, 0, xs.length, 1.0, logSoftmax, 0);
        Sparsemax.of(xs, 0, xs.length, sparsemax, 0);
        for (String line : lines) {
            double x = jsonNumber(line, "x");
            for (int c = 0; c < calls.size(); c++) {
                double expected = calls.get(c).kernel().apply(x);
                double actual = jsonNumber(line, "c" + c);
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                        calls.get(c).sql() + " at x = " + x + ": " + actual + " vs core's " + expected);
            }
            assertArrayEquals(softmax, jsonArray(line, "s"), line);
            assertArrayEquals(logSoftmax, jsonArray(line, "l"), line);
            assertArrayEquals(sparsemax, jsonArray(line, "p"), line);
            assertEquals(LogSumExp.of(xs, 0, xs.length), jsonNumber(line, "e"), line);
            assertTrue(line.endsWith(",\"n\":null}"), "JSON writes NULL as null: " + line);
        }
    }

    private static String doubleLiteral(double v) {
        return "CAST('" + v + "' AS DOUBLE)";
    }

    /** A number field of a JSON line (Spark writes NaN and the infinities as quoted strings). */
    private static double jsonNumber(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"?([^,}\"]+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    private static double[] jsonArray(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\\[([^\\]]*)]").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Arrays.stream(m.group(1).split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void formatsTableAndCsv() throws Exception {
        OnlyOn.defaultLine("the shell's formats");
        String sql = "SELECT relu(-1.0) AS r, sigmoid_grad(0.5) AS s, CAST(NULL AS DOUBLE) AS n";
        assertEquals(List.of("+-----+--------------------+------+", "| r   | s                  | n    |",
                        "+-----+--------------------+------+", "| 0.0 | 0.2350037122015945 | NULL |",
                        "+-----+--------------------+------+"),
                ChildJvm.run(Bundle.classpath(), ActivationsSql.class.getName(), "-e", sql).stdout().lines().toList());
        assertEquals(List.of("r,s,n", "0.0,0.2350037122015945,"),
                ChildJvm.run(Bundle.classpath(), ActivationsSql.class.getName(), "--format", "csv", "-e", sql).stdout().lines().toList());
    }

    @Test
    void plotDrawsAnyExpressionWithTheDocsChart() throws Exception {
        OnlyOn.defaultLine("the shell's plots");
        Path out = Files.createTempFile(Files.createDirectories(Path.of("integration-tests/target")), "plot-", ".svg");
        String classpath = Bundle.classpath() + java.io.File.pathSeparator
                + Bundle.join(Bundle.classpathFile(Path.of(System.getProperty("plot.classpath.file"))));
        ChildJvm.Result r = ChildJvm.run(classpath, ActivationsSql.class.getName(),
                "--plot", "gelu(x), gelu_grad(x)", "--range", "-4:4", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(List.of("plot: " + out), r.stdout().lines().toList());
        // The same points as the docs' plot of gelu, drawn from the kernels without Spark.
        assertTrue(SvgSeries.samePoints(Files.readString(Path.of("docs/plots/gelu.svg")), Files.readString(out)));

        ChildJvm.Result bad = ChildJvm.run(classpath, ActivationsSql.class.getName(), "--plot", "gelu(x, 'fast')");
        assertNotEquals(0, bad.exitCode());
        assertEquals(List.of("Error: gelu: approximate = 'fast' is not one of 'none', 'tanh'; line 1 pos 10"),
                bad.stderr().lines().filter(l -> l.startsWith("Error: ")).toList());
    }

    @Test
    void plotWithoutXChartSaysWhatIsMissing() throws Exception {
        OnlyOn.defaultLine("the shell's plots");
        ChildJvm.Result r = ChildJvm.run(Bundle.classpath(), ActivationsSql.class.getName(), "--plot", "gelu(x)");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.stderr().contains("Error: --plot needs XChart (org.knowm.xchart:xchart:3.8.8) on the class path"),
                r.stderr());
    }
}
