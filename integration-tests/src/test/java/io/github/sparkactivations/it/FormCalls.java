package io.github.sparkactivations.it;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;

import java.util.ArrayList;
import java.util.List;

/**
 * A call in SQL of every non-random form of every element-wise function, {@code f(x, ...)}, with every parameter
 * written out (defaults, and for required ones 0.5, 1.0, ... by position), beside the kernel it runs.
 */
public record FormCalls(String sql, BoundKernel kernel) {

    public static List<FormCalls> all() {
        List<FormCalls> calls = new ArrayList<>();
        for (SqlFunction f : Catalog.functions()) {
            for (String choice : f.choice().map(c -> c.values()).orElse(List.of(""))) {
                String chosen = choice.isEmpty() ? null : choice;
                if (f.form(chosen).random()) {
                    continue;
                }
                double[] parameters = new double[f.parameters().size()];
                StringBuilder call = new StringBuilder(f.name()).append("(x");
                for (int i = 0; i < parameters.length; i++) {
                    parameters[i] = f.parameters().get(i).required() ? 0.5 * (i + 1) : f.parameters().get(i).defaultValue();
                    call.append(", CAST('").append(parameters[i]).append("' AS DOUBLE)");
                }
                if (chosen != null) {
                    call.append(", ").append(f.choice().orElseThrow().sql(choice));
                }
                calls.add(new FormCalls(call.append(")").toString(), BoundKernel.of(f, chosen, parameters)));
            }
        }
        return calls;
    }
}
