package io.github.sparkactivations.core.catalog;

/** A SQL call and the exact result Spark prints for it, shown in the docs and run by the tests. */
public record Example(String call, String result) implements java.io.Serializable {
}
