package io.github.sparkactivations.spark.array;

import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Spark's arrays to the kernels' double[] and back. */
class ArrayValuesTest {

    @Test
    void valuesRoundTripBitForBit() {
        double[] values = {-0.0, Double.MIN_VALUE, Double.NaN, Double.NEGATIVE_INFINITY, 1e308};
        ArrayData array = ArrayValues.array(values);
        assertEquals(values.length, array.numElements());
        assertArrayEquals(values, ArrayValues.values(array));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(ArrayValues.values(array)[0]));
    }

    @Test
    void aNullElementMakesTheCallNull() {
        assertNull(ArrayValues.values(new GenericArrayData(new Object[] {1.0, null, 3.0})));
    }

    @Test
    void anEmptyArrayIsEmpty() {
        assertEquals(0, ArrayValues.values(ArrayValues.array(new double[0])).length);
    }
}
