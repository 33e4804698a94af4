package io.github.sparkactivations.tools;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Activation;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.core.catalog.FunctionHelp;
import io.github.sparkactivations.core.catalog.Parameter;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.catalog.VectorFunction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The generated tables of the README and the docs, each from the catalog or a committed result CSV. {@link Docs}
 * puts each between {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->} of its file.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * Markdown: the worst error of each form at random points, from the randomized tests' reports
     * ({@code name,points,max_ulp,seed} and {@code case,vectors,elements,max_ulp,seed}), four forms to a row.
     */
    static String randomAccuracyTable(List<String> forms, List<String> vectors) {
        List<String[]> rows = new ArrayList<>();
        forms.stream().skip(1).map(l -> l.split(",")).forEach(rows::add);
        List<String[]> cases = vectors.stream().skip(1).map(l -> l.split(",")).toList();
        cases.stream().map(c -> new String[] {c[0], c[1], c[3]}).forEach(rows::add);
        String[] first = forms.get(1).split(",");
        long elements = cases.stream().mapToLong(c -> Long.parseLong(c[2])).min().orElse(0);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%,d points per element-wise form, %,d vectors per vector case (at least %,d elements), seed %s:%n%n",
                Long.parseLong(first[1]), Long.parseLong(cases.get(0)[1]), elements, first[3]));
        sb.append("| Form | Max ulp | Form | Max ulp | Form | Max ulp | Form | Max ulp |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < rows.size(); i += 4) {
            for (int j = i; j < i + 4; j++) {
                sb.append(j < rows.size() ? "| `" + rows.get(j)[0] + "` | " + rows.get(j)[2] + " " : "| | ");
            }
            sb.append("|\n");
        }
        return sb.toString();
    }

    /** Markdown: the element-wise functions' names, each a link to its entry in docs/functions.md. */
    static String functionNames() {
        return String.join(", ", Catalog.activations().stream().map(a -> a.function().name())
                .map(n -> "[`" + n + "`](docs/functions.md#" + n + ")").toList()) + ".\n";
    }

    /** Markdown: the worst measured errors, ours and PyTorch's, in a few lines. */
    static String accuracySummary(Results r) {
        String[] forms = worstRow(r.random(), 2);
        String[] tables = worstRow(r.kernels(), 2);
        String[] vectors = worstRow(r.randomVectors(), 3);
        long torchTables = r.pytorch().size() - 1;
        long torchOver2 = r.pytorch().stream().skip(1).filter(l -> ulps(l.split(",")[1]) > 2).count();
        long torchNoDigit = r.pytorch().stream().skip(1).filter(l -> ulps(l.split(",")[1]) >= 4.5e15).count();
        return String.format(Locale.ROOT, "Element-wise, at %,d random points per form and parameters (%d forms, seed %s): "
                        + "worst %s ulp (`%s`); on the %d mpmath tables (7,610 points each, edges included): worst %s ulp "
                        + "(`%s`). Vector functions in every shape, at random vectors (%d cases): worst %s ulp per element "
                        + "(`%s`). PyTorch 1.13's float64 kernels on the same tables: above 2 ulp on %d of %d, no correct "
                        + "digit on %d.%n",
                Long.parseLong(forms[1]), r.random().size() - 1, forms[3], forms[2], forms[0], r.kernels().size() - 1,
                tables[2], tables[0], r.randomVectors().size() - 1, vectors[3], vectors[0], torchOver2, torchTables,
                torchNoDigit);
    }

    /** An error in ulps as the CSVs write it: a number, or {@code inf} (a NaN or infinity for a finite value). */
    private static double ulps(String value) {
        return value.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(value);
    }

    private static String[] worstRow(List<String> csv, int ulpColumn) {
        return csv.stream().skip(1).map(l -> l.split(","))
                .max(java.util.Comparator.comparingDouble(c -> Double.parseDouble(c[ulpColumn]))).orElseThrow();
    }

    /** Markdown: one row per usage of each vector function: the call, its result and formula. */
    public static String vectorFunctionTable() {
        StringBuilder sb = new StringBuilder("| Call | Shape | Returns | Formula |\n|---|---|---|---|\n");
        for (VectorFunction f : Catalog.vectorFunctions()) {
            for (VectorFunction.Usage u : f.usages()) {
                sb.append("| `").append(u.call(f.name())).append("` | ").append(u.shape().name().toLowerCase(Locale.ROOT))
                        .append(" | `").append(u.returns()).append("` | ").append(u.formula()).append(" |\n");
            }
        }
        return sb.toString();
    }

    /** Markdown: one row per activation, with its parameters, formulas and derivative. */
    public static String functionTable() {
        StringBuilder sb = new StringBuilder("| SQL function | Parameters (default, allowed) | Formula | Derivative |\n"
                + "|---|---|---|---|\n");
        for (Activation a : Catalog.activations()) {
            SqlFunction f = a.function();
            sb.append("| `").append(f.signature()).append('`').append(a.builtIn() ? " (Spark's own)" : "")
                    .append(" | ").append(parameters(f)).append(" | ").append(formulas(f)).append(" | ")
                    .append(a.derivative().map(d -> "`" + d.name() + "`: " + formulas(d)).orElse(""))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /**
     * Markdown: the Spark benchmark's CSV pivoted to one row per case: ns per row of each variant
     * (medians), the columnar operator's ratio to the scan, the row-wise path's ratios to the built-in formula
     * and to the UDF1, and the cost the row-wise path adds above the scan relative to the kernel's own
     * single-thread loop.
     */
    static String performanceTable(List<String> csv) {
        Map<String, Map<String, Double>> byCase = new LinkedHashMap<>();
        StringBuilder header = new StringBuilder();
        for (String line : csv) {
            if (line.startsWith("#")) {
                header.append(line.substring(1).strip()).append("; ");
                continue;
            }
            String[] cols = line.split(",", -1);
            if (!cols[0].equals("case")) {
                byCase.computeIfAbsent(cols[0], k -> new HashMap<>()).put(cols[1], Double.parseDouble(cols[3]));
            }
        }
        StringBuilder sb = new StringBuilder("Run: `bin/activations-bench --rows 20000000` (" + header.toString().strip()
                + " medians of 5, ns per row).\n\n| Case | Columnar | Row-wise | Built-in formula | UDF1 | Scan / count | "
                + "Kernel loop, 1 thread | Columnar / scan | Row-wise / built-in | Row-wise / UDF1 "
                + "| Cost above scan / kernel loop |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Map<String, Double>> e : byCase.entrySet()) {
            Map<String, Double> v = e.getValue();
            Double ours = v.get("activations");
            Double base = v.get("baseline");
            Double loop = v.get("kernel_loop_1_thread");
            Double columnar = v.get("columnar");
            sb.append("| `").append(e.getKey()).append("` | ").append(number(columnar)).append(" | ")
                    .append(number(ours)).append(" | ")
                    .append(number(v.get("builtin"))).append(" | ").append(number(v.get("udf1"))).append(" | ")
                    .append(number(base)).append(" | ").append(number(loop)).append(" | ")
                    .append(ratio(columnar, base)).append(" | ").append(ratio(ours, v.get("builtin"))).append(" | ").append(ratio(ours, v.get("udf1"))).append(" | ")
                    .append(ours == null || base == null || loop == null ? "-" : ratio(ours - base, loop)).append(" |\n");
        }
        return sb.toString();
    }

    /**
     * Markdown: JMH's CSVs (KernelBenchmark) as ns per value, one row per kernel: {@code simd} from a run
     * with the Vector API module, {@code scalar} from one without; 4,096 and 1,048,576 values; beside them
     * PyTorch 1.13's float64 kernel for the same function at 1,048,576 values (pytorch_kernels.py), the ratio against
     * PyTorch from x where its backward takes the forward's output.
     */
    static String kernelTable(List<String> simd, List<String> scalar, List<String> pytorch) {
        Map<String, Map<String, Double>> withModule = jmhScores(simd);
        Map<String, Map<String, Double>> without = jmhScores(scalar);
        Map<String, Double> torch = new HashMap<>();
        pytorch.stream().filter(l -> !l.startsWith("#") && !l.startsWith("kernel,"))
                .forEach(l -> torch.put(l.split(",")[0], Double.parseDouble(l.split(",")[1])));
        StringBuilder sb = new StringBuilder("| Kernel | Scalar | Vector API | Speed-up | Arrow | Arrow, 10% nulls "
                + "| Naive formula | Scalar, 1M | Vector API, 1M | Speed-up, 1M | PyTorch, 1M | Ours / PyTorch, 1M |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        withModule.forEach((kernel, v) -> {
            Map<String, Double> plain = without.getOrDefault(kernel, Map.of());
            // Kernels without a SIMD form run the same scalar code in both runs: one figure, not two.
            boolean simdForm = hasSimdForm(kernel);
            Double vector = simdForm ? v.get("array@4096") : null;
            Double vector1M = simdForm ? v.get("array@1048576") : null;
            Double ours1M = vector1M != null ? vector1M : plain.get("array@1048576");
            sb.append("| `").append(kernel).append("` | ").append(score(plain.get("array@4096"))).append(" | ")
                    .append(score(vector)).append(" | ").append(speedUp(plain.get("array@4096"), vector)).append(" | ")
                    .append(score(v.get("arrow@4096"))).append(" | ").append(score(v.get("arrowWithNulls@4096")))
                    .append(" | ").append(score(v.get("naive@4096"))).append(" | ")
                    .append(score(plain.get("array@1048576"))).append(" | ").append(score(vector1M))
                    .append(" | ").append(speedUp(plain.get("array@1048576"), vector1M)).append(" | ")
                    .append(torchCell(torch, kernel)).append(" | ")
                    .append(ours1M == null || torchFromX(torch, kernel) == null ? "-"
                            : String.format(Locale.ROOT, "%.2f", ours1M / torchFromX(torch, kernel))).append(" |\n");
        });
        return sb.toString();
    }

    /** The variants the scaling table shows, in its order. */
    private static final List<String> SCALING_VARIANTS = List.of("columnar", "activations", "builtin", "baseline");

    /**
     * Markdown: the Spark benchmark at several sizes and core counts (one CSV a run, {@code --rows N --cores C}),
     * one row per case and variant: ns per row at each size on 1 and 2 cores, and the 2-core speed-up at each size.
     */
    static String scalingTable(List<List<String>> runs) {
        TreeSet<Long> sizes = new TreeSet<>();
        Map<String, Map<String, Double>> byRow = new LinkedHashMap<>();
        for (List<String> run : runs) {
            String cores = run.stream().filter(l -> l.startsWith("# rows="))
                    .map(l -> l.replaceAll(".*local\\[(\\d+)\\].*", "$1")).findFirst().orElseThrow();
            for (String line : run) {
                String[] cols = line.split(",", -1);
                if (line.startsWith("#") || cols[0].equals("case") || !SCALING_VARIANTS.contains(cols[1])) {
                    continue;
                }
                sizes.add(Long.parseLong(cols[2]));
                byRow.computeIfAbsent(cols[0] + "," + cols[1], k -> new HashMap<>())
                        .put(cores + "@" + cols[2], Double.parseDouble(cols[3]));
            }
        }
        StringBuilder sb = new StringBuilder("| Case | Variant");
        for (String cores : List.of("1", "2")) {
            sizes.forEach(n -> sb.append(" | ").append(millions(n)).append(", ").append(cores).append(" core")
                    .append(cores.equals("1") ? "" : "s"));
        }
        sizes.forEach(n -> sb.append(" | Speed-up, ").append(millions(n)));
        sb.append(" |\n|---|---").append("|---:".repeat(3 * sizes.size())).append("|\n");
        List<String> keys = new ArrayList<>(byRow.keySet());
        keys.sort(Comparator.comparing((String k) -> k.split(",")[0])
                .thenComparing(k -> SCALING_VARIANTS.indexOf(k.split(",")[1])));
        for (String key : keys) {
            Map<String, Double> v = byRow.get(key);
            sb.append("| `").append(key.split(",")[0]).append("` | ").append(key.split(",")[1]);
            for (String cores : List.of("1", "2")) {
                sizes.forEach(n -> sb.append(" | ").append(number(v.get(cores + "@" + n))));
            }
            sizes.forEach(n -> sb.append(" | ").append(ratio(v.get("1@" + n), v.get("2@" + n))));
            sb.append(" |\n");
        }
        return sb.toString();
    }

    /**
     * Markdown: the streaming states per row ({@code StateBenchmark}'s CSV) over positive, negative and far negative
     * logits, and the negative ones' cost over the positive ones'.
     */
    static String stateTable(List<String> csv) {
        Map<String, Map<String, Double>> byState = new LinkedHashMap<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] cols = line.replace("\"", "").split(",");
            byState.computeIfAbsent(cols[8], k -> new HashMap<>()).put(cols[7], Double.parseDouble(cols[4]));
        }
        StringBuilder sb = new StringBuilder("| State | Logits in [0, 10) | [-10, 0) | [-60, -50) | [-10, 0) / [0, 10)"
                + " | [-60, -50) / [0, 10) |\n|---|---:|---:|---:|---:|---:|\n");
        byState.forEach((state, ns) -> sb.append("| `").append(state).append("` | ").append(number(ns.get("positive")))
                .append(" | ").append(number(ns.get("negative"))).append(" | ").append(number(ns.get("far_negative")))
                .append(" | ").append(ratio(ns.get("negative"), ns.get("positive"))).append(" | ")
                .append(ratio(ns.get("far_negative"), ns.get("positive"))).append(" |\n"));
        return sb.toString();
    }

    /** 2000000 as 2M. */
    private static String millions(long n) {
        return n % 1_000_000 == 0 ? n / 1_000_000 + "M" : String.valueOf(n);
    }

    /**
     * PyTorch's time for a kernel; for a backward that takes the forward's output y (a {@code kernel.from_x} row
     * beside it), both: the backward alone, and with the forward from x, as ours starts.
     */
    private static String torchCell(Map<String, Double> torch, String kernel) {
        Double fromX = torch.get(kernel + ".from_x");
        return fromX == null ? score(torch.get(kernel)) : score(torch.get(kernel)) + " from y, " + score(fromX) + " from x";
    }

    /** The PyTorch time ours is compared with: from x, as ours starts. */
    private static Double torchFromX(Map<String, Double> torch, String kernel) {
        return torch.getOrDefault(kernel + ".from_x", torch.get(kernel));
    }

    /** Whether the kernel {@code name[.choice]} has a SIMD form. */
    private static boolean hasSimdForm(String kernel) {
        String[] nameAndChoice = kernel.split("\\.");
        SqlFunction f = Catalog.function(nameAndChoice[0]).orElseThrow();
        return BoundKernel.of(f, nameAndChoice.length > 1 ? nameAndChoice[1] : null).hasSimdForm();
    }

    /** JMH CSV rows by kernel, then by {@code method@size}: the mean in ns per value. */
    private static Map<String, Map<String, Double>> jmhScores(List<String> csv) {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] cols = line.replace("\"", "").split(",");
            String method = cols[0].substring(cols[0].lastIndexOf('.') + 1);
            rows.computeIfAbsent(cols[7], k -> new HashMap<>())
                    .put(method + "@" + cols[8], Double.parseDouble(cols[4]) / Double.parseDouble(cols[8]));
        }
        return rows;
    }

    private static String score(Double nanos) {
        return nanos == null ? "-" : String.format(Locale.ROOT, "%.2f", nanos);
    }

    private static String speedUp(Double scalar, Double simd) {
        return scalar == null || simd == null ? "-" : String.format(Locale.ROOT, "%.1fx", scalar / simd);
    }
    private static String number(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String ratio(Double a, Double b) {
        return a == null || b == null ? "-" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    /**
     * Markdown: the maximum error of each kernel against mpmath, from the accuracy test's report, beside
     * PyTorch's on the same points (from compare_pytorch.py), where PyTorch has the function.
     */
    static String accuracyTable(List<String> ours, List<String> pytorch) {
        Map<String, String[]> torch = new java.util.HashMap<>();
        for (String line : pytorch.subList(1, pytorch.size())) {
            String[] cols = line.split(",", -1);
            torch.put(cols[0], cols);
        }
        StringBuilder sb = new StringBuilder("| Table | Points | Max error (ulp) | PyTorch 1.13 max error (ulp), at x "
                + "| PyTorch at +-inf, NaN |\n|---|---:|---:|---:|---|\n");
        for (String line : ours.subList(1, ours.size())) {
            String[] cols = line.split(",", 4);
            String[] t = torch.get(cols[0]);
            sb.append("| `").append(cols[0]).append("` | ").append(cols[1]).append(" | ").append(cols[2]).append(" | ")
                    .append(t == null ? "-" : t[1] + " at " + t[2]).append(" | ")
                    .append(t == null ? "-" : t[3].isEmpty() ? "limits" : t[3].replace(";", ",")).append(" |\n");
        }
        return sb.toString();
    }

    /** {@code text} with the block between the markers of {@code name} replaced by {@code table}. */
    static String replace(String text, String name, String table) {
        String start = "<!-- " + name + ":start -->\n";
        String end = "<!-- " + name + ":end -->";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("README lacks the markers " + start.strip() + " ... " + end);
        }
        return text.substring(0, from + start.length()) + table + text.substring(to);
    }

    private static String parameters(SqlFunction f) {
        List<String> parts = new java.util.ArrayList<>();
        for (Parameter p : f.parameters()) {
            parts.add("`" + p.name() + "`: " + FunctionHelp.defaultAndRange(p).toLowerCase(Locale.ROOT));
        }
        f.choice().ifPresent(c -> parts.add("`" + c.name() + "` = "
                + c.values().stream().map(c::sql).collect(Collectors.joining(" \\| "))));
        if (f.seeded()) {
            parts.add("`seed`: BIGINT literal");
        }
        f.orders().forEach(o -> parts.add(o.toString()));
        return parts.isEmpty() ? "" : String.join("<br>", parts);
    }

    private static String formulas(SqlFunction f) {
        return f.forms().entrySet().stream()
                .map((Map.Entry<String, Form> e) -> (e.getKey().isEmpty() ? "" : "'" + e.getKey() + "': ")
                        + "`" + e.getValue().formula() + "`")
                .collect(Collectors.joining("<br>"));
    }
}
