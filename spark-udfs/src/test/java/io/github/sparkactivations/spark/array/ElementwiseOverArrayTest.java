package io.github.sparkactivations.spark.array;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Catalog;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An element-wise function over an array's elements: each the form's value, NULL elements kept. */
class ElementwiseOverArrayTest {

    private static final BoundKernel ELU = BoundKernel.of(Catalog.function("elu").orElseThrow(), null, 0.5);
    private static final ElementwiseOverArray OVER_ARRAY = new ElementwiseOverArray(ELU);

    @Test
    void everyElementIsTheKernelsValue() {
        double[] x = {-745.5, -1, -0.0, 0.0, 1e-300, 3.25, 710, Double.NaN, Double.NEGATIVE_INFINITY};
        ArrayData y = OVER_ARRAY.apply(ArrayValues.array(x));
        assertEquals(x.length, y.numElements());
        for (int i = 0; i < x.length; i++) {
            assertEquals(Double.doubleToLongBits(ELU.apply(x[i])), Double.doubleToLongBits(y.getDouble(i)), "x = " + x[i]);
        }
    }

    @Test
    void nullElementsStayNullAndTheOthersKeepTheirPlaces() {
        ArrayData y = OVER_ARRAY.apply(new GenericArrayData(new Object[] {null, -2.0, null, 3.0, null}));
        assertEquals(5, y.numElements());
        assertTrue(y.isNullAt(0) && y.isNullAt(2) && y.isNullAt(4));
        assertFalse(y.isNullAt(1) || y.isNullAt(3));
        assertEquals(ELU.apply(-2.0), y.getDouble(1));
        assertEquals(ELU.apply(3.0), y.getDouble(3));
    }

    @Test
    void emptyArraysStayEmpty() {
        assertEquals(0, OVER_ARRAY.apply(ArrayValues.array(new double[0])).numElements());
        assertEquals(1, OVER_ARRAY.apply(new GenericArrayData(new Object[] {null})).numElements());
    }
}
