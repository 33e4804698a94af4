package io.github.sparkactivations.core.catalog;

import java.io.Serializable;
import java.util.Optional;

/**
 * One way of computing a function: its formula as documentation, the kernel that computes it, and its SIMD loop
 * ({@code null} if it has none). A random form's kernel takes one more argument after the parameters: a uniform
 * draw from [0, 1), which Spark supplies from {@code rand(seed)}. {@link Serializable}, so that a query plan can
 * carry it to the executors.
 */
public record Form(String formula, Kernel kernel, boolean random, SimdForm simd) implements Serializable {

    /** The SIMD loop of this form for {@code parameters}, if it has one that serves them. */
    public Optional<SimdForm> simdFor(double[] parameters) {
        return Optional.ofNullable(simd).filter(s -> s.serves().test(parameters));
    }

    /** This form with its SIMD loop. */
    Form withSimd(SimdForm loop) {
        return new Form(formula, kernel, random, loop);
    }
}
