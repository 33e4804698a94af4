package io.github.sparkactivations.core.catalog;

/**
 * A scalar kernel {@code double f(double x, double... parameters)}, written in the catalog as a method reference
 * to a static method, such as {@code Gelu::exact}: the batch kernels call it as a lambda, and Spark's generated
 * code calls it through its interface ({@link DoubleKernel}).
 */
public sealed interface Kernel extends DoubleKernel permits Kernel.Unary, Kernel.Binary, Kernel.Ternary,
        Kernel.Quaternary {

    /** {@code f(x)}. */
    @FunctionalInterface
    non-sealed interface Unary extends Kernel {
        double apply(double x);

        @Override
        default Class<Unary> type() {
            return Unary.class;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0]);
        }
    }

    /** {@code f(x, a)}. */
    @FunctionalInterface
    non-sealed interface Binary extends Kernel {
        double apply(double x, double a);

        @Override
        default Class<Binary> type() {
            return Binary.class;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1]);
        }
    }

    /** {@code f(x, a, b)}. */
    @FunctionalInterface
    non-sealed interface Ternary extends Kernel {
        double apply(double x, double a, double b);

        @Override
        default Class<Ternary> type() {
            return Ternary.class;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2]);
        }
    }

    /** {@code f(x, a, b, c)}. */
    @FunctionalInterface
    non-sealed interface Quaternary extends Kernel {
        double apply(double x, double a, double b, double c);

        @Override
        default Class<Quaternary> type() {
            return Quaternary.class;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2], a[3]);
        }
    }

    /** Number of arguments after {@code x}. */
    default int parameterCount() {
        return arity() - 1;
    }

    @Override
    default int arity() {
        if (this instanceof Unary) {
            return 1;
        }
        if (this instanceof Binary) {
            return 2;
        }
        return this instanceof Ternary ? 3 : 4;
    }

    /** Applies the kernel to one value; {@code parameters} holds exactly {@link #parameterCount()} values. */
    default double apply(double x, double[] parameters) {
        double[] arguments = new double[arity()];
        arguments[0] = x;
        System.arraycopy(parameters, 0, arguments, 1, parameters.length);
        return applyTo(arguments);
    }
}
