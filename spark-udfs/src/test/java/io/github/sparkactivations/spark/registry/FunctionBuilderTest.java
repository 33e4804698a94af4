package io.github.sparkactivations.spark.registry;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.kernels.Gelu;
import io.github.sparkactivations.core.kernels.LeakyRelu;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.scalar.ActivationCall;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.AnalysisException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls of element-wise functions built from their arguments, with no session: what analysis gets. */
class FunctionBuilderTest {

    private static SqlFunction function(String name) {
        return Catalog.function(name).orElseThrow();
    }

    private static ActivationCall build(String name, Expression... args) {
        return (ActivationCall) FunctionBuilder.build(function(name), List.of(args));
    }

    @Test
    void aCallKeepsItsFormAndComputesItsKernel() {
        ActivationCall call = build("gelu", Catalyst.literal(0.5), Catalyst.literal("tanh", DataTypes.StringType));
        assertSame(function("gelu").form("tanh"), call.form());
        assertEquals(Gelu.tanh(0.5), (double) call.eval(null));
        assertEquals("gelu(0.5D, 'tanh')", call.sql());
    }

    @Test
    void defaultsAreFilledInAndIntegersCastToDouble() {
        ActivationCall call = build("leaky_relu", Catalyst.literal(-3, DataTypes.IntegerType));
        assertEquals(2, call.arguments().size(), "x and the default slope");
        assertEquals(DataTypes.DoubleType, call.arguments().get(0).dataType());
        assertEquals(LeakyRelu.value(-3, 0.01), (double) call.eval(null));
    }

    @Test
    void aNullInputGivesNull() {
        assertNull(build("sigmoid", Catalyst.literal(null, DataTypes.DoubleType)).eval(null));
    }

    @Test
    void twoBuildsOfOneCallAreEqualAsGroupByNeedsThem() {
        assertEquals(build("relu", Catalyst.literal(2.0)), build("relu", Catalyst.literal(2.0)));
    }

    @Test
    void aBadLiteralParameterFailsNamingFunctionParameterAndRange() {
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> build("celu", Catalyst.literal(1.0), Catalyst.literal(-1.0)));
        assertTrue(e.getMessage().contains("celu: alpha = -1.0") && e.getMessage().contains("(0.0, inf)"), e.getMessage());
    }

    @Test
    void anUnknownChoiceFailsListingTheChoices() {
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> build("gelu", Catalyst.literal(1.0), Catalyst.literal("exact", DataTypes.StringType)));
        assertTrue(e.getMessage().contains("'none', 'tanh'"), e.getMessage());
    }

    private static Expression doubles(Object... elements) {
        return Catalyst.literal(new GenericArrayData(elements), DataTypes.createArrayType(DataTypes.DoubleType));
    }

    @Test
    void overAnArrayEachElementGetsTheFormsValue() {
        ActivationCall call = build("leaky_relu", doubles(-3.0, null, 2.0), Catalyst.literal(0.2));
        assertSame(function("leaky_relu").form(null), call.form());
        ArrayData y = (ArrayData) call.eval(null);
        assertEquals(LeakyRelu.value(-3, 0.2), y.getDouble(0));
        assertTrue(y.isNullAt(1));
        assertEquals(2.0, y.getDouble(2));
        assertEquals(DataTypes.createArrayType(DataTypes.DoubleType), call.dataType());
        assertEquals("leaky_relu(ARRAY(-3.0D, CAST(NULL AS DOUBLE), 2.0D), 0.2D)", call.sql());
    }

    @Test
    void overAnArrayOfFloatsTheElementsAreCastToDouble() {
        Expression floats = Catalyst.literal(new GenericArrayData(new Object[] {0.5f}),
                DataTypes.createArrayType(DataTypes.FloatType));
        ArrayData y = (ArrayData) build("gelu", floats, Catalyst.literal("tanh", DataTypes.StringType)).eval(null);
        assertEquals(Gelu.tanh(0.5), y.getDouble(0));
    }

    @Test
    void overAnArrayAParameterMustBeAConstantAndNullMakesNull() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> FunctionBuilder.build(function("elu"),
                List.of(doubles(1.0), new BoundReference(0, DataTypes.DoubleType, true))));
        assertTrue(e.getMessage().contains("elu: over an array, alpha must be a constant"), e.getMessage());
        assertNull(FunctionBuilder.build(function("elu"), List.of(doubles(1.0), Catalyst.literal(null, DataTypes.DoubleType)))
                .eval(null));
    }

    @Test
    void overAnArrayTheRandomFormIsRefusedNamingTheWayAround() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> build("rrelu", doubles(1.0),
                Catalyst.literal(0.1), Catalyst.literal(0.3), Catalyst.literal(true, DataTypes.BooleanType)));
        assertTrue(e.getMessage().contains("rrelu: the random form takes a number, not an array"), e.getMessage());
    }
}
