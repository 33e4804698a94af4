package io.github.sparkactivations.spark.columnar;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.execution.metric.SQLMetric;
import org.apache.spark.sql.execution.metric.SQLMetrics;
import scala.collection.immutable.Map;
import scala.collection.immutable.Map$;

import java.io.Serializable;

/**
 * What the columnar operator reports in the SQL tab of Spark's UI, and in its plan's {@code metrics}: the rows and
 * batches it put out, and the time its kernels took (summed over tasks).
 */
record OperatorMetrics(SQLMetric rows, SQLMetric batches, SQLMetric kernelTime) implements Serializable {

    static OperatorMetrics create(SparkContext sc) {
        return new OperatorMetrics(SQLMetrics.createMetric(sc, "number of output rows"),
                SQLMetrics.createMetric(sc, "number of output batches"),
                SQLMetrics.createNanoTimingMetric(sc, "time in kernels", -1L));
    }

    /** One batch of {@code n} rows, its kernels having taken {@code nanos}. */
    void batch(int n, long nanos) {
        rows.add(n);
        batches.add(1);
        kernelTime.add(nanos);
    }

    /** By the names Spark's own operators use: {@code numOutputRows}, {@code numOutputBatches}, and {@code kernelTime}. */
    Map<String, SQLMetric> byName() {
        return with(with(with(Map$.MODULE$.empty(), "numOutputRows", rows), "numOutputBatches", batches),
                "kernelTime", kernelTime);
    }

    /** {@code map.updated(name, metric)}, whose type Scala 2.13 gives as {@code MapOps}. */
    @SuppressWarnings("unchecked")
    private static Map<String, SQLMetric> with(Map<String, SQLMetric> map, String name, SQLMetric metric) {
        return (Map<String, SQLMetric>) (Object) map.updated(name, metric);
    }
}
