package io.github.sparkactivations.shell;

import io.github.sparkactivations.shell.plot.Chart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code --plot "gelu(x), gelu_grad(x)" --range -4:4 [--out file.svg]}: evaluates the SQL expressions of x on
 * the session, over the docs' sampling grid ({@link Chart#grid}), and draws them with the docs' {@link Chart}.
 * Prints one line naming the file written.
 */
final class PlotCommand {

    private PlotCommand() {
    }

    /** The file written. Spark's errors (a bad expression) propagate; a non-numeric expression is one too. */
    static Path run(SparkSession spark, String expressions, double from, double to, Path out) throws IOException {
        double[] grid = Chart.grid(from, to);
        String xs = Arrays.stream(grid).mapToObj(x -> String.format(Locale.ROOT, "%.17gD", x))
                .collect(Collectors.joining(", "));
        Dataset<Row> result = spark.sql("SELECT x, " + expressions + " FROM (SELECT explode(array(" + xs
                + ")) AS x) ORDER BY x");
        List<StructField> fields = Arrays.asList(result.schema().fields()).subList(1, result.schema().size());
        for (StructField f : fields) {
            if (!(f.dataType() instanceof NumericType)) {
                throw new IllegalArgumentException("--plot: " + f.name() + " is " + f.dataType().simpleString()
                        + ", not a number");
            }
        }
        List<Row> rows = result.collectAsList();
        Chart chart = Chart.titled(expressions, "x");
        for (int c = 0; c < fields.size(); c++) {
            double[] y = new double[rows.size()];
            for (int i = 0; i < y.length; i++) {
                Row r = rows.get(i);
                y[i] = r.isNullAt(c + 1) ? Double.NaN : ((Number) r.get(c + 1)).doubleValue();
            }
            chart.add(new Chart.Series(fields.get(c).name(), grid, y));
        }
        Path file = out != null ? out : Files.createTempFile("activations-plot-", ".svg");
        Files.writeString(file, chart.svg());
        return file;
    }
}
