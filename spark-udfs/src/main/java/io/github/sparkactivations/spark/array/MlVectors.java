package io.github.sparkactivations.spark.array;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.UserDefinedType;

/**
 * Spark ML's vectors ({@code VectorUDT}, dense or sparse) as the arrays the kernels take, and back. A vector is
 * read and written in the struct Spark stores it as, {@code struct<type: tinyint, size: int, indices: array<int>,
 * values: array<double>>} (type 1 dense: values; type 0 sparse: size, and the values at their indices, zeros
 * elsewhere), so no class of spark-mllib is needed here: a column of that type exists only where spark-mllib is
 * loaded, and there the functions take it. Results are dense vectors.
 *
 * <p>Generated code calls these with the stored struct; their parameters are {@code Object} because interpreted
 * evaluation looks a static method up by Spark's Java class for a user-defined type, which is {@code Object}.
 */
public final class MlVectors {

    /** The {@code type} of a dense vector; 0 is sparse. */
    private static final byte DENSE = 1;

    /** VectorUDT's {@code sqlType}, the same in {@code org.apache.spark.ml.linalg} and {@code mllib.linalg}. */
    private static final StructType STORED = new StructType(new StructField[] {
            DataTypes.createStructField("type", DataTypes.ByteType, false),
            DataTypes.createStructField("size", DataTypes.IntegerType, true),
            DataTypes.createStructField("indices", DataTypes.createArrayType(DataTypes.IntegerType, false), true),
            DataTypes.createStructField("values", DataTypes.createArrayType(DataTypes.DoubleType, false), true)});

    private MlVectors() {
    }

    /** Whether {@code type} is an ML vector: a user-defined type stored as VectorUDT stores it. */
    public static boolean is(DataType type) {
        return type instanceof UserDefinedType<?> udt && udt.sqlType().equals(STORED);
    }

    /** The elements of a stored vector, a sparse one's implicit zeros as zeros. */
    public static double[] values(Object vector) {
        InternalRow row = (InternalRow) vector;
        ArrayData values = row.getArray(3);
        if (row.getByte(0) == DENSE) {
            return values.toDoubleArray();
        }
        double[] out = new double[row.getInt(1)];
        ArrayData indices = row.getArray(2);
        for (int i = 0; i < indices.numElements(); i++) {
            out[indices.getInt(i)] = values.getDouble(i);
        }
        return out;
    }

    /** A stored vector's elements as Spark's {@code array<double>}. */
    public static ArrayData array(Object vector) {
        return UnsafeArrayData.fromPrimitiveArray(values(vector));
    }

    /** The dense vector of {@code values}, as Spark stores it. */
    public static InternalRow vector(double[] values) {
        return new GenericInternalRow(new Object[] {DENSE, null, null, UnsafeArrayData.fromPrimitiveArray(values)});
    }

    /** The dense vector of an {@code array<double>} without NULL elements (a kernel's result over a vector). */
    public static InternalRow vector(ArrayData values) {
        return vector(values.toDoubleArray());
    }
}
