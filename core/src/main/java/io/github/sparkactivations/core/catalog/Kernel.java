package io.github.sparkactivations.core.catalog;

import java.io.Serializable;
import java.lang.reflect.Method;

/**
 * A scalar kernel {@code double f(double x, double... parameters)}, written in the catalog as a
 * method reference to a public static method, such as {@code Gelu::exact}.
 *
 * <p>One reference serves two callers: Java code calls it as a lambda (the batch kernels), and
 * Spark's generated code calls the static method itself, found by {@link #method()}. The
 * interfaces are {@link Serializable} only so that the compiler records which method a reference
 * names; nothing is ever serialized.
 */
public sealed interface Kernel extends Serializable permits Kernel.Unary, Kernel.Binary, Kernel.Ternary,
        Kernel.Quaternary {

    /** {@code f(x)}. */
    @FunctionalInterface
    non-sealed interface Unary extends Kernel {
        double apply(double x);
    }

    /** {@code f(x, a)}. */
    @FunctionalInterface
    non-sealed interface Binary extends Kernel {
        double apply(double x, double a);
    }

    /** {@code f(x, a, b)}. */
    @FunctionalInterface
    non-sealed interface Ternary extends Kernel {
        double apply(double x, double a, double b);
    }

    /** {@code f(x, a, b, c)}. */
    @FunctionalInterface
    non-sealed interface Quaternary extends Kernel {
        double apply(double x, double a, double b, double c);
    }

    /** Number of arguments after {@code x}. */
    default int parameterCount() {
        if (this instanceof Unary) {
            return 0;
        }
        if (this instanceof Binary) {
            return 1;
        }
        return this instanceof Ternary ? 2 : 3;
    }

    /** Applies the kernel to one value; {@code parameters} holds exactly {@link #parameterCount()} values. */
    default double apply(double x, double[] parameters) {
        if (this instanceof Unary f) {
            return f.apply(x);
        }
        if (this instanceof Binary f) {
            return f.apply(x, parameters[0]);
        }
        if (this instanceof Ternary f) {
            return f.apply(x, parameters[0], parameters[1]);
        }
        return ((Quaternary) this).apply(x, parameters[0], parameters[1], parameters[2]);
    }

    /** The public static method this reference names. */
    default Method method() {
        return StaticMethods.of(this, parameterCount() + 1);
    }
}
