package io.github.sparkactivations.core.catalog;

import java.util.List;

/**
 * A string parameter that selects one of a function's forms, such as gelu's
 * {@code approximate = 'none' | 'tanh'}. It must be a literal; the first value is the default.
 */
public record Choice(String name, List<String> values, String description) {

    public String defaultValue() {
        return values.get(0);
    }
}
