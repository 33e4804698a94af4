package io.github.sparkactivations.ml;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Choice;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.catalog.VectorFunction;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamPair;
import org.apache.spark.ml.param.Params;
import org.apache.spark.sql.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.apache.spark.sql.functions.lit;

/**
 * The constant arguments of the catalog's functions as Spark ML {@link Param}s of a stage, one per name
 * ({@code negative_slope}, {@code approximate}, {@code temperature}, ...), and the literal arguments of a call
 * built from those a stage sets: an element-wise function's parameters in order (defaults filled in up to the last
 * one set; its choice if set), a vector function's literal arguments that are set. Their ranges are the catalog's,
 * checked when the call is analysed.
 */
final class CatalogParams {

    private final Map<String, Param<?>> byName = new LinkedHashMap<>();

    CatalogParams(Params parent) {
        Map<String, List<String>> takers = new LinkedHashMap<>();
        Map<String, Function<String, Param<?>>> makers = new LinkedHashMap<>();
        for (SqlFunction f : Catalog.functions()) {
            f.parameters().forEach(p -> note(takers, makers, p.name(), f.name(),
                    doc -> new DoubleParam(parent, p.name(), doc)));
            f.choice().ifPresent(c -> note(takers, makers, c.name(), f.name(), doc -> c.flag()
                    ? new BooleanParam(parent, c.name(), doc) : new Param<String>(parent, c.name(), doc)));
        }
        for (VectorFunction f : Catalog.vectorFunctions()) {
            f.arrayUsages().stream().flatMap(u -> literals(u).stream()).distinct().forEach(a -> note(takers, makers,
                    a.name(), f.name(), doc -> a.type() == VectorFunction.Type.INT ? new IntParam(parent, a.name(), doc)
                            : new DoubleParam(parent, a.name(), doc)));
        }
        makers.forEach((name, make) -> byName.put(name, make.apply("a parameter of "
                + String.join(", ", takers.get(name)) + " (see DESCRIBE FUNCTION EXTENDED)")));
    }

    /** Function {@code function} takes parameter {@code name}, made by {@code maker} (of one type for every function). */
    private static void note(Map<String, List<String>> takers, Map<String, Function<String, Param<?>>> makers,
                             String name, String function, Function<String, Param<?>> maker) {
        takers.computeIfAbsent(name, n -> new ArrayList<>()).add(function);
        Function<String, Param<?>> earlier = makers.putIfAbsent(name, maker);
        if (earlier != null && earlier.apply("").getClass() != maker.apply("").getClass()) {
            throw new IllegalStateException("catalog parameter " + name + " has two types");
        }
    }

    /** Every constant parameter of the catalog's functions. */
    List<Param<?>> all() {
        return List.copyOf(byName.values());
    }

    /** {@code name = value}, a number converted to the parameter's type; fails if no function has the parameter. */
    ParamPair<?> pair(String name, Object value) {
        Param<?> param = byName.get(name);
        if (param == null) {
            throw new IllegalArgumentException("Activation stage: no function of the catalog has a parameter " + name);
        }
        if (param instanceof DoubleParam d && value instanceof Number n) {
            return d.w(n.doubleValue());
        }
        if (param instanceof IntParam i && value instanceof Number n && n.doubleValue() == n.intValue()) {
            return i.w(n.intValue());
        }
        if (param instanceof BooleanParam b && value instanceof Boolean v) {
            return b.w(v);
        }
        if (!(param instanceof DoubleParam || param instanceof IntParam || param instanceof BooleanParam)
                && value instanceof String text) {
            @SuppressWarnings("unchecked")
            Param<String> choice = (Param<String>) param;
            return choice.w(text);
        }
        throw new IllegalArgumentException("Activation stage: " + name + " takes " + kind(param) + ", got " + value);
    }

    private static String kind(Param<?> param) {
        return param instanceof DoubleParam ? "a number" : param instanceof IntParam ? "an integer"
                : param instanceof BooleanParam ? "a boolean" : "a string";
    }

    /**
     * The literal arguments of {@code function} from the parameters {@code stage} sets; fails, naming the function and
     * what it takes, if one it sets is not the function's.
     */
    List<Column> literals(String function, Params stage) {
        List<String> taken = new ArrayList<>();
        List<Column> out = new ArrayList<>();
        SqlFunction f = Catalog.function(function).orElse(null);
        if (f != null) {
            int last = -1;
            for (int i = 0; i < f.parameters().size(); i++) {
                taken.add(f.parameters().get(i).name());
                last = isSet(stage, f.parameters().get(i).name()) ? i : last;
            }
            Choice choice = f.choice().orElse(null);
            boolean choiceSet = choice != null && isSet(stage, choice.name());
            if (choice != null) {
                taken.add(choice.name());
            }
            int through = choiceSet ? f.parameters().size() - 1 : last;
            for (int i = 0; i <= through; i++) {
                String name = f.parameters().get(i).name();
                out.add(lit(isSet(stage, name) ? stage.getOrDefault(byName.get(name))
                        : f.parameters().get(i).defaultValue()));
            }
            if (choiceSet) {
                out.add(lit(stage.getOrDefault(byName.get(choice.name()))));
            }
        } else {
            VectorFunction v = Catalog.vectorFunction(function).orElseThrow();
            for (VectorFunction.ArrayUsage u : v.arrayUsages()) {
                literals(u).forEach(a -> taken.add(a.name()));
            }
            taken.stream().distinct().filter(name -> isSet(stage, name))
                    .forEach(name -> out.add(lit(stage.getOrDefault(byName.get(name)))));
        }
        byName.keySet().stream().filter(name -> isSet(stage, name) && !taken.contains(name)).findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException("Activation stage: " + function + " takes no parameter " + name
                            + (taken.isEmpty() ? "" : "; it takes " + String.join(", ", taken.stream().distinct().toList())));
                });
        return out;
    }

    private boolean isSet(Params stage, String name) {
        return stage.isSet(byName.get(name));
    }

    private static List<VectorFunction.Argument> literals(VectorFunction.ArrayUsage usage) {
        return usage.arguments().stream()
                .filter(a -> a.type() == VectorFunction.Type.DOUBLE || a.type() == VectorFunction.Type.INT).toList();
    }
}
