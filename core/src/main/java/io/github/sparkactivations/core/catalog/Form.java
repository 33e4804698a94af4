package io.github.sparkactivations.core.catalog;

/** One way of computing a function: its formula as documentation, and the kernel that computes it. */
public record Form(String formula, Kernel kernel) {
}
