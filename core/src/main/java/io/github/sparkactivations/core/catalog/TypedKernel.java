package io.github.sparkactivations.core.catalog;

import java.io.Serializable;

/**
 * What the catalog names as the code that runs a usage: an object of a typed functional interface whose one method
 * is {@code apply}. Spark's generated code casts the object to {@link #type()} and calls {@code apply} with
 * arguments of the types that interface declares. {@link Serializable}, so that a query plan can carry it to the
 * executors.
 */
public interface TypedKernel extends Serializable {

    /** The functional interface this kernel implements, whose {@code apply} generated code calls. */
    Class<? extends TypedKernel> type();
}
