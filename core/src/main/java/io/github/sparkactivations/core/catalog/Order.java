package io.github.sparkactivations.core.catalog;

/** A constraint between two numeric parameters: {@code lower <= upper}, such as hardtanh's min_val and max_val. */
public record Order(String lower, String upper) implements java.io.Serializable {

    @Override
    public String toString() {
        return lower + " <= " + upper;
    }
}
