package io.github.sparkactivations.core;

import io.github.sparkactivations.core.docs.ReadmeTables;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's function tables are the ones the catalog generates. */
class ReadmeTest {

    @Test
    void functionTablesMatchTheCatalog() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String table = ReadmeTables.functionTable();
        assertTrue(readme.contains("<!-- functions:start -->\n" + table + "<!-- functions:end -->"),
                "README.md's function table is stale; regenerate it (see ReadmeTables). Expected:\n" + table);
        String vectors = ReadmeTables.vectorFunctionTable();
        assertTrue(readme.contains("<!-- vector-functions:start -->\n" + vectors + "<!-- vector-functions:end -->"),
                "README.md's vector function table is stale; regenerate it (see ReadmeTables). Expected:\n" + vectors);
    }
}
