package io.github.sparkactivations.shell;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementsTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String script = """
                -- a comment; not a statement end
                SELECT 'a;b', "c;d", `e;f` FROM t; /* block; comment */
                SELECT gelu(0.5);

                SELECT 1 -- trailing, no semicolon
                """;
        assertEquals(List.of(
                "-- a comment; not a statement end\nSELECT 'a;b', \"c;d\", `e;f` FROM t",
                "/* block; comment */\nSELECT gelu(0.5)",
                "SELECT 1 -- trailing, no semicolon"), Statements.all(script));
    }

    @Test
    void escapedQuotesDoNotEndAString() {
        assertEquals(List.of("SELECT 'it\\'s; fine'", "SELECT 2"), Statements.all("SELECT 'it\\'s; fine'; SELECT 2;"));
    }

    @Test
    void blankAndCommentOnlyInputHasNoStatements() {
        assertEquals(List.of(), Statements.all("  ;\n -- nothing\n;/* x */"));
    }

    @Test
    void anUnfinishedStatementIsTheRest() {
        Statements.Split split = Statements.split("SELECT 1; SELECT 'open;");
        assertEquals(List.of("SELECT 1"), split.complete());
        assertEquals(" SELECT 'open;", split.rest());
    }
}
