package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.testing.ReferenceTables;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.github.sparkactivations.testing.Ulps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vector kernels and streaming states against mpmath (src/test/python/make_vector_reference.py):
 * logits of +-1e4, mixes of +-700, all-equal vectors, one element, -inf entries, temperatures, and a
 * group of 10^6 values.
 */
class VectorKernelsTest {

    /** Bound on every output, in ulps. */
    private static final double MAX_ULPS = 2.0;

    private record Case(String name, double[] logits, double temperature, int label, double smoothing,
                        double[] targets, String[] fields) {
        static Case parse(String line) {
            String[] f = line.split("\\|", -1);
            return new Case(f[0], doubles(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3]),
                    Double.parseDouble(f[4]), doubles(f[5]), f);
        }

        String[] list(int field) {
            return fields[field].split(" ");
        }
    }

    private static double[] doubles(String list) {
        return Arrays.stream(list.split(" ")).mapToDouble(s -> Double.parseDouble(s.replace("inf", "Infinity"))).toArray();
    }


    private static void assertClose(String what, double got, String exact) {
        double error = Ulps.error(got, exact);
        assertTrue(error <= MAX_ULPS, what + ": got " + got + ", want " + exact + " (" + error + " ulp)");
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesMpmath() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : ReferenceTables.lines("vectors.txt")) {
            Case c = Case.parse(line);
            tests.add(DynamicTest.dynamicTest(c.name(), () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(Case c) {
        double[] x = c.logits();
        int n = x.length;
        if (c.temperature() == 1.0) {
            assertClose(c.name() + " log_sum_exp", LogSumExp.of(x, 0, n), c.fields()[6]);
            LogSumExpState state = new LogSumExpState();
            Arrays.stream(x).forEach(state::add);
            assertClose(c.name() + " streaming log_sum_exp", state.value(), c.fields()[6]);
            assertClose(c.name() + " loss", SoftmaxLoss.ofLabel(x, 0, n, c.label(), c.smoothing()), c.fields()[9]);
            double[] grad = new double[n];
            SoftmaxLoss.gradOfLabel(x, 0, n, c.label(), grad, 0);
            for (int i = 0; i < n; i++) {
                assertClose(c.name() + " grad[" + i + "]", grad[i], c.list(11)[i]);
            }
            if (Arrays.stream(c.targets()).anyMatch(t -> t != 0)) {
                assertClose(c.name() + " soft loss", SoftmaxLoss.ofTargets(x, 0, n, c.targets(), 0), c.fields()[10]);
                SoftmaxLossState loss = new SoftmaxLossState();
                for (int i = 0; i < n; i++) {
                    loss.add(x[i], c.targets()[i]);
                }
                assertClose(c.name() + " streaming soft loss", loss.value(), c.fields()[10]);
            }
            // The window kernels, from the window states of the catalog's carries, against the same mpmath values.
            LogSumExpState plain = new LogSumExpState(LogSumExpState.Carry.NONE);
            LogSumExpState exact = new LogSumExpState(LogSumExpState.Carry.ALL);
            Arrays.stream(x).forEach(v -> {
                plain.add(v);
                exact.add(v);
            });
            for (int i = 0; i < n; i++) {
                double[] s = {plain.maxValue(), plain.others(), plain.compensation()};
                double[] e = {exact.maxValue(), exact.others(), exact.compensation()};
                assertClose(c.name() + " window softmax[" + i + "]", WindowKernels.softmax(x[i], s[0], s[1], s[2]),
                        c.list(7)[i]);
                assertClose(c.name() + " window log_softmax[" + i + "]", WindowKernels.logSoftmax(x[i], s[0], s[1], s[2]),
                        c.list(8)[i]);
                assertClose(c.name() + " window grad[" + i + "]", WindowKernels.softmaxLossGrad(x[i],
                        i == c.label() ? 1 : 0, e[0], e[1], e[2], 1), c.list(11)[i]);
            }
            if (c.smoothing() == 0) {
                SoftmaxLossState loss = new SoftmaxLossState();
                for (int i = 0; i < n; i++) {
                    loss.add(x[i], i == c.label() ? 1 : 0);
                }
                assertClose(c.name() + " streaming loss", loss.value(), c.fields()[9]);
            }
        }
        double[] p = new double[n + 2];
        Softmax.softmax(x, 0, n, c.temperature(), p, 2);
        double[] lp = new double[n];
        Softmax.logSoftmax(x, 0, n, c.temperature(), lp, 0);
        for (int i = 0; i < n; i++) {
            assertClose(c.name() + " softmax[" + i + "]", p[2 + i], c.list(7)[i]);
            assertClose(c.name() + " log_softmax[" + i + "]", lp[i], c.list(8)[i]);
        }
    }

    @Test
    void aMillionValuesStreamedMergedOrWhole() throws IOException {
        String[] f = ReferenceTables.lines("periodic.txt").get(0).split("\\|");
        int n = Integer.parseInt(f[0]);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.5 * (i % 7);
        }
        assertClose("log_sum_exp", LogSumExp.of(x, 0, n), f[1]);
        double[] p = new double[n];
        Softmax.softmax(x, 0, n, 1.0, p, 0);
        for (int k = 0; k < 7; k++) {
            assertClose("p[" + k + "]", p[k], f[2].split(" ")[k]);
        }
        for (int parts : new int[] {1, 4, 64}) {
            LogSumExpState total = new LogSumExpState();
            for (int part = 0; part < parts; part++) {
                LogSumExpState s = new LogSumExpState();
                for (int i = part; i < n; i += parts) {
                    s.add(x[i]);
                }
                total.merge(s);
            }
            assertClose(parts + " partitions", total.value(), f[1]);
        }
    }

    @Test
    void specialValues() {
        assertEquals(Double.NEGATIVE_INFINITY, LogSumExp.of(new double[0], 0, 0), "empty, as PyTorch");
        assertEquals(Double.POSITIVE_INFINITY, LogSumExp.of(new double[] {1, Double.POSITIVE_INFINITY}, 0, 2));
        assertTrue(Double.isNaN(LogSumExp.of(new double[] {1, Double.NaN, Double.POSITIVE_INFINITY}, 0, 3)));
        double[] p = new double[3];
        Softmax.softmax(new double[] {Double.POSITIVE_INFINITY, 1, Double.POSITIVE_INFINITY}, 0, 3, 1.0, p, 0);
        assertEquals(List.of(0.5, 0.0, 0.5), Arrays.stream(p).boxed().toList(), "the limit: +inf share");
        Softmax.softmax(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, 0, 2, 1.0, p, 0);
        assertTrue(Double.isNaN(p[0]), "no finite evidence");
        assertTrue(Double.isNaN(new LogSumExpState().value()), "no values");
        assertTrue(Double.isNaN(new SoftmaxLossState().add(1.0, 0).value()), "no target row");
    }

    @Test
    void labelsOutOfRangeAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SoftmaxLoss.ofLabel(new double[] {1, 2}, 0, 2, 2, 0));
        assertEquals("label 2 is out of range for 2 classes", e.getMessage());
    }
}
