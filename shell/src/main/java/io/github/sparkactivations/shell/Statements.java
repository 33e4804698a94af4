package io.github.sparkactivations.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at the semicolons that are not inside quotes ({@code '...'},
 * {@code "..."}, {@code `...`}) or comments ({@code -- ...}, {@code /* ... *}{@code /}).
 */
final class Statements {

    private Statements() {
    }

    /** Statements ended by a semicolon, and the text after the last one (blank if none). */
    record Split(List<String> complete, String rest) {
    }

    /** Every non-blank statement of a script, trimmed, without its semicolon; the last needs none. */
    static List<String> all(String sql) {
        Split split = split(sql);
        List<String> out = new ArrayList<>(split.complete());
        add(out, new StringBuilder(split.rest()));
        return out;
    }

    /** The statements that a semicolon has ended so far, and what follows them. */
    static Split split(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = closing(sql, i + 1, String.valueOf(c));
            } else if (sql.startsWith("--", i)) {
                end = closing(sql, i + 2, "\n");
            } else if (sql.startsWith("/*", i)) {
                end = closing(sql, i + 2, "*/");
            } else if (c == ';') {
                add(out, current);
                current.setLength(0);
                i++;
                continue;
            } else {
                end = i + 1;
            }
            current.append(sql, i, end);
            i = end;
        }
        return new Split(out, current.toString());
    }

    /** Index just past the first {@code terminator} at or after {@code from} (backslash escapes skipped). */
    private static int closing(String sql, int from, String terminator) {
        int i = from;
        while (i < sql.length()) {
            if (sql.charAt(i) == '\\' && terminator.length() == 1 && terminator.charAt(0) != '\n') {
                i += 2;
            } else if (sql.startsWith(terminator, i)) {
                return i + terminator.length();
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static void add(List<String> out, StringBuilder statement) {
        String s = statement.toString().strip();
        if (!s.isEmpty() && !onlyComments(s)) {
            out.add(s);
        }
    }

    private static boolean onlyComments(String s) {
        return s.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "").isBlank();
    }
}
