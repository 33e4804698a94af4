package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.catalog.Kernel;
import io.github.sparkactivations.core.simd.SimdElu;
import io.github.sparkactivations.core.simd.SimdMish;
import io.github.sparkactivations.core.simd.SimdSigmoid;
import io.github.sparkactivations.core.simd.SimdSigmoidGrad;
import io.github.sparkactivations.core.simd.SimdSilu;

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
     * first parameter. The outer lambdas link no class of package {@code simd}; only calling one does.
     */
    private static final Map<String, DoubleFunction<Loop>> FORMS = Map.of(
            "Sigmoid.sigmoid", a -> SimdSigmoid::apply,
            "Sigmoid.grad", a -> (in, from, out, outFrom, n) -> SimdSigmoidGrad.apply(in, from, out, outFrom, n, 1, 1),
            "Tanh.grad", a -> (in, from, out, outFrom, n) -> SimdSigmoidGrad.apply(in, from, out, outFrom, n, 2, 4),
            "Swish.silu", a -> SimdSilu::apply,
            "Mish.value", a -> SimdMish::apply,
            "Elu.elu", a -> (in, from, out, outFrom, n) -> SimdElu.apply(in, from, out, outFrom, n, a, 1),
            "Elu.celu", a -> (in, from, out, outFrom, n) -> SimdElu.apply(in, from, out, outFrom, n, a, a));

    private SimdKernels() {
    }

    /** Whether {@code kernel} has a SIMD form, whether or not the Vector API is present to run it. */
    static boolean has(Kernel kernel) {
        return FORMS.containsKey(name(kernel));
    }

    /** The SIMD loop of {@code kernel} with its first parameter {@code a}, or null if it has none or the Vector API is absent. */
    static Loop of(Kernel kernel, double a) {
        return AVAILABLE && has(kernel) ? FORMS.get(name(kernel)).apply(a) : null;
    }

    private static String name(Kernel kernel) {
        Method m = kernel.method();
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }
}
