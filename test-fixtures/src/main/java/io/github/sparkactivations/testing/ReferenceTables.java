package io.github.sparkactivations.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The mpmath reference tables ({@code core/src/test/python/make_reference.py} and {@code make_vector_reference.py}
 * write them): {@code index.txt} names one CSV per function, form and parameters ({@code x,reference}, the exact
 * value to 40 digits), {@code vectors.txt} the vector cases.
 */
public final class ReferenceTables {

    private ReferenceTables() {
    }

    /** The lines of the table {@code name}, such as {@code gelu.tanh.csv}. */
    public static List<String> lines(String name) {
        try (InputStream in = ReferenceTables.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference table " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
