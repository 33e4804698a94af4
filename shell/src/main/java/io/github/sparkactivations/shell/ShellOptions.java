package io.github.sparkactivations.shell;

import java.util.LinkedHashMap;
import java.util.Map;

/** The command line of {@code bin/activations-sql}. */
record ShellOptions(String sql, String file, ResultPrinter format, String master, Map<String, String> conf,
                    boolean verbose, boolean progress, boolean help, String plot, double[] range, String out) {

    static final String USAGE = """
            Usage: bin/activations-sql [options]
              -e SQL             run these statements (separated by ';')
              -f FILE            run the statements in FILE
                                 (neither: read statements from standard input)
              --format FORMAT    table (default), csv (with a header line) or json (one object a line)
              --plot EXPRS       draw SQL expressions of x, such as "gelu(x), gelu_grad(x)", as an SVG chart
              --range FROM:TO    the x range of --plot (default -4:4)
              --out FILE         where --plot writes (default a new temporary file); its path is printed
              --master URL       Spark master (default local[*])
              --conf KEY=VALUE   a Spark configuration setting; repeatable
              --verbose          print stack traces of errors
              -h, --help         this text
            The result of the last statement goes to standard output; errors and logs go to standard error.""";

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a usage message when they are wrong. */
    static ShellOptions parse(String[] args) {
        String sql = null;
        String file = null;
        ResultPrinter format = ResultPrinter.TABLE;
        String master = "local[*]";
        Map<String, String> conf = new LinkedHashMap<>();
        boolean verbose = false;
        boolean progress = false;
        boolean help = false;
        String plot = null;
        double[] range = {-4, 4};
        String out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-e" -> sql = value(args, ++i, "-e");
                case "-f" -> file = value(args, ++i, "-f");
                case "--format" -> format = ResultPrinter.named(value(args, ++i, "--format"));
                case "--master" -> master = value(args, ++i, "--master");
                case "--conf" -> {
                    String kv = value(args, ++i, "--conf");
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--conf takes KEY=VALUE, not " + kv);
                    }
                    conf.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                case "--plot" -> plot = value(args, ++i, "--plot");
                case "--range" -> range = range(value(args, ++i, "--range"));
                case "--out" -> out = value(args, ++i, "--out");
                case "--verbose" -> verbose = true;
                case "--progress" -> progress = true;
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (sql != null && file != null) {
            throw new IllegalArgumentException("give -e or -f, not both");
        }
        if (plot != null && (sql != null || file != null)) {
            throw new IllegalArgumentException("--plot runs alone, without -e or -f");
        }
        return new ShellOptions(sql, file, format, master, conf, verbose, progress, help, plot, range, out);
    }

    /** {@code FROM:TO}, two finite numbers, FROM below TO. */
    private static double[] range(String text) {
        String[] parts = text.split(":");
        try {
            double from = Double.parseDouble(parts[0]);
            double to = Double.parseDouble(parts[1]);
            if (parts.length == 2 && Double.isFinite(from) && Double.isFinite(to) && from < to) {
                return new double[] {from, to};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new IllegalArgumentException("--range takes FROM:TO, two finite numbers with FROM < TO, not " + text);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
