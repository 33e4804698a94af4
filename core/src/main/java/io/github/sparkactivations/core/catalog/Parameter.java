package io.github.sparkactivations.core.catalog;

/**
 * A numeric parameter of a function: its SQL name, whether a call must give it (else its default
 * applies), the values it accepts, and what it means.
 */
public record Parameter(String name, boolean required, double defaultValue, Range range, String description)
        implements java.io.Serializable {

    public Parameter {
        if (!required && !range.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + range);
        }
    }
}
