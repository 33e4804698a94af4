package io.github.sparkactivations.spark.registry;

import io.github.sparkactivations.core.catalog.ArrayKernel;
import io.github.sparkactivations.core.catalog.VectorFunction.Type;
import io.github.sparkactivations.core.catalog.VectorFunction;
import io.github.sparkactivations.spark.aggregate.KeyedSoftmaxAggregate;
import io.github.sparkactivations.spark.aggregate.StateAggregate;
import io.github.sparkactivations.spark.array.ArrayArguments;
import io.github.sparkactivations.spark.array.ArrayValues;
import io.github.sparkactivations.spark.catalyst.AnalysisErrors;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.scalar.ActivationCall;
import io.github.sparkactivations.spark.window.WindowOnlyAggregate;
import io.github.sparkactivations.spark.window.WindowRewrite;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.ObjectType;

import java.util.ArrayList;
import java.util.List;

import static io.github.sparkactivations.spark.catalyst.Catalyst.literal;

/**
 * Builds calls of the vector functions from their catalog usages. One rule decides the form: an array
 * or ML vector first argument is the row-wise form (its kernel over {@link ArrayValues}, a vector's result a
 * vector: {@link ArrayArguments}); a numeric first argument is the grouped form: an aggregate
 * of the state the catalog declares ({@link StateAggregate}), or a window function
 * ({@link WindowOnlyAggregate}, rewritten by {@link WindowRewrite}).
 */
public final class VectorFunctionBuilder {

    private VectorFunctionBuilder() {
    }

    public static Expression build(VectorFunction function, List<Expression> args) {
        String name = function.name();
        if (args.isEmpty()) {
            throw AnalysisErrors.of(name + " needs arguments: see DESCRIBE FUNCTION EXTENDED " + name);
        }
        boolean ansi = SQLConf.get().ansiEnabled();
        Expression first = args.get(0);
        if (ArrayArguments.is(first.dataType())) {
            return arrayCall(function, args, ansi);
        }
        return grouped(function, args, ArgumentChecks.number(name, "x", first), ansi);
    }

    /**
     * A numeric first argument: the function's aggregate usage (the state it streams), else
     * {@code f(x, key)} in GROUP BY when it has a keyed usage, else its window usage. Columns after x are targets.
     */
    private static Expression grouped(VectorFunction function, List<Expression> args, Expression x, boolean ansi) {
        String name = function.name();
        VectorFunction.AggregateUsage aggregate = function.aggregateUsage().orElse(null);
        if (aggregate != null) {
            return new StateAggregate(name, aggregate.state(), columns(function, aggregate, args, x), false, ansi);
        }
        VectorFunction.WindowUsage window = function.windowUsage().orElseThrow(() -> AnalysisErrors.of(name
                + " takes an array: " + name + "(array_column, ...); got " + args.get(0).dataType().sql()));
        if (function.has(VectorFunction.Shape.KEYED) && ArgumentChecks.arity(name, args, 1, 2).size() == 2) {
            return KeyedSoftmaxAggregate.of(x, args.get(1));
        }
        return new WindowOnlyAggregate(name, window, columns(function, window, args, x));
    }

    /** The usage's columns: x, then targets ({@link #target}), as many as it takes. */
    private static List<Expression> columns(VectorFunction function, VectorFunction.Usage usage,
                                            List<Expression> args, Expression x) {
        int arity = usage.arguments().size();
        ArgumentChecks.arity(function.name(), args, arity, arity);
        List<Expression> columns = new ArrayList<>(List.of(x));
        args.stream().skip(1).forEach(e -> columns.add(target(function.name(), e)));
        return columns;
    }

    /**
     * An array first argument: the array usage whose arguments the call matches (a second array or not, then the
     * count), each argument checked and converted as its catalog entry says, the usage's kernel called on them
     * with the ANSI flag ({@link #kernelCall}).
     */
    private static Expression arrayCall(VectorFunction function, List<Expression> args, boolean ansi) {
        String name = function.name();
        boolean secondIsArray = args.size() > 1 && ArrayArguments.is(args.get(1).dataType());
        List<VectorFunction.ArrayUsage> forms = function.arrayUsages().stream()
                .filter(u -> u.arguments().size() < 2 || (u.arguments().get(1).type() == Type.ARRAY) == secondIsArray)
                .toList();
        if (forms.isEmpty()) {
            throw AnalysisErrors.of(name + " is not a function of an array");
        }
        int min = forms.stream().mapToInt(u -> u.arguments().size()).min().orElseThrow();
        int max = forms.stream().mapToInt(u -> u.arguments().size()).max().orElseThrow();
        ArgumentChecks.arity(name, args, min, max);
        VectorFunction.ArrayUsage usage = forms.stream().filter(u -> u.arguments().size() == args.size()).findFirst()
                .orElseThrow();
        List<Expression> arguments = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            VectorFunction.Argument a = usage.arguments().get(i);
            Expression e = args.get(i);
            arguments.add(switch (a.type()) {
                case ARRAY -> ArgumentChecks.doubles(name, e);
                case LABEL -> ArgumentChecks.label(name, e);
                case DOUBLE -> literal(rangeChecked(name, a, e));
                case INT -> ArgumentChecks.positiveIntLiteral(name, a.name(), e);
                case COLUMN -> throw new IllegalStateException(name + ": an array usage takes no plain column");
            });
        }
        ArrayKernel kernel = usage.kernel();
        DataType type = kernel.returnsArray() ? ArrayArguments.resultType(args.get(0)) : DataTypes.DoubleType;
        return new ActivationCall(name, null, List.of(), arguments, 0, type, a -> kernelCall(name, kernel, a, type, ansi));
    }

    /**
     * {@code kernel.apply(arguments..., ansi)}: each array or vector argument to a {@code double[]} (NULL if an
     * element is), the others as they are, and an array result back as {@code type}.
     */
    private static Expression kernelCall(String name, ArrayKernel kernel, List<Expression> arguments, DataType type,
                                         boolean ansi) {
        List<Expression> converted = new ArrayList<>();
        for (Expression e : arguments) {
            converted.add(ArrayArguments.is(e.dataType()) ? ArrayArguments.values(e) : e);
        }
        converted.add(flag(ansi));
        Expression call = Catalyst.kernelCall(kernel, name, converted,
                kernel.returnsArray() ? ObjectType.apply(double[].class) : DataTypes.DoubleType);
        return kernel.returnsArray() ? ArrayArguments.result(call, type) : call;
    }

    /** A numeric literal argument inside its catalog range. */
    private static double rangeChecked(String name, VectorFunction.Argument a, Expression e) {
        double v = ArgumentChecks.constant(name, a.name(), e);
        a.range().violation(name, a.name(), v).ifPresent(message -> {
            throw AnalysisErrors.of(message);
        });
        return v;
    }

    /** A grouped target: BOOLEAN (true marks the class) or a number (its probability). */
    private static Expression target(String name, Expression e) {
        if (e.dataType() instanceof BooleanType) {
            return new If(e, literal(1.0), literal(0.0));
        }
        return ArgumentChecks.number(name, "target", e);
    }

    private static Expression flag(boolean value) {
        return literal(value, DataTypes.BooleanType);
    }
}
