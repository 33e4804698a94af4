package io.github.sparkactivations.shell;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.spark.scalar.ActivationCall;
import org.apache.commons.numbers.core.Precision;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code bin/activations-sql}: a SQL shell and batch runner on an embedded Spark session with the
 * activation functions registered. See {@link ShellOptions#USAGE}.
 */
public final class ActivationsSql {

    private static final String PROMPT = "activations> ";
    private static final String CONTINUATION = "          -> ";

    private final SparkSession spark;
    private final ShellOptions options;
    private final PrintStream out;
    private final PrintStream err;

    private ActivationsSql(SparkSession spark, ShellOptions options) {
        this.spark = spark;
        this.options = options;
        this.out = System.out;
        this.err = System.err;
    }

    public static void main(String[] args) {
        quietLogging();
        ShellOptions options;
        try {
            options = ShellOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("activations-sql: " + e.getMessage());
            System.err.println(ShellOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(ShellOptions.USAGE);
            return;
        }
        if (options.file() != null && !Files.isReadable(Path.of(options.file()))) {
            System.err.println("activations-sql: cannot read the file " + options.file());
            System.exit(2);
            return;
        }
        SparkSession spark = session(options);
        int status = new ActivationsSql(spark, options).run();
        spark.stop();
        System.exit(status);
    }

    /** Sends Spark's logging to stderr at WARN, unless the user configured log4j2 themselves. */
    private static void quietLogging() {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile",
                    ActivationsSql.class.getResource("log4j2-shell.properties").toString());
        }
    }

    private static SparkSession session(ShellOptions options) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("activations-sql")
                .master(options.master())
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", Boolean.toString(options.progress()))
                .config("spark.sql.jsonGenerator.ignoreNullFields", "false");
        if (!options.master().startsWith("local")) {
            // Executors elsewhere need the kernels too.
            builder.config("spark.jars", Stream.of(Catalog.class, ActivationCall.class, Erfc.class, Precision.class)
                    .map(c -> c.getProtectionDomain().getCodeSource().getLocation().getPath())
                    .distinct().collect(Collectors.joining(",")));
        }
        options.conf().forEach(builder::config);
        return builder.getOrCreate();
    }

    /** Runs the statements of {@code -e}, {@code -f} or standard input, or the plot; returns the exit status. */
    private int run() {
        try {
            if (options.plot() != null) {
                return plot();
            }
            if (options.sql() != null) {
                return runScript(options.sql());
            }
            if (options.file() != null) {
                return runScript(Files.readString(Path.of(options.file())));
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (System.console() != null) {
                return interactive(in);
            }
            return runScript(in.lines().collect(Collectors.joining("\n")));
        } catch (IOException e) {
            err.println("activations-sql: " + e.getMessage());
            return 2;
        }
    }

    /** Draws {@code --plot}; prints the file's path, or one line of error. */
    private int plot() {
        try {
            Path file = PlotCommand.run(spark, options.plot(), options.range()[0], options.range()[1],
                    options.out() == null ? null : Path.of(options.out()));
            out.println("plot: " + file);
            return 0;
        } catch (NoClassDefFoundError e) {
            err.println("Error: --plot needs XChart (org.knowm.xchart:xchart:3.8.8) on the class path, as"
                    + " bin/activations-sql puts it: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            report(e);
            return 1;
        }
    }

    /** Runs every statement, stopping at the first error; prints the result of the last. */
    private int runScript(String script) {
        List<String> statements = Statements.all(script);
        for (int i = 0; i < statements.size(); i++) {
            boolean last = i == statements.size() - 1;
            if (!execute(statements.get(i), last)) {
                return 1;
            }
        }
        return 0;
    }

    /** Reads statements at a prompt, printing each result, until end of input. */
    private int interactive(BufferedReader in) throws IOException {
        StringBuilder pending = new StringBuilder();
        out.print(PROMPT);
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            pending.append(line).append('\n');
            Statements.Split split = Statements.split(pending.toString());
            split.complete().forEach(statement -> execute(statement, true));
            pending.setLength(0);
            pending.append(split.rest().isBlank() ? "" : split.rest());
            out.print(pending.isEmpty() ? PROMPT : CONTINUATION);
            out.flush();
        }
        out.println();
        return 0;
    }

    /** Runs one statement; prints its rows if {@code show}; on error prints one line and returns false. */
    private boolean execute(String statement, boolean show) {
        try {
            Dataset<Row> result = spark.sql(statement);
            if (show) {
                options.format().print(result, out);
            }
            return true;
        } catch (Exception e) {
            report(e);
            return false;
        }
    }

    /** One line, Spark's message; the stack trace too with {@code --verbose}. */
    private void report(Exception e) {
        err.println("Error: " + firstLine(e));
        if (options.verbose()) {
            e.printStackTrace(err);
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
