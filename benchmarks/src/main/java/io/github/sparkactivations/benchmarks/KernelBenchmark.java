package io.github.sparkactivations.benchmarks;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.commons.numbers.gamma.Erf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;

/**
 * The core kernels alone (JMH), per call over a batch of {@code size} values in [-10, 10]: the
 * scalar kernel over a {@code double[]} (also over standard normal values), over an Arrow {@code Float8Vector}
 * with and without nulls, and the naive textbook formula. Divide by {@code size} for ns per value.
 *
 * <p>{@code bin/activations-kernel-bench} runs them for every kernel ({@link KernelNames}), once with the
 * Vector API module (the SIMD kernels) and once without (the scalar kernels), and writes the CSVs from
 * which Tables makes the kernel table of docs/performance.md. The naive column exists for the kernels of
 * {@code NAIVE} only; for gelu it is the textbook {@code 0.5 x (1 + erf(x / sqrt(2)))} with Commons
 * Numbers' erf, where the kernel is the erfc form with our own {@code z * erfcx(z)}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class KernelBenchmark {

    /** The textbook formulas, where one is commonly written: the baseline for "stable and still fast". */
    private static final Map<String, DoubleUnaryOperator> NAIVE = Map.ofEntries(
            Map.entry("sigmoid", x -> 1 / (1 + Math.exp(-x))),
            Map.entry("sigmoid_grad", x -> 1 / (1 + Math.exp(-x)) * (1 - 1 / (1 + Math.exp(-x)))),
            Map.entry("log_sigmoid", x -> Math.log(1 / (1 + Math.exp(-x)))),
            Map.entry("tanh_grad", x -> 1 - Math.tanh(x) * Math.tanh(x)),
            Map.entry("gelu", x -> 0.5 * x * (1 + Erf.value(x / Math.sqrt(2)))),
            Map.entry("gelu.tanh", x -> 0.5 * x * (1 + Math.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))),
            Map.entry("silu", x -> x / (1 + Math.exp(-x))),
            Map.entry("mish", x -> x * Math.tanh(Math.log1p(Math.exp(x)))),
            Map.entry("softplus", x -> Math.log1p(Math.exp(x))),
            Map.entry("elu", x -> x > 0 ? x : Math.exp(x) - 1),
            Map.entry("celu", x -> x > 0 ? x : Math.exp(x) - 1),
            Map.entry("relu", x -> Math.max(x, 0)));

    /**
     * A kernel's name, {@code name.choice} for a non-default choice; {@link KernelNames} lists them all.
     * By default, the kernels of {@code NAIVE}: the only ones {@link #naive} can run.
     */
    @Param({"sigmoid", "sigmoid_grad", "log_sigmoid", "tanh_grad", "relu", "elu", "celu", "gelu", "gelu.tanh", "silu",
            "mish", "softplus"})
    public String function;

    @Param({"4096", "1048576"})
    public int size;

    private double[] in;
    private double[] gaussian;
    private double[] out;
    private BoundKernel kernel;
    private DoubleUnaryOperator naive;
    private BufferAllocator allocator;
    private Float8Vector vector;
    private Float8Vector vectorWithNulls;
    private Float8Vector result;

    @Setup
    public void setUp() {
        String[] nameAndForm = function.split("\\.");
        SqlFunction f = Catalog.function(nameAndForm[0]).orElseThrow();
        kernel = BoundKernel.of(f, nameAndForm.length > 1 ? nameAndForm[1] : null);
        naive = NAIVE.get(function);
        Random random = new Random(7);
        in = new double[size];
        gaussian = new double[size];
        out = new double[size];
        allocator = new RootAllocator();
        vector = new Float8Vector("x", allocator);
        vectorWithNulls = new Float8Vector("x", allocator);
        result = new Float8Vector("y", allocator);
        vector.allocateNew(size);
        vectorWithNulls.allocateNew(size);
        result.allocateNew(size);
        for (int i = 0; i < size; i++) {
            in[i] = random.nextDouble() * 20 - 10;
            gaussian[i] = random.nextGaussian();
            vector.set(i, in[i]);
            if (i % 10 == 0) {
                vectorWithNulls.setNull(i);
            } else {
                vectorWithNulls.set(i, in[i]);
            }
        }
        vector.setValueCount(size);
        vectorWithNulls.setValueCount(size);
    }

    @TearDown
    public void tearDown() {
        vector.close();
        vectorWithNulls.close();
        result.close();
        allocator.close();
    }

    @Benchmark
    public double[] array() {
        kernel.apply(in, 0, out, 0, size);
        return out;
    }

    /** {@link #array} over standard normal values: real activations are mostly near zero. */
    @Benchmark
    public double[] arrayGaussian() {
        kernel.apply(gaussian, 0, out, 0, size);
        return out;
    }

    @Benchmark
    public Float8Vector arrow() {
        kernel.apply(vector, result);
        return result;
    }

    @Benchmark
    public Float8Vector arrowWithNulls() {
        kernel.apply(vectorWithNulls, result);
        return result;
    }

    /** The kernel's textbook formula; for the kernels of {@code NAIVE} only. */
    @Benchmark
    public double[] naive() {
        if (naive == null) {
            throw new IllegalStateException("no naive formula for " + function);
        }
        for (int i = 0; i < size; i++) {
            out[i] = naive.applyAsDouble(in[i]);
        }
        return out;
    }
}
