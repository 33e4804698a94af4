package io.github.sparkactivations.core.catalog;

/**
 * A step of a {@link RowState}, or a window usage's row kernel (from the row's columns and the window state's final
 * slots): a core function of doubles to a double, written in the catalog as a method reference such as
 * {@code LogSumExpState::scale} or {@code WindowKernels::softmax}, one interface per arity. Spark's generated aggregation code calls
 * it through its interface ({@link DoubleKernel}); Java callers may use {@link #applyTo}.
 */
public sealed interface StepKernel extends DoubleKernel permits StepKernel.Of2, StepKernel.Of3, StepKernel.Of4, StepKernel.Of5, StepKernel.Of6, StepKernel.Of7, StepKernel.Of8, StepKernel.Of10 {

    /** {@code f(a, b)}. */
    @FunctionalInterface
    non-sealed interface Of2 extends StepKernel {
        double apply(double a, double b);

        @Override
        default Class<Of2> type() {
            return Of2.class;
        }

        @Override
        default int arity() {
            return 2;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1]);
        }
    }

    /** {@code f(a, b, c)}. */
    @FunctionalInterface
    non-sealed interface Of3 extends StepKernel {
        double apply(double a, double b, double c);

        @Override
        default Class<Of3> type() {
            return Of3.class;
        }

        @Override
        default int arity() {
            return 3;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2]);
        }
    }

    /** {@code f(a, b, c, d)}. */
    @FunctionalInterface
    non-sealed interface Of4 extends StepKernel {
        double apply(double a, double b, double c, double d);

        @Override
        default Class<Of4> type() {
            return Of4.class;
        }

        @Override
        default int arity() {
            return 4;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2], a[3]);
        }
    }

    /** {@code f(a, b, c, d, e)}. */
    @FunctionalInterface
    non-sealed interface Of5 extends StepKernel {
        double apply(double a, double b, double c, double d, double e);

        @Override
        default Class<Of5> type() {
            return Of5.class;
        }

        @Override
        default int arity() {
            return 5;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2], a[3], a[4]);
        }
    }

    /** {@code f(a, b, c, d, e, f)}. */
    @FunctionalInterface
    non-sealed interface Of6 extends StepKernel {
        double apply(double a, double b, double c, double d, double e, double f);

        @Override
        default Class<Of6> type() {
            return Of6.class;
        }

        @Override
        default int arity() {
            return 6;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2], a[3], a[4], a[5]);
        }
    }

    /** {@code f(a, b, c, d, e, f, g)}. */
    @FunctionalInterface
    non-sealed interface Of7 extends StepKernel {
        double apply(double a, double b, double c, double d, double e, double f, double g);

        @Override
        default Class<Of7> type() {
            return Of7.class;
        }

        @Override
        default int arity() {
            return 7;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
        }
    }

    /** {@code f(a, b, c, d, e, f, g, h)}. */
    @FunctionalInterface
    non-sealed interface Of8 extends StepKernel {
        double apply(double a, double b, double c, double d, double e, double f, double g, double h);

        @Override
        default Class<Of8> type() {
            return Of8.class;
        }

        @Override
        default int arity() {
            return 8;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
        }
    }

    /** {@code f(a, b, c, d, e, f, g, h, i, j)}. */
    @FunctionalInterface
    non-sealed interface Of10 extends StepKernel {
        double apply(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j);

        @Override
        default Class<Of10> type() {
            return Of10.class;
        }

        @Override
        default int arity() {
            return 10;
        }

        @Override
        default double applyTo(double... a) {
            return apply(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]);
        }
    }
}
