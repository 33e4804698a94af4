package io.github.sparkactivations.core.softmax;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The edges of the softmax family, each the same in every shape: the array kernels, the aggregate
 * state, and the window kernels over that state; and the temperature cases that once overflowed.
 */
class EdgeAgreementTest {

    private static final double MAX = Double.MAX_VALUE;
    private static final double INF = Double.POSITIVE_INFINITY;

    /** Edge vectors: one -inf, -inf beside a number, +inf ties, NaN, both signs near the largest double. */
    private static final List<double[]> EDGES = List.of(new double[] {-INF}, new double[] {-INF, -INF},
            new double[] {-INF, 1.5}, new double[] {INF, 2, INF}, new double[] {Double.NaN, 1}, new double[] {MAX, -MAX},
            new double[] {-MAX, -MAX}, new double[] {3}, new double[] {1e308, 1e308, -1e308});

    @Test
    void windowAndAggregateAgreeWithTheArrayFormAtEveryEdge() {
        for (double[] x : EDGES) {
            LogSumExpState state = new LogSumExpState();
            for (double v : x) {
                state.add(v);
            }
            double[] softmax = new double[x.length];
            double[] logSoftmax = new double[x.length];
            Softmax.softmax(x, 0, x.length, 1, softmax, 0);
            Softmax.logSoftmax(x, 0, x.length, 1, logSoftmax, 0);
            for (int i = 0; i < x.length; i++) {
                String at = java.util.Arrays.toString(x) + " row " + i;
                // Delta 0: NaN equals NaN, and 0.0 equals -0.0.
                assertEquals(softmax[i], WindowKernels.softmax(x[i], state.maxValue(), state.others(), state.compensation()),
                        0, "softmax " + at);
                assertEquals(logSoftmax[i], WindowKernels.logSoftmax(x[i], state.maxValue(), state.others(),
                        state.compensation()), 0, "log_softmax " + at);
            }
            assertEquals(LogSumExp.of(x, 0, x.length), state.value(), "log_sum_exp " + java.util.Arrays.toString(x));
        }
    }

    @Test
    void theGroupedEntropyIsTheArrayFormAtEveryEdge() {
        for (double[] x : EDGES) {
            SoftmaxEntropyState added = new SoftmaxEntropyState();
            SoftmaxEntropyState merged = new SoftmaxEntropyState();
            for (double v : x) {
                added.add(v);
                merged.merge(new SoftmaxEntropyState().add(v));
            }
            String at = java.util.Arrays.toString(x);
            double want = SoftmaxEntropy.of(x, 0, x.length);
            double ulp = Double.isNaN(want) ? 0 : Math.ulp(want);
            assertEquals(want, added.value(), ulp, "added " + at);
            assertEquals(want, merged.value(), ulp, "merged " + at);
        }
    }

    @Test
    void theGroupedLossPastTheLargestDoubleIsInfinityAsTheArrayForm() {
        double[] x = {MAX, -MAX};
        SoftmaxLossState state = new SoftmaxLossState().add(x[0], 0).add(x[1], 1);
        assertEquals(INF, SoftmaxLoss.ofLabel(x, 0, 2, 1, 0));
        assertEquals(INF, state.value());
    }

    @Test
    void tinyTemperaturesAndHugeLogitsAreExact() {
        assertArrayEquals(new double[] {0, 1}, softmax(new double[] {1, 2}, 1e-320));
        assertArrayEquals(new double[] {1}, softmax(new double[] {-1}, 1e-320));
        assertArrayEquals(new double[] {1}, softmax(new double[] {-1e300}, 1e-10));
        assertArrayEquals(new double[] {0.5, 0.5}, softmax(new double[] {-MAX, -MAX}, 0.5));
        assertArrayEquals(new double[] {1, 0}, softmax(new double[] {1, 2}, -1e-320));
        double[] log = new double[2];
        Softmax.logSoftmax(new double[] {-MAX, -MAX}, 0, 2, 0.5, log, 0);
        assertArrayEquals(new double[] {-Math.log(2), -Math.log(2)}, log);
        Softmax.logSoftmax(new double[] {1, 2}, 0, 2, 1e-300, log, 0);
        assertArrayEquals(new double[] {-1 / 1e-300, 0}, log);
    }

    private static double[] softmax(double[] x, double temperature) {
        double[] out = new double[x.length];
        Softmax.softmax(x, 0, x.length, temperature, out, 0);
        return out;
    }
}
