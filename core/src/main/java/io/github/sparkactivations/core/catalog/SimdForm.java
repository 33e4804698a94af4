package io.github.sparkactivations.core.catalog;

import java.io.Serializable;

/**
 * A scalar form's SIMD loop, for the parameters it serves: written in the catalog as lambdas, such as
 * {@code SimdForm.of(p -> SimdSigmoid::apply)}, so that the loop's class (which uses the Vector API, an incubator
 * module) is named only inside a lambda's body and loaded only when a loop is bound, which the batch kernels do only
 * when the module is present. A method reference at the top ({@code SimdSigmoid::apply} alone) would load it with
 * the catalog.
 *
 * @param serves the parameters the loop serves (all, for most)
 * @param binder the loop for given parameters, in catalog order
 */
public record SimdForm(Serves serves, Binder binder) implements Serializable {

    /** Whether the loop serves these parameters. */
    @FunctionalInterface
    public interface Serves extends Serializable {
        boolean test(double[] parameters);
    }

    /** The loop for these parameters. */
    @FunctionalInterface
    public interface Binder extends Serializable {
        SimdLoop bind(double[] parameters);
    }

    /** A loop for every value of the parameters. */
    public static SimdForm of(Binder binder) {
        return new SimdForm(parameters -> true, binder);
    }

    /** A loop for the parameters {@code serves} accepts; the scalar kernel runs for the others. */
    public static SimdForm when(Serves serves, Binder binder) {
        return new SimdForm(serves, binder);
    }
}
