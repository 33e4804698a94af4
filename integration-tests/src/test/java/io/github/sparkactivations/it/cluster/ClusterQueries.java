package io.github.sparkactivations.it.cluster;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Parameter;
import io.github.sparkactivations.core.catalog.SqlFunction;

import java.util.stream.Collectors;

/**
 * The queries that {@link ClusterDriver} runs on the standalone cluster and {@link StandaloneClusterIT} runs
 * again in local mode, to compare. Inputs are functions of the row id only, so both modes see the same rows
 * whatever the partitioning.
 */
final class ClusterQueries {

    /** Rows of the element-wise and aggregate checks, in enough tasks to spread. */
    static final long ROWS = 200_000;
    /** Rows of the worker-loss job: a million, so that a Worker is lost while it runs. */
    static final long LOSS_ROWS = 1_000_000;
    static final int PARTITIONS = 24;
    /** Rows of the window and keyed checks (their results are written whole). */
    static final long WINDOW_ROWS = 200_000;

    private ClusterQueries() {
    }

    /** x in (-12, 12) from the id's hash; a target in every seventh row; 500 groups. */
    static String input(long rows) {
        return "SELECT id, id % 500 AS g, hash(id) / 2147483648.0D * 12.0D AS x,"
                + " CASE WHEN id % 7 = 0 THEN 1.0D ELSE 0.0D END AS t FROM range(0, " + rows + ", 1, " + PARTITIONS + ")";
    }

    /**
     * Every element-wise function and derivative over {@code rows} rows, required parameters 0.5 and the rest at
     * their defaults, each column a hash of all (id, value) pairs.
     */
    static String elementWise(long rows) {
        return "SELECT count(*) AS n, " + Catalog.functions().stream()
                .map(f -> "bit_xor(xxhash64(id, " + call(f) + ")) AS " + f.name())
                .collect(Collectors.joining(", ")) + " FROM (" + input(rows) + ")";
    }

    private static String call(SqlFunction f) {
        StringBuilder call = new StringBuilder(f.name()).append("(x");
        for (Parameter p : f.parameters().stream().filter(Parameter::required).toList()) {
            if (!p.range().contains(0.5)) {
                throw new IllegalStateException(f.name() + ": 0.5 is outside " + p.name() + "'s range");
            }
            call.append(", 0.5D");
        }
        return call.append(")").toString();
    }

    /** {@link #elementWise}'s hashes over {@link #input} written to Parquet at {@code path}: the columnar operator's. */
    static String elementWiseOverParquet(String path) {
        return elementWise(ROWS).replace("FROM (" + input(ROWS) + ")", "FROM parquet.`" + path + "`");
    }

    static String aggregates() {
        return "SELECT g, log_sum_exp(x) AS lse, softmax_loss(x, t) AS loss FROM (" + input(ROWS) + ") GROUP BY g";
    }

    static String window() {
        return "SELECT id, softmax(x) OVER (PARTITION BY g) AS p, log_softmax(x) OVER (PARTITION BY g) AS lp,"
                + " softmax_loss_grad(x, t) OVER (PARTITION BY g) AS grad FROM (" + input(WINDOW_ROWS) + ")";
    }

    static String keyed() {
        return "SELECT g, k, p FROM (SELECT g, explode(softmax(x, (id DIV 500) % 8)) AS (k, p) FROM ("
                + input(WINDOW_ROWS) + ") GROUP BY g)";
    }

    /** Fails on the executors: a label out of range for its array. */
    static String badInput() {
        return "SELECT softmax_loss(array(x, 1.0D), CAST(id % 3 AS INT)) FROM (" + input(10_000) + ")";
    }

    /** The one line of a failure's message that names our function. */
    static String messageLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (String line : String.valueOf(t.getMessage()).split("\n")) {
                if (line.contains("softmax_loss:")) {
                    return line.substring(line.indexOf("softmax_loss:"));
                }
            }
        }
        return "no message names softmax_loss: " + e;
    }
}
