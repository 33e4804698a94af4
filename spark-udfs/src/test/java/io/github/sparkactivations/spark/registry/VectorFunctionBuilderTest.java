package io.github.sparkactivations.spark.registry;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.softmax.SoftmaxEntropy;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.scalar.ActivationCall;
import io.github.sparkactivations.spark.aggregate.StateAggregate;
import io.github.sparkactivations.spark.window.WindowOnlyAggregate;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.AnalysisException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls of vector functions built from their arguments, with no session: one generic path for every array usage. */
class VectorFunctionBuilderTest {

    private static Expression build(String name, Expression... args) {
        return VectorFunctionBuilder.build(Catalog.vectorFunction(name).orElseThrow(), List.of(args));
    }

    private static Expression array(Double... values) {
        return Catalyst.literal(new GenericArrayData(values), DataTypes.createArrayType(DataTypes.DoubleType));
    }

    @Test
    void anArrayUsageWithASecondArrayRunsItsKernel() {
        Expression call = build("sparsemax_grad", array(1.0, 1.5, 2.0), array(1.0, 2.0, 4.0));
        assertArrayEquals(new double[] {0, -1, 1}, ((ArrayData) call.eval(null)).toDoubleArray());
        assertEquals("sparsemax_grad(ARRAY(1.0D, 1.5D, 2.0D), ARRAY(1.0D, 2.0D, 4.0D))",
                call.sql().replace("CAST(", "").replace(" AS ARRAY<DOUBLE>)", ""));
    }

    @Test
    void anArrayUsageReturningANumber() {
        Expression call = build("softmax_entropy", array(1.0, 2.0, 3.0));
        assertEquals(SoftmaxEntropy.of(new double[] {1, 2, 3}, 0, 3), (double) call.eval(null));
    }

    @Test
    void aNullElementGivesNull() {
        assertNull(build("softmax", array(1.0, null)).eval(null));
    }

    @Test
    void mismatchedLengthsFailUnderAnsiAndGiveNullOtherwise() {
        Expression call = build("sparsemax_grad", array(1.0, 2.0), array(1.0));
        if (SQLConf.get().ansiEnabled()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call.eval(null));
            assertTrue(e.getMessage().startsWith("sparsemax_grad: 2 logits but 1 upstream gradients"), e.getMessage());
        } else {
            assertNull(call.eval(null));
        }
    }

    @Test
    void aNumericFirstArgumentIsTheGroupedForm() {
        Expression softmax = build("softmax", Catalyst.literal(1.0));
        assertInstanceOf(WindowOnlyAggregate.class, softmax);
        assertTrue(build("softmax_entropy", array(1.0)) instanceof ActivationCall);
        assertInstanceOf(StateAggregate.class, build("softmax_entropy", Catalyst.literal(1.0)));
    }

    @Test
    void anArrayOnlyFunctionRejectsANumberNamingItself() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> build("sparsemax", Catalyst.literal(1.0)));
        assertTrue(e.getMessage().startsWith("sparsemax takes an array"), e.getMessage());
    }
}
