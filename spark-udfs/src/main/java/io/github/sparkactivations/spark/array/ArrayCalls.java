package io.github.sparkactivations.spark.array;

import io.github.sparkactivations.core.catalog.ArrayKernel;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;

/**
 * Calls of the catalog's array kernels over Spark's internal {@code array<double>}, as whole-stage
 * codegen makes them: the row's values to {@code double[]} (a NULL element makes the result NULL), the
 * call's other arguments boxed in their usage's order, the kernel's result back. One method per
 * result type and argument signature, the kernel and the ANSI flag last (they are not shown in the
 * call's name); a usage with a new signature needs one more of these.
 */
public final class ArrayCalls {

    private ArrayCalls() {
    }

    public static ArrayData array(ArrayData x, ArrayKernel kernel, boolean strict) {
        double[] v = values(x);
        return v == null ? null : array(kernel.apply(v, new Object[0], strict));
    }

    public static ArrayData array(ArrayData x, double a, ArrayKernel kernel, boolean strict) {
        double[] v = values(x);
        return v == null ? null : array(kernel.apply(v, new Object[] {a}, strict));
    }

    public static ArrayData array(ArrayData x, int a, ArrayKernel kernel, boolean strict) {
        double[] v = values(x);
        return v == null ? null : array(kernel.apply(v, new Object[] {a}, strict));
    }

    public static Double number(ArrayData x, ArrayKernel kernel, boolean strict) {
        double[] v = values(x);
        return v == null ? null : (Double) kernel.apply(v, new Object[0], strict);
    }

    public static Double number(ArrayData x, int a, ArrayKernel kernel, boolean strict) {
        double[] v = values(x);
        return v == null ? null : (Double) kernel.apply(v, new Object[] {a}, strict);
    }

    public static Double number(ArrayData x, int a, double b, ArrayKernel kernel, boolean strict) {
        double[] v = values(x);
        return v == null ? null : (Double) kernel.apply(v, new Object[] {a, b}, strict);
    }

    public static Double number(ArrayData x, ArrayData a, ArrayKernel kernel, boolean strict) {
        double[] v = values(x);
        double[] w = values(a);
        return v == null || w == null ? null : (Double) kernel.apply(v, new Object[] {w}, strict);
    }

    /** The elements, or null if one is NULL. */
    private static double[] values(ArrayData array) {
        for (int i = 0; i < array.numElements(); i++) {
            if (array.isNullAt(i)) {
                return null;
            }
        }
        return array.toDoubleArray();
    }

    private static ArrayData array(Object result) {
        return result == null ? null : UnsafeArrayData.fromPrimitiveArray((double[]) result);
    }
}
