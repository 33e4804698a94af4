package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.catalog.Kernel;
import io.github.sparkactivations.core.simd.SimdElu;
import io.github.sparkactivations.core.simd.SimdMish;
import io.github.sparkactivations.core.simd.SimdSigmoid;
import io.github.sparkactivations.core.simd.SimdSigmoidGrad;
import io.github.sparkactivations.core.simd.SimdSilu;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * The SIMD batch kernels, used when the JVM runs with {@code --add-modules jdk.incubator.vector};
 * without it no class of package {@code simd} is ever loaded and the scalar kernels run. Each SIMD
 * kernel is held to the same 2-ulp bound as its scalar twin (tested).
 */
final class SimdKernels {

    /** A loop over {@code double[]} slices: {@code out[outFrom + i] = f(in[from + i])}. */
    @FunctionalInterface
    interface Loop {
        void apply(double[] in, int from, double[] out, int outFrom, int length);
    }

    static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /**
     * The SIMD loop of each kernel that has one, by {@code Class.method} of its scalar kernel, given the
     * first parameter: a handle on the SIMD class's static {@code apply}, trailing arguments bound. The outer
     * lambdas link no class of package {@code simd}; only calling one does.
     */
    private static final Map<String, DoubleFunction<MethodHandle>> FORMS = Map.of(
            "Sigmoid.sigmoid", a -> loop(SimdSigmoid.class),
            "Sigmoid.grad", a -> loop(SimdSigmoidGrad.class, 1.0, 1.0),
            "Tanh.grad", a -> loop(SimdSigmoidGrad.class, 2.0, 4.0),
            "Swish.silu", a -> loop(SimdSilu.class),
            "Mish.value", a -> loop(SimdMish.class),
            "Elu.elu", a -> loop(SimdElu.class, a, 1.0),
            "Elu.celu", a -> loop(SimdElu.class, a, a));

    private static final MethodType LOOP = MethodType.methodType(void.class, double[].class, int.class, double[].class,
            int.class, int.class);

    private SimdKernels() {
    }

    /** Whether {@code kernel} has a SIMD form, whether or not the Vector API is present to run it. */
    static boolean has(Kernel kernel) {
        return FORMS.containsKey(name(kernel));
    }

    /** The SIMD loop of {@code kernel} with its first parameter {@code a}, or null if it has none or the Vector API is absent. */
    static Loop of(Kernel kernel, double a) {
        return AVAILABLE && has(kernel) ? new CompiledAlone(FORMS.get(name(kernel)).apply(a)) : null;
    }

    /**
     * A SIMD loop called through a method handle that is not a constant, so that C2 never inlines the loop into
     * its caller and compiles it on its own. Inlined into a caller with more work of its own (the Arrow path's
     * buffer copies), the loop's Vector API calls were not all intrinsified: vectors were boxed, 188 KB allocated
     * per 4,096 values and sigmoid ran 4 to 20 times slower than over a double[], varying from fork to fork
     * (KernelBenchmark.arrow, JMH -prof gc; -XX:CompileCommand=dontinline on the loop made it 6.2 us, 284 B).
     */
    private record CompiledAlone(MethodHandle loop) implements Loop {
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

    /** {@code simdClass.apply(in, from, out, outFrom, length, trailing...)} as a {@link #LOOP}. */
    private static MethodHandle loop(Class<?> simdClass, double... trailing) {
        Class<?>[] extra = new Class<?>[trailing.length];
        java.util.Arrays.fill(extra, double.class);
        try {
            MethodHandle apply = MethodHandles.publicLookup().findStatic(simdClass, "apply", LOOP.appendParameterTypes(extra));
            for (int i = 0; i < trailing.length; i++) {
                apply = MethodHandles.insertArguments(apply, LOOP.parameterCount(), trailing[i]);
            }
            return apply;
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(simdClass + " has no apply" + LOOP, e);
        }
    }

    private static String name(Kernel kernel) {
        Method m = kernel.method();
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }
}
