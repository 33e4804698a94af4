package io.github.sparkactivations.core.catalog;

import java.util.List;

/**
 * A literal parameter that selects one of a function's forms: a string, such as gelu's
 * {@code approximate = 'none' | 'tanh'}, or a boolean flag, such as rrelu's {@code training}.
 * The first value is the default.
 */
public record Choice(String name, List<String> values, String description, boolean flag)
        implements java.io.Serializable {

    public String defaultValue() {
        return values.get(0);
    }

    /** The value as SQL writes it: {@code 'tanh'}, or {@code true} for a flag. */
    public String sql(String value) {
        return flag ? value : "'" + value + "'";
    }
}
