package io.github.sparkactivations.spark;

import io.github.sparkactivations.core.catalog.Parameter;
import io.github.sparkactivations.core.catalog.SqlFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Literal$;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.types.AbstractDataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import scala.Option;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns a call {@code name(args...)} of a catalog function into an expression: checks the arguments
 * against the catalog, then builds a {@link StaticInvoke} of the kernel the call selects, over x and
 * the numeric parameters (defaults filled in), named by an {@link ActivationCall}.
 */
final class FunctionBuilder {

    private FunctionBuilder() {
    }

    /** The builder Spark's function registry calls with the call's resolved arguments. */
    static scala.Function1<Seq<Expression>, Expression> of(SqlFunction function) {
        return args -> build(function, CollectionConverters.asJava(args));
    }

    static Expression build(SqlFunction f, List<Expression> args) {
        if (args.size() < f.minArguments() || args.size() > f.maxArguments()) {
            String takes = f.minArguments() == f.maxArguments() ? f.minArguments() + " argument"
                    : f.minArguments() + " to " + f.maxArguments() + " arguments";
            throw AnalysisErrors.of(f.name() + " takes " + takes + ", " + f.signature() + ", but got " + args.size());
        }
        List<Expression> kernelArgs = new ArrayList<>();
        kernelArgs.add(numeric(f, "x", args.get(0)));
        List<Parameter> parameters = f.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            kernelArgs.add(i + 1 < args.size()
                    ? constantParameter(f, i, args.get(i + 1))
                    : Literal$.MODULE$.create(parameters.get(i).defaultValue(), DataTypes.DoubleType));
        }
        int choiceIndex = parameters.size() + 1;
        String choice = choiceIndex < args.size() ? choice(f, args.get(choiceIndex)) : null;

        Method kernel = f.form(choice).kernel().method();
        List<AbstractDataType> doubles = Collections.nCopies(kernelArgs.size(), DataTypes.DoubleType);
        StaticInvoke invoke = new StaticInvoke(kernel.getDeclaringClass(), DataTypes.DoubleType, kernel.getName(),
                CollectionConverters.asScala(kernelArgs).toSeq(), CollectionConverters.asScala(doubles).toSeq(),
                true, false, true, Option.empty());
        return new ActivationCall(f.name(), choice, invoke);
    }

    /** Accepts any numeric type and NULL (cast to DOUBLE by Spark); rejects the rest. */
    private static Expression numeric(SqlFunction f, String argument, Expression e) {
        if (!(e.dataType() instanceof NumericType || e.dataType() instanceof NullType)) {
            throw AnalysisErrors.of(f.name() + ": " + argument + " must be numeric, got "
                    + e.dataType().sql() + " (" + e.sql() + "); cast it, e.g. CAST(" + e.sql() + " AS DOUBLE)");
        }
        return e;
    }

    /** A numeric parameter: a literal (or constant expression) inside its range. */
    private static Expression constantParameter(SqlFunction f, int index, Expression e) {
        String name = f.parameters().get(index).name();
        numeric(f, name, e);
        if (!e.foldable()) {
            throw AnalysisErrors.of(f.name() + ": " + name + " must be a constant, got " + e.sql());
        }
        Object value = e.eval(null);
        if (value != null) {
            double v = value instanceof Decimal d ? d.toDouble() : ((Number) value).doubleValue();
            f.rangeViolation(index, v).ifPresent(message -> {
                throw AnalysisErrors.of(message);
            });
        }
        return e;
    }

    /** The choice argument: a string literal naming one of the function's forms. */
    private static String choice(SqlFunction f, Expression e) {
        String name = f.choice().orElseThrow().name();
        if (!(e.foldable() && e.dataType() instanceof StringType)) {
            throw AnalysisErrors.of(f.name() + ": " + name + " must be a string literal, got " + e.sql());
        }
        Object value = e.eval(null);
        String text = value == null ? "NULL" : value.toString();
        if (!f.choice().orElseThrow().values().contains(text)) {
            throw AnalysisErrors.of(f.choiceViolation(text));
        }
        return text;
    }
}
