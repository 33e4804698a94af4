package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.catalog.Kernel;
import io.github.sparkactivations.core.kernels.Elu;
import io.github.sparkactivations.core.simd.SimdCeluGrad;
import io.github.sparkactivations.core.simd.SimdElu;
import io.github.sparkactivations.core.simd.SimdEluGrad;
import io.github.sparkactivations.core.simd.SimdGelu;
import io.github.sparkactivations.core.simd.SimdGeluGrad;
import io.github.sparkactivations.core.simd.SimdGeluTanh;
import io.github.sparkactivations.core.simd.SimdGeluTanhGrad;
import io.github.sparkactivations.core.simd.SimdLogSigmoid;
import io.github.sparkactivations.core.simd.SimdMish;
import io.github.sparkactivations.core.simd.SimdMishGrad;
import io.github.sparkactivations.core.simd.SimdSigmoid;
import io.github.sparkactivations.core.simd.SimdSigmoidGrad;
import io.github.sparkactivations.core.simd.SimdSelu;
import io.github.sparkactivations.core.simd.SimdSilu;
import io.github.sparkactivations.core.simd.SimdSoftplus;
import io.github.sparkactivations.core.simd.SimdSoftplusBeta;
import io.github.sparkactivations.core.simd.SimdSoftplusGrad;
import io.github.sparkactivations.core.simd.SimdSwish;
import io.github.sparkactivations.core.simd.SimdSwishGrad;
import io.github.sparkactivations.core.simd.SimdTanhShrink;
import io.github.sparkactivations.core.simd.SimdTanhShrinkGrad;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.BiPredicate;

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
     * The SIMD loop of each kernel that has one, by {@code Class.method} of its scalar kernel. A form's lambdas link
     * no class of package {@code simd}; only calling {@code loop} does.
     */
    private static final Map<String, SimdForm> FORMS = Map.ofEntries(
            entry("Sigmoid.sigmoid", (a, b) -> loop(SimdSigmoid.class)),
            entry("Sigmoid.grad", (a, b) -> loop(SimdSigmoidGrad.class, 1.0, 1.0)),
            entry("Tanh.grad", (a, b) -> loop(SimdSigmoidGrad.class, 2.0, 4.0)),
            entry("TanhShrink.value", (a, b) -> loop(SimdTanhShrink.class)),
            entry("TanhShrink.grad", (a, b) -> loop(SimdTanhShrinkGrad.class)),
            entry("LogSigmoid.value", (a, b) -> loop(SimdLogSigmoid.class)),
            // sigmoid(-x): softplus_grad at beta -1, with a threshold only +inf passes (sigmoid(+inf) = 1)
            entry("LogSigmoid.grad", (a, b) -> loop(SimdSoftplusGrad.class, -1.0, Double.MAX_VALUE)),
            // beta 1 without beta's double-double; any other beta whose ln2 / beta is finite
            entry("Softplus.value", new SimdForm((a, b) -> Math.abs(a) >= 0x1p-1000,
                    (a, b) -> a == 1 ? loop(SimdSoftplus.class, b) : loop(SimdSoftplusBeta.class, a, b))),
            entry("Softplus.grad", (a, b) -> loop(SimdSoftplusGrad.class, a, b)),
            entry("Swish.silu", (a, b) -> loop(SimdSilu.class)),
            entry("Swish.swish", (a, b) -> loop(SimdSwish.class, a)),
            entry("Swish.siluGrad", (a, b) -> loop(SimdSwishGrad.class, 1.0)),
            entry("Swish.swishGrad", (a, b) -> loop(SimdSwishGrad.class, a)),
            entry("Mish.value", (a, b) -> loop(SimdMish.class)),
            entry("Mish.grad", (a, b) -> loop(SimdMishGrad.class)),
            entry("Gelu.exact", (a, b) -> loop(SimdGelu.class)),
            entry("Gelu.tanh", (a, b) -> loop(SimdGeluTanh.class)),
            entry("Gelu.exactGrad", (a, b) -> loop(SimdGeluGrad.class)),
            entry("Gelu.tanhGrad", (a, b) -> loop(SimdGeluTanhGrad.class)),
            entry("Elu.elu", (a, b) -> loop(SimdElu.class, a, 1.0)),
            entry("Elu.celu", (a, b) -> loop(SimdElu.class, a, a)),
            entry("Elu.selu", (a, b) -> loop(SimdSelu.class)),
            entry("Elu.eluGrad", (a, b) -> loop(SimdEluGrad.class, 1.0, a, 0.0)),
            entry("Elu.celuGrad", new SimdForm((a, b) -> a >= 0x1p-900, (a, b) -> loop(SimdCeluGrad.class, a))),
            entry("Elu.seluGrad", (a, b) -> loop(SimdEluGrad.class, Elu.SELU_SCALE, Elu.SELU_SCALE_ALPHA,
                    Elu.SELU_SCALE_ALPHA_LO)));

    /** A loop for the parameters {@code (a, b)} (NaN where the kernel has fewer). */
    @FunctionalInterface
    private interface Binder {
        MethodHandle bind(double a, double b);
    }

    /** Which parameters a SIMD form serves, and its loop for them. */
    private record SimdForm(BiPredicate<Double, Double> serves, Binder loop) {
    }

    private static Map.Entry<String, SimdForm> entry(String kernel, SimdForm form) {
        return Map.entry(kernel, form);
    }

    private static Map.Entry<String, SimdForm> entry(String kernel, Binder loop) {
        return Map.entry(kernel, new SimdForm((a, b) -> true, loop));
    }

    private static final MethodType LOOP = MethodType.methodType(void.class, double[].class, int.class, double[].class,
            int.class, int.class);

    private SimdKernels() {
    }

    /** Whether {@code kernel} has a SIMD form for parameters {@code (a, b)}, whether or not the Vector API is present to run it. */
    static boolean has(Kernel kernel, double a, double b) {
        SimdForm form = FORMS.get(name(kernel));
        return form != null && form.serves().test(a, b);
    }

    /** The SIMD loop of {@code kernel} with parameters {@code (a, b)}, or null if it has none or the Vector API is absent. */
    static Loop of(Kernel kernel, double a, double b) {
        return AVAILABLE && has(kernel, a, b) ? new CompiledAlone(FORMS.get(name(kernel)).loop().bind(a, b)) : null;
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
