package io.github.sparkactivations.core.catalog;

import java.io.Serializable;

/**
 * What runs an array usage of a vector function: a core function of the row's values (a copy it may
 * overwrite) and the call's other arguments, in the usage's order after the array: an {@code Integer}
 * for a label or an integer literal, a {@code Double} for a numeric literal, a {@code double[]} for a
 * second array. It returns a {@code double[]} for {@code array<double>}, a {@code Double} for
 * {@code double}, or null for invalid input (a label out of range, a length that does not divide)
 * unless {@code strict} (Spark's ANSI mode), when it throws {@link IllegalArgumentException} instead.
 * {@link Serializable}, so that a query plan can carry it to the executors.
 */
@FunctionalInterface
public interface ArrayKernel extends Serializable {

    Object apply(double[] values, Object[] arguments, boolean strict);
}
