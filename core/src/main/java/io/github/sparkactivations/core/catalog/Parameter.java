package io.github.sparkactivations.core.catalog;

/** A numeric parameter of a function: its SQL name, default, the values it accepts, and what it means. */
public record Parameter(String name, double defaultValue, Range range, String description) {

    public Parameter {
        if (!range.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + range);
        }
    }
}
