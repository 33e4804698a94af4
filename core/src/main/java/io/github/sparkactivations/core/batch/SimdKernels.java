package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.catalog.Kernel;
import io.github.sparkactivations.core.kernels.Sigmoid;
import io.github.sparkactivations.core.kernels.Swish;
import io.github.sparkactivations.core.simd.VectorSigmoid;
import io.github.sparkactivations.core.simd.VectorSilu;

import java.lang.reflect.Method;

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

    private SimdKernels() {
    }

    /** The SIMD loop of {@code kernel}, or null if it has none or the Vector API is absent. */
    static Loop of(Kernel kernel) {
        if (!AVAILABLE) {
            return null;
        }
        Method m = kernel.method();
        if (m.getDeclaringClass() == Sigmoid.class && m.getName().equals("sigmoid")) {
            return VectorSigmoid::apply;
        }
        if (m.getDeclaringClass() == Swish.class && m.getName().equals("silu")) {
            return VectorSilu::apply;
        }
        return null;
    }
}
