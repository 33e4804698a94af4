package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.catalog.Kernel;
import io.github.sparkactivations.core.simd.VectorElu;
import io.github.sparkactivations.core.simd.VectorMish;
import io.github.sparkactivations.core.simd.VectorSigmoid;
import io.github.sparkactivations.core.simd.VectorSigmoidGrad;
import io.github.sparkactivations.core.simd.VectorSilu;

import java.lang.reflect.Method;
import java.util.Set;

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

    /** The kernels with a SIMD form, by {@code Class.method} of their scalar kernel. */
    private static final Set<String> FORMS = Set.of("Sigmoid.sigmoid", "Sigmoid.grad", "Tanh.grad", "Swish.silu",
            "Mish.value", "Elu.elu", "Elu.celu");

    private SimdKernels() {
    }

    /** Whether {@code kernel} has a SIMD form, whether or not the Vector API is present to run it. */
    static boolean has(Kernel kernel) {
        return FORMS.contains(name(kernel));
    }

    /** The SIMD loop of {@code kernel} with its first parameter {@code a}, or null if it has none or the Vector API is absent. */
    static Loop of(Kernel kernel, double a) {
        if (!AVAILABLE || !has(kernel)) {
            return null;
        }
        return switch (name(kernel)) {
            case "Sigmoid.sigmoid" -> VectorSigmoid::apply;
            case "Sigmoid.grad" -> (in, from, out, outFrom, n) -> VectorSigmoidGrad.apply(in, from, out, outFrom, n, 1, 1);
            case "Tanh.grad" -> (in, from, out, outFrom, n) -> VectorSigmoidGrad.apply(in, from, out, outFrom, n, 2, 4);
            case "Swish.silu" -> VectorSilu::apply;
            case "Mish.value" -> VectorMish::apply;
            case "Elu.elu" -> (in, from, out, outFrom, n) -> VectorElu.apply(in, from, out, outFrom, n, a, 1);
            case "Elu.celu" -> (in, from, out, outFrom, n) -> VectorElu.apply(in, from, out, outFrom, n, a, a);
            default -> throw new IllegalStateException("a SIMD form without its loop: " + name(kernel));
        };
    }

    private static String name(Kernel kernel) {
        Method m = kernel.method();
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }
}
