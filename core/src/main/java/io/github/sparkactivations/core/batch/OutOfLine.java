package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.catalog.SimdLoop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A SIMD loop called through a method handle that is not a constant, so that C2 never inlines the loop into its
 * caller and compiles it on its own. Inlined into a caller with more work of its own (the Arrow path's buffer
 * copies), the loop's Vector API calls were not all intrinsified: vectors were boxed, 188 KB allocated per 4,096
 * values and sigmoid ran 4 to 20 times slower than over a double[], varying from fork to fork
 * (KernelBenchmark.arrow, JMH -prof gc; -XX:CompileCommand=dontinline on the loop made it 6.2 us, 284 B).
 */
record OutOfLine(MethodHandle loop) implements SimdLoop {

    /** Whether the Vector API module is present, without which no SIMD loop is bound (its classes would not load). */
    static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /** {@link SimdLoop#apply}, the interface's one method. */
    private static final MethodHandle APPLY;

    static {
        try {
            APPLY = MethodHandles.publicLookup().findVirtual(SimdLoop.class, "apply", MethodType.methodType(void.class,
                    double[].class, int.class, double[].class, int.class, int.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@code loop}, called out of line. */
    static SimdLoop of(SimdLoop loop) {
        return new OutOfLine(APPLY.bindTo(loop));
    }

    @Override
    public void apply(double[] in, int from, double[] out, int outFrom, int length) {
        try {
            loop.invokeExact(in, from, out, outFrom, length);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
