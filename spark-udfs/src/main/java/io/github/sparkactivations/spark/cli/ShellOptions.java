package io.github.sparkactivations.spark.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The command line of {@code bin/activations-sql}. */
record ShellOptions(String sql, String file, ResultPrinter format, String master, Map<String, String> conf,
                    boolean verbose, boolean progress, boolean help) {

    static final String USAGE = """
            Usage: bin/activations-sql [options]
              -e SQL             run these statements (separated by ';')
              -f FILE            run the statements in FILE
                                 (neither: read statements from standard input)
              --format FORMAT    table (default), csv (with a header line) or json (one object a line)
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
                case "--verbose" -> verbose = true;
                case "--progress" -> progress = true;
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (sql != null && file != null) {
            throw new IllegalArgumentException("give -e or -f, not both");
        }
        return new ShellOptions(sql, file, format, master, conf, verbose, progress, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
