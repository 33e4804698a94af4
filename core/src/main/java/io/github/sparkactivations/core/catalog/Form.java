package io.github.sparkactivations.core.catalog;

/**
 * One way of computing a function: its formula as documentation, and the kernel that computes it.
 * A random form's kernel takes one more argument after the parameters: a uniform draw from [0, 1),
 * which Spark supplies from {@code rand(seed)}.
 */
public record Form(String formula, Kernel kernel, boolean random) {
}
