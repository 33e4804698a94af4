package io.github.sparkactivations.spark.columnar;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.kernels.Gelu;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.registry.FunctionBuilder;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which calls the columnar operator takes, read from the call's own form and arguments, with no session. */
class BatchCallTest {

    private static AttributeReference column(DataType type) {
        return Catalyst.slot("x", type);
    }

    private static Expression call(String name, Expression... args) {
        return FunctionBuilder.build(Catalog.function(name).orElseThrow(), List.of(args));
    }

    @Test
    void aDoubleColumnWithLiteralParametersIsTakenWithItsForm() {
        BatchCall batch = BatchCall.of(call("gelu", column(DataTypes.DoubleType),
                Catalyst.literal("tanh", DataTypes.StringType))).orElseThrow();
        assertEquals("x", batch.column().name());
        assertFalse(batch.fromFloat());
        assertEquals(Gelu.tanh(0.75), batch.kernel().apply(0.75));
    }

    @Test
    void aFloatColumnIsWidened() {
        assertTrue(BatchCall.of(call("sigmoid", column(DataTypes.FloatType))).orElseThrow().fromFloat());
    }

    @Test
    void whatIsNotAColumnOfDoublesWithConstantsStaysRowWise() {
        assertTrue(BatchCall.of(call("sigmoid", column(DataTypes.LongType))).isEmpty(), "a BIGINT column");
        assertTrue(BatchCall.of(call("prelu", column(DataTypes.DoubleType), column(DataTypes.DoubleType))).isEmpty(),
                "a per-row weight");
        assertTrue(BatchCall.of(call("rrelu", column(DataTypes.DoubleType), Catalyst.literal(0.1), Catalyst.literal(0.3),
                Catalyst.literal(true, DataTypes.BooleanType))).isEmpty(), "a random form");
    }
}
