package io.github.sparkactivations.spark.registry;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.kernels.Gelu;
import io.github.sparkactivations.core.kernels.LeakyRelu;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import io.github.sparkactivations.spark.scalar.ActivationCall;
import org.apache.spark.sql.catalyst.expressions.Expression;
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
}
