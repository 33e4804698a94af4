package io.github.sparkactivations.spark.array;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** ML vectors as Spark stores them (VectorUDT's struct) to the kernels' double[] and back. */
class MlVectorsTest {

    private static InternalRow stored(int type, Integer size, int[] indices, double[] values) {
        return new GenericInternalRow(new Object[] {(byte) type, size,
                indices == null ? null : new GenericArrayData(Arrays.stream(indices).boxed().toArray()),
                new GenericArrayData(Arrays.stream(values).boxed().toArray())});
    }

    @Test
    void aDenseVectorIsItsValuesBitForBit() {
        double[] values = {-0.0, Double.MIN_VALUE, Double.NaN, Double.NEGATIVE_INFINITY, 1e308};
        double[] read = MlVectors.values(stored(1, null, null, values));
        assertArrayEquals(values, read);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(read[0]));
    }

    @Test
    void aSparseVectorsImplicitZerosAreZeros() {
        double[] read = MlVectors.values(stored(0, 5, new int[] {1, 4}, new double[] {-2.0, 3.5}));
        assertArrayEquals(new double[] {0, -2.0, 0, 0, 3.5}, read);
        assertArrayEquals(new double[3], MlVectors.values(stored(0, 3, new int[0], new double[0])));
    }

    @Test
    void aResultIsADenseVectorOfItsValues() {
        InternalRow vector = MlVectors.vector(new double[] {1.5, -0.0});
        assertEquals(1, vector.getByte(0));
        assertArrayEquals(new double[] {1.5, -0.0}, MlVectors.values(vector));
        assertArrayEquals(new double[] {1.5, -0.0}, MlVectors.array(vector).toDoubleArray());
        assertArrayEquals(new double[] {1.5, -0.0}, MlVectors.values(MlVectors.vector(MlVectors.array(vector))));
    }

    @Test
    void onlyAUserDefinedTypeStoredAsAVectorIsOne() {
        assertFalse(MlVectors.is(DataTypes.createArrayType(DataTypes.DoubleType)));
        assertFalse(MlVectors.is(DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
                DataTypes.createStructField("values", DataTypes.createArrayType(DataTypes.DoubleType), true)})));
    }
}
