package io.github.sparkactivations.benchmarks;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints, comma-separated, every kernel {@link KernelBenchmark} can run, for its {@code -p function=}
 * option: each one-argument catalog function at its defaults, and {@code name.choice} for each other
 * deterministic choice. Random forms are left out: they need Spark's {@code rand(seed)}.
 */
public final class KernelNames {

    private KernelNames() {
    }

    public static void main(String[] args) {
        List<String> names = new ArrayList<>();
        for (SqlFunction f : Catalog.functions()) {
            if (f.minArguments() != 1) {
                continue;
            }
            String defaultChoice = f.choice().map(c -> c.defaultValue()).orElse(null);
            f.forms().forEach((choice, form) -> {
                if (!form.random()) {
                    names.add(choice.isEmpty() || choice.equals(defaultChoice) ? f.name() : f.name() + "." + choice);
                }
            });
        }
        System.out.println(String.join(",", names));
    }
}
