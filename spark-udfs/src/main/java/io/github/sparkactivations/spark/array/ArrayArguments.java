package io.github.sparkactivations.spark.array;

import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.ObjectType;

/**
 * The two kinds of array a call takes, Spark's arrays ({@code array<double>} after the builders' cast) and Spark
 * ML's vectors ({@link MlVectors}): which an argument is, its elements as the kernels take them, and a result of
 * the kind of the call's first argument (a vector in, a vector out).
 */
public final class ArrayArguments {

    private static final DataType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType);

    private ArrayArguments() {
    }

    /** Whether {@code type} is an array or an ML vector. */
    public static boolean is(DataType type) {
        return type instanceof ArrayType || MlVectors.is(type);
    }

    /** The type of an array result of a call whose first argument is {@code first}: its vector type, or {@code array<double>}. */
    public static DataType resultType(Expression first) {
        return MlVectors.is(first.dataType()) ? first.dataType() : DOUBLES;
    }

    /** {@code e}'s elements as a {@code double[]}; NULL if {@code e} is, or if an array's element is. */
    public static Expression values(Expression e) {
        return MlVectors.is(e.dataType())
                ? Catalyst.invoke(MlVectors.class, "values", ObjectType.apply(double[].class), false, e)
                : Catalyst.invoke(ArrayValues.class, "values", ObjectType.apply(double[].class), true, e);
    }

    /** {@code e} as Spark's {@code array<double>}: itself, or a vector's elements. */
    public static Expression array(Expression e) {
        return MlVectors.is(e.dataType()) ? Catalyst.invoke(MlVectors.class, "array", DOUBLES, false, e) : e;
    }

    /** A kernel's result ({@code double[]} or {@code array<double>}) as {@code type} ({@link #resultType}). */
    public static Expression result(Expression result, DataType type) {
        if (MlVectors.is(type)) {
            return Catalyst.invoke(MlVectors.class, "vector", type, false, result);
        }
        return result.dataType() instanceof ArrayType ? result
                : Catalyst.invoke(ArrayValues.class, "array", DOUBLES, true, result);
    }
}
