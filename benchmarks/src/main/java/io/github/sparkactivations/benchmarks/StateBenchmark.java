package io.github.sparkactivations.benchmarks;

import io.github.sparkactivations.core.softmax.LogSumExpState;
import io.github.sparkactivations.core.softmax.SoftmaxEntropyState;
import io.github.sparkactivations.core.softmax.SoftmaxLossState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The streaming states of the grouped forms ({@code log_sum_exp}, {@code softmax_loss}, {@code softmax_entropy}
 * GROUP BY), per row: {@link #ROWS} logits added to states of {@link #GROUP} rows each, the groups' values summed,
 * through the same static transitions Spark's generated aggregation code calls; the score is ns per row. Logits are uniform over
 * {@code positive} [0, 10), {@code negative} [-10, 0) and {@code far_negative} [-60, -50), where a group's sum of
 * exponentials stays far below 1 (a log-sum-exp whose maximum lies in [-64, 0) and whose running sum is below e
 * carries every exp's rounding, in double-double: its result may cancel). {@code bin/activations-kernel-bench}
 * writes {@code benchmarks/results/jmh-states.csv}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class StateBenchmark {

    static final int ROWS = 1 << 20;
    /** Rows a group, as the Spark suite's GROUP BY has them. */
    static final int GROUP = 200;

    @Param({"log_sum_exp", "softmax_loss", "softmax_entropy"})
    public String state;

    @Param({"positive", "negative", "far_negative"})
    public String logits;

    private final double[] x = new double[ROWS];
    private final double[] target = new double[ROWS];

    @Setup
    public void setUp() {
        double from = switch (logits) {
            case "positive" -> 0;
            case "negative" -> -10;
            case "far_negative" -> -60;
            default -> throw new IllegalArgumentException(logits);
        };
        Random random = new Random(11);
        for (int i = 0; i < ROWS; i++) {
            x[i] = from + 10 * random.nextDouble();
            target[i] = i % GROUP == 7 ? 1 : 0;
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double groups() {
        double sum = 0;
        for (int start = 0; start < ROWS; start += GROUP) {
            int end = Math.min(ROWS, start + GROUP);
            sum += switch (state) {
                case "log_sum_exp" -> logSumExp(start, end);
                case "softmax_loss" -> softmaxLoss(start, end);
                case "softmax_entropy" -> softmaxEntropy(start, end);
                default -> throw new IllegalArgumentException(state);
            };
        }
        return sum;
    }

    private double logSumExp(int start, int end) {
        LogSumExpState s = new LogSumExpState();
        for (int i = start; i < end; i++) {
            s.add(x[i]);
        }
        return s.value();
    }

    private double softmaxLoss(int start, int end) {
        SoftmaxLossState s = new SoftmaxLossState();
        for (int i = start; i < end; i++) {
            s.add(x[i], target[i]);
        }
        return s.value();
    }

    private double softmaxEntropy(int start, int end) {
        SoftmaxEntropyState s = new SoftmaxEntropyState();
        for (int i = start; i < end; i++) {
            s.add(x[i]);
        }
        return s.value();
    }
}
