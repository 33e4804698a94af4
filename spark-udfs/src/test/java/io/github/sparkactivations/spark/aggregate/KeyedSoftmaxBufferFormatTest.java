package io.github.sparkactivations.spark.aggregate;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The keyed softmax's buffer survives its binary form: an UnsafeRow of keys and logits. */
class KeyedSoftmaxBufferFormatTest {

    private static final double[] LOGITS = {0.5, -0.0, Double.NEGATIVE_INFINITY, Double.NaN, 1e308, -4.9e-324, 3};

    @Test
    void stringKeysAndEveryKindOfLogitRoundTrip() {
        roundTrip(DataTypes.StringType, i -> UTF8String.fromString(i % 3 == 0 ? "doc" + i : "é" + i));
    }

    @Test
    void integerKeysRoundTrip() {
        roundTrip(DataTypes.IntegerType, i -> 1000 - i);
    }

    @Test
    void anEmptyBufferRoundTrips() {
        KeyedSoftmaxAggregate agg = aggregate(DataTypes.LongType);
        KeyedSoftmaxAggregate.Buffer back = agg.deserialize(agg.serialize(agg.createAggregationBuffer()));
        assertEquals(List.of(), back.keys);
        assertEquals(16, back.logits.length, "room to grow");
    }

    @Test
    void theBytesAreAnUnsafeRowOfKeysAndLogits() {
        KeyedSoftmaxAggregate agg = aggregate(DataTypes.IntegerType);
        KeyedSoftmaxAggregate.Buffer buffer = fill(agg, i -> i * 10);
        byte[] bytes = agg.serialize(buffer);
        UnsafeRow row = new UnsafeRow(2);
        row.pointTo(bytes, bytes.length);
        assertEquals(LOGITS.length, row.getArray(0).numElements());
        assertEquals(30, row.getArray(0).getInt(3));
        assertArrayEquals(LOGITS, row.getArray(1).toDoubleArray());
    }

    private static void roundTrip(DataType keyType, IntFunction<Object> keyOf) {
        KeyedSoftmaxAggregate agg = aggregate(keyType);
        KeyedSoftmaxAggregate.Buffer buffer = fill(agg, keyOf);
        KeyedSoftmaxAggregate.Buffer back = agg.deserialize(agg.serialize(buffer));
        assertEquals(buffer.keys, back.keys);
        double[] logits = Arrays.copyOf(back.logits, back.keys.size());
        for (int i = 0; i < LOGITS.length; i++) {
            assertEquals(Double.doubleToRawLongBits(LOGITS[i]), Double.doubleToRawLongBits(logits[i]), "logit " + i);
        }
        back.add(1, keyOf.apply(99), 100);
        assertEquals(LOGITS.length + 1, back.keys.size(), "the buffer grows after its round trip");
    }

    private static KeyedSoftmaxAggregate aggregate(DataType keyType) {
        return new KeyedSoftmaxAggregate(new BoundReference(0, DataTypes.DoubleType, true),
                new BoundReference(1, keyType, true), 1000, 0, 0);
    }

    private static KeyedSoftmaxAggregate.Buffer fill(KeyedSoftmaxAggregate agg, IntFunction<Object> keyOf) {
        KeyedSoftmaxAggregate.Buffer buffer = agg.createAggregationBuffer();
        for (int i = 0; i < LOGITS.length; i++) {
            InternalRow row = new GenericInternalRow(new Object[] {LOGITS[i], keyOf.apply(i)});
            agg.update(buffer, row);
        }
        return buffer;
    }
}
