package io.github.sparkactivations.benchmarks;

import io.github.sparkactivations.spark.aggregate.KeyedSoftmaxAggregate;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.UTF8String;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The keyed softmax's buffer format: serialize plus deserialize of one group of 1M rows with string
 * keys, as a shuffle of partial aggregates does it; the median of 7 timed passes after 3, and the
 * size of the bytes. Run: {@code java -cp <the benchmarks' class path> ...KeyedBufferBenchmark [rows]}.
 */
public final class KeyedBufferBenchmark {

    /** Keeps each deserialized buffer alive, so that the JIT cannot drop the work. */
    static volatile Object sink;

    private KeyedBufferBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        KeyedSoftmaxAggregate aggregate = new KeyedSoftmaxAggregate(new BoundReference(0, DataTypes.DoubleType, true),
                new BoundReference(1, DataTypes.StringType, true), Integer.MAX_VALUE, 0, 0);
        KeyedSoftmaxAggregate.Buffer buffer = aggregate.createAggregationBuffer();
        Random random = new Random(1);
        for (int i = 0; i < rows; i++) {
            aggregate.update(buffer, new GenericInternalRow(new Object[] {random.nextGaussian(), UTF8String.fromString("doc" + i)}));
        }
        long[] nanos = new long[10];
        int bytes = 0;
        for (int pass = 0; pass < nanos.length; pass++) {
            long start = System.nanoTime();
            byte[] stored = aggregate.serialize(buffer);
            sink = aggregate.deserialize(stored);
            nanos[pass] = System.nanoTime() - start;
            bytes = stored.length;
        }
        long[] timed = Arrays.copyOfRange(nanos, 3, nanos.length);
        Arrays.sort(timed);
        System.out.printf(Locale.ROOT, "keyed softmax buffer, %d rows of string keys: serialize + deserialize %.1f ms, %d bytes%n",
                rows, timed[timed.length / 2] / 1e6, bytes);
    }
}
