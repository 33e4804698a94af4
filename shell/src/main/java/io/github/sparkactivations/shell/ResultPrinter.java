package io.github.sparkactivations.shell;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

/** Prints a query's result as an aligned table, CSV with a header line, or JSON lines. */
enum ResultPrinter {
    TABLE {
        @Override
        void print(Dataset<Row> result, PrintStream out) {
            String[] names = result.columns();
            List<String[]> rows = new ArrayList<>();
            asText(result).forEachRemaining(rows::add);
            int[] width = Arrays.stream(names).mapToInt(String::length).toArray();
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    width[i] = Math.max(width[i], text(row[i], "NULL").length());
                }
            }
            String rule = rule(width);
            out.println(rule);
            out.println(line(names, width, "NULL"));
            out.println(rule);
            rows.forEach(row -> out.println(line(row, width, "NULL")));
            out.println(rule);
            out.flush();
        }
    },
    CSV {
        @Override
        void print(Dataset<Row> result, PrintStream out) {
            out.println(String.join(",", Arrays.stream(result.columns()).map(ResultPrinter::csvField).toList()));
            asText(result).forEachRemaining(row ->
                    out.println(String.join(",", Arrays.stream(row).map(ResultPrinter::csvField).toList())));
            out.flush();
        }
    },
    JSON {
        @Override
        void print(Dataset<Row> result, PrintStream out) {
            Column object = to_json(struct(col("*")), Map.of("ignoreNullFields", "false"));
            result.select(object).toLocalIterator().forEachRemaining(row -> out.println(row.getString(0)));
            out.flush();
        }
    };

    /** Prints every row of {@code result} to {@code out}. */
    abstract void print(Dataset<Row> result, PrintStream out);

    /** The printer a {@code --format} value names. */
    static ResultPrinter named(String format) {
        try {
            return valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be table, csv or json, not " + format, e);
        }
    }

    /** Rows with every value as Spark's own text of it: a cast to string, or JSON for nested values. */
    private static Iterator<String[]> asText(Dataset<Row> result) {
        StructField[] fields = result.schema().fields();
        String[] positions = new String[fields.length];
        Column[] columns = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            positions[i] = "_" + i;
            DataType type = fields[i].dataType();
            boolean nested = type instanceof ArrayType || type instanceof MapType || type instanceof StructType
                    || type.typeName().equals("variant"); // VariantType: Spark 4 only
            columns[i] = nested ? to_json(col(positions[i])) : col(positions[i]).cast("string");
        }
        // Renamed to positions first: a result may hold two columns of the same name.
        Iterator<Row> rows = result.toDF(positions).select(columns).toLocalIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String[] next() {
                Row row = rows.next();
                String[] values = new String[row.length()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.isNullAt(i) ? null : row.getString(i);
                }
                return values;
            }
        };
    }

    private static String text(String value, String nullText) {
        return value == null ? nullText : value;
    }

    private static String rule(int[] width) {
        StringBuilder sb = new StringBuilder("+");
        for (int w : width) {
            sb.append("-".repeat(w + 2)).append('+');
        }
        return sb.toString();
    }

    private static String line(String[] values, int[] width, String nullText) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < values.length; i++) {
            String v = text(values[i], nullText);
            sb.append(' ').append(v).append(" ".repeat(width[i] - v.length())).append(" |");
        }
        return sb.toString();
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
