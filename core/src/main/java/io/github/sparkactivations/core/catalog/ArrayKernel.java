package io.github.sparkactivations.core.catalog;

/**
 * What runs an array usage of a vector function: a typed function of the row's values (a copy it may overwrite) and
 * the call's other arguments, in the usage's order after the array, each as its {@link VectorFunction.Type} says: a
 * {@code double[]} for a second array, an {@code int} for a label or an integer literal, a {@code double} for a
 * numeric literal. It returns a {@code double[]} for {@code array<double>} or a {@code Double} for {@code double},
 * or null for invalid input (a label out of range, a length that does not divide) unless {@code strict} (Spark's
 * ANSI mode), when it throws {@link IllegalArgumentException} instead. Spark's generated code calls {@code apply}
 * ({@link TypedKernel}); a new signature is one more interface here.
 */
public sealed interface ArrayKernel extends TypedKernel {

    /** Whether it returns an array ({@code array<double>}), else a number ({@code double}). */
    boolean returnsArray();

    /** {@code f(x) -> array}. */
    @FunctionalInterface
    non-sealed interface ToArray extends ArrayKernel {
        double[] apply(double[] x, boolean strict);

        @Override
        default Class<ToArray> type() {
            return ToArray.class;
        }

        @Override
        default boolean returnsArray() {
            return true;
        }
    }

    /** {@code f(x, a) -> array}, a a number. */
    @FunctionalInterface
    non-sealed interface ToArrayWithDouble extends ArrayKernel {
        double[] apply(double[] x, double a, boolean strict);

        @Override
        default Class<ToArrayWithDouble> type() {
            return ToArrayWithDouble.class;
        }

        @Override
        default boolean returnsArray() {
            return true;
        }
    }

    /** {@code f(x, k) -> array}, k an integer. */
    @FunctionalInterface
    non-sealed interface ToArrayWithInt extends ArrayKernel {
        double[] apply(double[] x, int k, boolean strict);

        @Override
        default Class<ToArrayWithInt> type() {
            return ToArrayWithInt.class;
        }

        @Override
        default boolean returnsArray() {
            return true;
        }
    }

    /** {@code f(x, v) -> array}, v a second array. */
    @FunctionalInterface
    non-sealed interface ToArrayWithArray extends ArrayKernel {
        double[] apply(double[] x, double[] v, boolean strict);

        @Override
        default Class<ToArrayWithArray> type() {
            return ToArrayWithArray.class;
        }

        @Override
        default boolean returnsArray() {
            return true;
        }
    }

    /** {@code f(x) -> number}. */
    @FunctionalInterface
    non-sealed interface ToNumber extends ArrayKernel {
        Double apply(double[] x, boolean strict);

        @Override
        default Class<ToNumber> type() {
            return ToNumber.class;
        }

        @Override
        default boolean returnsArray() {
            return false;
        }
    }

    /** {@code f(x, k) -> number}, k an integer. */
    @FunctionalInterface
    non-sealed interface ToNumberWithInt extends ArrayKernel {
        Double apply(double[] x, int k, boolean strict);

        @Override
        default Class<ToNumberWithInt> type() {
            return ToNumberWithInt.class;
        }

        @Override
        default boolean returnsArray() {
            return false;
        }
    }

    /** {@code f(x, k, a) -> number}, k an integer, a a number. */
    @FunctionalInterface
    non-sealed interface ToNumberWithIntAndDouble extends ArrayKernel {
        Double apply(double[] x, int k, double a, boolean strict);

        @Override
        default Class<ToNumberWithIntAndDouble> type() {
            return ToNumberWithIntAndDouble.class;
        }

        @Override
        default boolean returnsArray() {
            return false;
        }
    }

    /** {@code f(x, v) -> number}, v a second array. */
    @FunctionalInterface
    non-sealed interface ToNumberWithArray extends ArrayKernel {
        Double apply(double[] x, double[] v, boolean strict);

        @Override
        default Class<ToNumberWithArray> type() {
            return ToNumberWithArray.class;
        }

        @Override
        default boolean returnsArray() {
            return false;
        }
    }
}
