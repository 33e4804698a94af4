package io.github.sparkactivations.spark.registry;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Choice;
import io.github.sparkactivations.core.catalog.Form;
import io.github.sparkactivations.core.catalog.Kernel;
import io.github.sparkactivations.core.catalog.Parameter;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.spark.array.ArrayArguments;
import io.github.sparkactivations.spark.array.ElementwiseOverArray;
import io.github.sparkactivations.spark.catalyst.AnalysisErrors;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.scalar.ActivationCall;
import io.github.sparkactivations.spark.scalar.ParameterChecks;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Literal$;
import org.apache.spark.sql.catalyst.expressions.Rand;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.StringType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns a call {@code name(args...)} of a catalog function into an expression: checks the arguments
 * against the catalog, then builds a call of the kernel of the form the call selects ({@link Catalyst#kernelCall}),
 * over x and the numeric parameters (defaults filled in), named by an {@link ActivationCall} that keeps the form.
 * Over an array, {@code gelu(embedding)}, the form runs over every element in one batch call
 * ({@link ElementwiseOverArray}).
 *
 * <p>Constant parameters are checked here, so a bad one fails the query at analysis. Parameters that
 * are columns (a per-row prelu weight, say) are checked per row by {@link ParameterChecks}.
 */
public final class FunctionBuilder {

    private static final DataType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType);

    private FunctionBuilder() {
    }

    public static Expression build(SqlFunction f, List<Expression> args) {
        ArgumentChecks.arity(f, args);
        boolean overArray = ArrayArguments.is(args.get(0).dataType());
        List<Expression> kernelArgs = new ArrayList<>();
        Expression x = args.get(0);
        kernelArgs.add(overArray ? ArgumentChecks.doubles(f.name(), x) : ArgumentChecks.numeric(f, "x", x));
        kernelArgs.addAll(parameters(f, args));

        int choiceIndex = f.parameters().size() + 1;
        String choice = choiceIndex < args.size() ? choice(f, args.get(choiceIndex)) : null;
        Form form = f.form(choice);
        List<String> literals = new ArrayList<>();
        if (choice != null) {
            literals.add(f.choice().orElseThrow().sql(choice));
        }
        String formName = choice != null ? choice : f.choice().map(Choice::defaultValue).orElse("");
        String label = formName.isEmpty() ? f.name() : f.name() + "_" + formName;
        if (overArray) {
            return overArray(f, form, label, literals, kernelArgs, ArrayArguments.resultType(x));
        }
        if (form.random()) {
            long seed = choiceIndex + 1 < args.size() ? seed(f, args.get(choiceIndex + 1))
                    : ThreadLocalRandom.current().nextLong();
            literals.add(Long.toString(seed));
            kernelArgs.add(new Rand(Literal$.MODULE$.create(seed, DataTypes.LongType), false));
        } else if (choiceIndex + 1 < args.size()) {
            throw AnalysisErrors.of(f.name() + ": seed is only for " + f.choice().orElseThrow().name() + " = true");
        }

        Kernel kernel = form.kernel();
        int parameters = f.parameters().size();
        boolean ansi = SQLConf.get().ansiEnabled();
        return new ActivationCall(f.name(), form, literals, kernelArgs.stream().map(Catalyst::asDouble).toList(),
                form.random() ? 1 : 0, DataTypes.DoubleType, arguments -> ParameterChecks.guard(f,
                        arguments.subList(1, 1 + parameters), Catalyst.kernelCall(kernel, label, arguments), ansi));
    }

    /**
     * {@code f(array)}: {@code f} of each element ({@link ElementwiseOverArray}), the form bound to the parameters,
     * which must be constants (checked already); a NULL parameter makes the result NULL. An ML vector gives a vector
     * ({@link ArrayArguments}). A random form draws per row and is not offered over arrays.
     */
    private static Expression overArray(SqlFunction f, Form form, String label, List<String> literals,
                                        List<Expression> kernelArgs, DataType type) {
        if (form.random()) {
            throw AnalysisErrors.of(f.name() + ": the random form takes a number, not an array; over an array, use "
                    + "transform(x, v -> " + f.name() + "(v, ...))");
        }
        double[] parameters = new double[kernelArgs.size() - 1];
        for (int i = 0; i < parameters.length; i++) {
            Expression p = kernelArgs.get(i + 1);
            if (!p.foldable()) {
                throw AnalysisErrors.of(f.name() + ": over an array, " + f.parameters().get(i).name()
                        + " must be a constant, got " + p.sql());
            }
            Double value = Catalyst.numericValue(p);
            if (value == null) {
                return Literal$.MODULE$.create(null, type);
            }
            parameters[i] = value;
        }
        ElementwiseOverArray kernel = new ElementwiseOverArray(BoundKernel.ofChecked(form, parameters));
        List<Expression> arguments = new ArrayList<>(kernelArgs.subList(0, 1));
        kernelArgs.subList(1, kernelArgs.size()).forEach(p -> arguments.add(Catalyst.asDouble(p)));
        return new ActivationCall(f.name(), form, literals, arguments, 0, type, a -> ArrayArguments.result(
                Catalyst.kernelCall(kernel, label + "_array", List.of(ArrayArguments.array(a.get(0))), DOUBLES), type));
    }

    /** The numeric parameters, defaults filled in; constant ones checked against their ranges and order. */
    private static List<Expression> parameters(SqlFunction f, List<Expression> args) {
        List<Expression> out = new ArrayList<>();
        double[] constants = new double[f.parameters().size()];
        boolean allConstant = true;
        for (int i = 0; i < f.parameters().size(); i++) {
            Parameter p = f.parameters().get(i);
            Expression e = i + 1 < args.size() ? ArgumentChecks.numeric(f, p.name(), args.get(i + 1))
                    : Literal$.MODULE$.create(p.defaultValue(), DataTypes.DoubleType);
            out.add(e);
            Double value = Catalyst.numericValue(e);
            if (value == null) {
                allConstant = false;
                continue;
            }
            constants[i] = value;
            f.rangeViolation(i, constants[i]).ifPresent(message -> {
                throw AnalysisErrors.of(message);
            });
        }
        if (allConstant) {
            f.orderViolation(constants).ifPresent(message -> {
                throw AnalysisErrors.of(message);
            });
        }
        return out;
    }

    private static String choice(SqlFunction f, Expression e) {
        Choice c = f.choice().orElseThrow();
        boolean typed = c.flag() ? e.dataType() instanceof BooleanType : e.dataType() instanceof StringType;
        if (!(e.foldable() && typed)) {
            throw AnalysisErrors.of(f.name() + ": " + c.name() + " must be a " + (c.flag() ? "boolean" : "string")
                    + " literal, got " + e.sql());
        }
        Object value = e.eval(null);
        String text = value == null ? null : value.toString();
        if (!c.values().contains(text)) {
            throw AnalysisErrors.of(f.choiceViolation(text));
        }
        return text;
    }

    private static long seed(SqlFunction f, Expression e) {
        Object value = e.foldable() && e.dataType() instanceof IntegralType ? e.eval(null) : null;
        if (value == null) {
            throw AnalysisErrors.of(f.name() + ": seed must be an integer literal, got " + e.sql());
        }
        return ((Number) value).longValue();
    }
}
