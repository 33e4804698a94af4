package io.github.sparkactivations.core.catalog;

/**
 * A core function of doubles to a double, as the catalog names what runs a scalar form ({@link Kernel}) or a state's step
 * ({@link StepKernel}): a typed functional interface whose one method {@code apply} takes
 * {@link #arity()} doubles ({@link TypedKernel}); Java callers may use {@link #applyTo}.
 */
public interface DoubleKernel extends TypedKernel {

    /** How many doubles {@code apply} takes. */
    int arity();

    /** {@code apply(arguments...)}; {@code arguments} holds exactly {@link #arity()} values. */
    double applyTo(double... arguments);
}
