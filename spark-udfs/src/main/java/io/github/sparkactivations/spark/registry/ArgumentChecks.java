package io.github.sparkactivations.spark.registry;

import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.spark.array.MlVectors;
import io.github.sparkactivations.spark.catalyst.AnalysisErrors;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.catalyst.expressions.EvalMode;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.NumericType;
import scala.Option;

import java.util.List;

import static io.github.sparkactivations.spark.catalyst.Catalyst.literal;

/**
 * Every check of a call's arguments when the query is analysed, for both builders, each failing with
 * a message that names the function and the argument: counts, numeric and array columns, labels,
 * literals.
 */
public final class ArgumentChecks {

    private static final DataType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType);

    private ArgumentChecks() {
    }

    /** An element-wise call's argument count: {@code "gelu takes 1 to 2 arguments, gelu(x [, approximate]), but got 3"}. */
    public static void arity(SqlFunction f, List<Expression> args) {
        if (args.size() < f.minArguments() || args.size() > f.maxArguments()) {
            throw AnalysisErrors.of(f.name() + " takes " + count(f.minArguments(), f.maxArguments()) + ", "
                    + f.signature() + ", but got " + args.size());
        }
    }

    /** A vector function's argument count in the form the first argument chose. */
    public static List<Expression> arity(String name, List<Expression> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw AnalysisErrors.of(name + " takes " + count(min, max) + " in this form, got " + args.size()
                    + "; see DESCRIBE FUNCTION EXTENDED " + name);
        }
        return args;
    }

    /** {@code "1 argument"}, {@code "2 arguments"}, {@code "1 to 2 arguments"}. */
    private static String count(int min, int max) {
        return min == max ? min + (min == 1 ? " argument" : " arguments") : min + " to " + max + " arguments";
    }

    /** Accepts any numeric type and NULL (cast to DOUBLE by Spark); rejects the rest. */
    public static Expression numeric(SqlFunction f, String argument, Expression e) {
        if (!(e.dataType() instanceof NumericType || e.dataType() instanceof NullType)) {
            throw AnalysisErrors.of(f.name() + ": " + argument + " must be numeric, got "
                    + e.dataType().sql() + " (" + e.sql() + "); cast it, e.g. CAST(" + e.sql() + " AS DOUBLE)");
        }
        return e;
    }

    /** An array of numbers (any numeric element type), cast to {@code array<double>}; or an ML vector, as it is. */
    public static Expression doubles(String name, Expression e) {
        if (MlVectors.is(e.dataType())) {
            return e;
        }
        DataType element = e.dataType() instanceof ArrayType a ? a.elementType() : null;
        if (!(element instanceof NumericType || element instanceof NullType)) {
            throw AnalysisErrors.of(name + ": expected an array of numbers or an ML vector, got " + e.dataType().sql());
        }
        return new Cast(e, DOUBLES, Option.empty(), EvalMode.LEGACY());
    }

    public static Expression number(String name, String argument, Expression e) {
        if (!(e.dataType() instanceof NumericType || e.dataType() instanceof NullType)) {
            throw AnalysisErrors.of(name + ": " + argument + " must be numeric, an array of numbers or an ML vector, got "
                    + e.dataType().sql());
        }
        return new Cast(e, DataTypes.DoubleType, Option.empty(), EvalMode.LEGACY());
    }

    public static Expression label(String name, Expression e) {
        if (!(e.dataType() instanceof IntegralType || e.dataType() instanceof NullType)) {
            throw AnalysisErrors.of(name + ": label must be an integer class index, got " + e.dataType().sql());
        }
        return new Cast(e, DataTypes.IntegerType, Option.empty(), EvalMode.LEGACY());
    }

    public static Expression positiveIntLiteral(String name, String argument, Expression e) {
        Object v = e.foldable() && e.dataType() instanceof IntegralType ? e.eval(null) : null;
        if (v == null || ((Number) v).longValue() < 1 || ((Number) v).longValue() > Integer.MAX_VALUE) {
            throw AnalysisErrors.of(name + ": " + argument + " must be a positive integer literal, got " + e.sql());
        }
        return literal(((Number) v).intValue(), DataTypes.IntegerType);
    }

    public static double constant(String name, String argument, Expression e) {
        Double v = e.dataType() instanceof NumericType ? Catalyst.numericValue(e) : null;
        if (v == null) {
            throw AnalysisErrors.of(name + ": " + argument + " must be a numeric literal, got " + e.sql());
        }
        return v;
    }

}
