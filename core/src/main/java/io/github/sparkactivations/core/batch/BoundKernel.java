package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.core.catalog.Kernel;
import io.github.sparkactivations.core.catalog.SimdLoop;
import io.github.sparkactivations.core.catalog.SqlFunction;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.Float8Vector;

import java.io.Serializable;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;

/**
 * A catalog function with its choice and parameters fixed, applied to one value, a {@code double[]}
 * slice, or a whole Arrow {@link Float8Vector} (validity kept: a null slot stays null).
 *
 * <pre>{@code
 * BoundKernel gelu = BoundKernel.of(Catalog.function("gelu").orElseThrow(), "tanh");
 * gelu.apply(in, 0, out, 0, in.length);
 * }</pre>
 */
public final class BoundKernel implements Serializable {

    private final Form form;
    private final Kernel kernel;
    private final double[] parameters;
    private final double a;
    private final double b;
    /** The SIMD loop, bound on first use (not serialized); null if there is none. */
    private transient SimdLoop simd;
    private transient boolean simdChecked;

    /**
     * Each thread's staging buffer of the Arrow path: allocating (and zeroing) 32 KB per call cost more than the
     * copies through it (KernelBenchmark.arrow, 3 forks).
     */
    private static final ThreadLocal<double[]> CHUNK = ThreadLocal.withInitial(() -> new double[4096]);

    private BoundKernel(Form form, double[] parameters) {
        this.form = form;
        this.kernel = form.kernel();
        this.parameters = parameters.clone();
        this.a = parameters.length > 0 ? parameters[0] : Double.NaN;
        this.b = parameters.length > 1 ? parameters[1] : Double.NaN;
    }

    /**
     * Binds {@code function}'s form for {@code choice} ({@code null} for the default) to leading
     * {@code parameters}; those left out take their defaults.
     *
     * @throws IllegalArgumentException if a parameter is missing or outside its range, the choice is
     *     unknown, or the form is random (a random form needs Spark's {@code rand(seed)})
     */
    public static BoundKernel of(SqlFunction function, String choice, double... parameters) {
        int required = function.minArguments() - 1;
        if (parameters.length < required || parameters.length > function.parameters().size()) {
            throw new IllegalArgumentException(function.name() + " takes " + required + " to "
                    + function.parameters().size() + " parameters, got " + parameters.length);
        }
        double[] values = new double[function.parameters().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < parameters.length ? parameters[i] : function.parameters().get(i).defaultValue();
            String violation = function.rangeViolation(i, values[i]).orElse(null);
            if (violation != null) {
                throw new IllegalArgumentException(violation);
            }
        }
        function.orderViolation(values).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        Form form = function.form(choice);
        if (form.random()) {
            throw new IllegalArgumentException(function.name() + ": the random form runs in Spark only");
        }
        return new BoundKernel(form, values);
    }

    /**
     * Binds a catalog form to its parameters as they stand, unchecked: for callers that checked them already,
     * such as Spark's analyzer before the columnar operator takes a call over.
     *
     * @throws IllegalArgumentException if the form is random or its kernel takes another number of parameters
     */
    public static BoundKernel ofChecked(Form form, double... parameters) {
        if (form.random() || form.kernel().parameterCount() != parameters.length) {
            throw new IllegalArgumentException("a kernel of " + form.kernel().parameterCount() + " parameters bound to "
                    + parameters.length + (form.random() ? " (a random form)" : ""));
        }
        return new BoundKernel(form, parameters);
    }

    /** {@code f(x)}. */
    public double apply(double x) {
        if (kernel instanceof Kernel.Unary f) {
            return f.apply(x);
        }
        if (kernel instanceof Kernel.Binary f) {
            return f.apply(x, a);
        }
        return ((Kernel.Ternary) kernel).apply(x, a, b);
    }

    /**
     * {@code out[outOffset + i] = f(in[inOffset + i])} for {@code i < length}; with SIMD where the
     * kernel has a SIMD form and the JVM runs with {@code --add-modules jdk.incubator.vector}.
     */
    public void apply(double[] in, int inOffset, double[] out, int outOffset, int length) {
        SimdLoop simd = simdLoop();
        if (simd != null) {
            simd.apply(in, inOffset, out, outOffset, length);
        } else if (kernel instanceof Kernel.Unary f) {
            for (int i = 0; i < length; i++) {
                out[outOffset + i] = f.apply(in[inOffset + i]);
            }
        } else if (kernel instanceof Kernel.Binary f) {
            for (int i = 0; i < length; i++) {
                out[outOffset + i] = f.apply(in[inOffset + i], a);
            }
        } else {
            Kernel.Ternary f = (Kernel.Ternary) kernel;
            for (int i = 0; i < length; i++) {
                out[outOffset + i] = f.apply(in[inOffset + i], a, b);
            }
        }
    }

    /**
     * Whether the batch methods run on SIMD lanes here: the kernel has a SIMD form and the JVM runs with
     * {@code --add-modules jdk.incubator.vector}.
     */
    public boolean simd() {
        return simdLoop() != null;
    }

    /** Whether the kernel has a SIMD form, which runs when the Vector API module is present. */
    public boolean hasSimdForm() {
        return form.simdFor(parameters).isPresent();
    }

    private SimdLoop simdLoop() {
        if (!simdChecked) {
            simd = OutOfLine.VECTOR_API ? form.simdFor(parameters).map(s -> OutOfLine.of(s.binder().bind(parameters)))
                    .orElse(null) : null;
            simdChecked = true;
        }
        return simd;
    }

    /** A new vector from {@code allocator} holding {@code f} of every slot of {@code in}; the caller closes it. */
    public Float8Vector apply(Float8Vector in, BufferAllocator allocator) {
        Float8Vector out = new Float8Vector(in.getName(), allocator);
        out.allocateNew(in.getValueCount());
        apply(in, out);
        return out;
    }

    /**
     * Writes {@code f} of every slot of {@code in} into {@code out}, which must have room for
     * {@code in.getValueCount()} values; null slots of {@code in} are null in {@code out}.
     */
    public void apply(Float8Vector in, Float8Vector out) {
        int n = in.getValueCount();
        if (out.getValueCapacity() < n) {
            throw new IllegalArgumentException("output vector holds " + out.getValueCapacity() + " values, need " + n);
        }
        // Bulk copies through NIO views of the data buffers (little-endian, as Arrow stores them): the
        // per-value bounds checks of ArrowBuf.getDouble cost more than a fast kernel.
        DoubleBuffer source = in.getDataBuffer().nioBuffer(0, n * Float8Vector.TYPE_WIDTH)
                .order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        DoubleBuffer target = out.getDataBuffer().nioBuffer(0, n * Float8Vector.TYPE_WIDTH)
                .order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        double[] chunk = CHUNK.get();
        for (int start = 0; start < n; start += chunk.length) {
            int len = Math.min(chunk.length, n - start);
            source.get(chunk, 0, len);
            apply(chunk, 0, chunk, 0, len);
            target.put(chunk, 0, len);
        }
        out.getValidityBuffer().setBytes(0, in.getValidityBuffer(), 0, (n + 7) / 8);
        out.setValueCount(n);
    }
}
