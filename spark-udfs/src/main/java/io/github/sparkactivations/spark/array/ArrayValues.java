package io.github.sparkactivations.spark.array;

import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;

/**
 * Spark's internal {@code array<double>} to and from the {@code double[]} the catalog's array kernels take and
 * return: the two conversions an array call makes around its kernel, whatever its signature.
 */
public final class ArrayValues {

    private ArrayValues() {
    }

    /** The elements of {@code array}, or null if one is NULL (the call's result is then NULL). */
    public static double[] values(ArrayData array) {
        for (int i = 0; i < array.numElements(); i++) {
            if (array.isNullAt(i)) {
                return null;
            }
        }
        return array.toDoubleArray();
    }

    /** {@code values} as Spark's array. */
    public static ArrayData array(double[] values) {
        return UnsafeArrayData.fromPrimitiveArray(values);
    }
}
