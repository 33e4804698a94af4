package io.github.sparkactivations.spark.array;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.TypedKernel;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;

/**
 * An element-wise function applied to every element of an array, {@code gelu(embedding)}, as PyTorch applies it to
 * a tensor: {@code y[i] = f(x[i])}. The catalog form bound to the call's constant parameters ({@link BoundKernel})
 * runs over the array's elements in one batch call, SIMD where the kernel has a SIMD form; a NULL element stays
 * NULL (the kernel runs over the others, packed). Generated code calls {@link #apply} through a field of this type.
 */
public final class ElementwiseOverArray implements TypedKernel {

    private final BoundKernel kernel;

    public ElementwiseOverArray(BoundKernel kernel) {
        this.kernel = kernel;
    }

    /** {@code f} of each element of {@code x} (an {@code array<double>}), NULL where the element is NULL. */
    public ArrayData apply(ArrayData x) {
        int n = x.numElements();
        int nulls = 0;
        for (int i = 0; i < n; i++) {
            nulls += x.isNullAt(i) ? 1 : 0;
        }
        if (nulls == 0) {
            double[] values = x.toDoubleArray();
            kernel.apply(values, 0, values, 0, n);
            return UnsafeArrayData.fromPrimitiveArray(values);
        }
        double[] packed = new double[n - nulls];
        for (int i = 0, j = 0; i < n; i++) {
            if (!x.isNullAt(i)) {
                packed[j++] = x.getDouble(i);
            }
        }
        kernel.apply(packed, 0, packed, 0, packed.length);
        double[] values = new double[n];
        for (int i = 0, j = 0; i < n; i++) {
            values[i] = x.isNullAt(i) ? 0.0 : packed[j++];
        }
        UnsafeArrayData result = UnsafeArrayData.fromPrimitiveArray(values);
        for (int i = 0; i < n; i++) {
            if (x.isNullAt(i)) {
                result.setNullAt(i);
            }
        }
        return result;
    }

    @Override
    public Class<? extends TypedKernel> type() {
        return ElementwiseOverArray.class;
    }
}
