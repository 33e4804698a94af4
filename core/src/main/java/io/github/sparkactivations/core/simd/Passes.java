package io.github.sparkactivations.core.simd;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A SIMD kernel too big for one loop, run as passes over blocks of {@value #BLOCK} values, each pass one loop
 * that C2 compiles on its own. C2 stops inlining once a compilation unit reaches its node budget
 * (NodeCountInliningCutoff in -XX:+PrintInlining): one loop holding exp, log1p and their neighbours left a helper
 * not inlined, and every vector crossing that call was boxed (softplus 24 B per value, gelu 208, with times
 * varying 5x from fork to fork; JMH -prof gc). Plain calls of the passes would be inlined into one unit again, so
 * they go through method handles that C2 cannot see through (not constants). Intermediates go through a
 * per-call {@link Scratch}.
 */
final class Passes {

    static final int BLOCK = 256;
    /** Each scratch array's length: a block and room to pad (SimdGelu aligns each segment to whole vectors). */
    static final int STRIDE = BLOCK + 64;

    /** One loop over a block: a static method of the kernel's class, named in the catalog of its passes. */
    @FunctionalInterface
    interface Pass {
        void apply(double[] in, int from, Scratch scratch, double[] out, int outFrom, int n);
    }

    /** {@link Pass#apply}, the interface's one method. */
    private static final MethodHandle APPLY;

    static {
        try {
            APPLY = MethodHandles.lookup().findVirtual(Pass.class, "apply", MethodType.methodType(void.class,
                    double[].class, int.class, Scratch.class, double[].class, int.class, int.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The passes, in order: an array, whose elements C2 does not take for constants. */
    private final MethodHandle[] passes;
    private final int arrays;

    /** {@code passes}, in order, with {@code arrays} scratch arrays of a {@link #STRIDE} each. */
    Passes(int arrays, Pass... passes) {
        this.arrays = arrays;
        this.passes = new MethodHandle[passes.length];
        for (int i = 0; i < passes.length; i++) {
            this.passes[i] = APPLY.bindTo(passes[i]);
        }
    }

    /**
     * Runs every pass over each block of {@code in[from, from + length)}, the last one writing {@code out};
     * {@code parameters} are the kernel's.
     */
    void run(double[] in, int from, double[] out, int outFrom, int length, double... parameters) {
        Scratch scratch = new Scratch(new double[arrays * STRIDE], new int[STRIDE + 16], parameters);
        for (int start = 0; start < length; start += BLOCK) {
            int n = Math.min(BLOCK, length - start);
            for (MethodHandle pass : passes) {
                try {
                    pass.invokeExact(in, from + start, scratch, out, outFrom + start, n);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * A block's intermediates: {@code values} holds the kernel's arrays one after another, {@link #STRIDE} apart,
     * {@code ints} a stride of ints and 16 more; and the kernel's parameters.
     */
    record Scratch(double[] values, int[] ints, double[] parameters) {
    }
}
