package io.github.sparkactivations.spark.scalar;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.spark.catalyst.Catalyst;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-row checks of parameters given as columns, evaluated over rows with no session. */
class ParameterChecksTest {

    private static final SqlFunction CELU = Catalog.function("celu").orElseThrow();
    private static final SqlFunction RRELU = Catalog.function("rrelu").orElseThrow();
    private static final Expression CALL = Catalyst.literal(42.0);

    private static Expression column(int i) {
        return new BoundReference(i, DataTypes.DoubleType, true);
    }

    private static Object eval(Expression e, Object... row) {
        return e.eval(new GenericInternalRow(row));
    }

    @Test
    void constantParametersAddNoCheck() {
        assertSame(CALL, ParameterChecks.guard(CELU, List.of(Catalyst.literal(1.0)), CALL, true));
    }

    @Test
    void anInvalidRowIsNullOutsideAnsi() {
        Expression guarded = ParameterChecks.guard(CELU, List.of(column(0)), CALL, false);
        assertEquals(42.0, eval(guarded, 0.5));
        assertNull(eval(guarded, 0.0), "alpha must be > 0");
        assertEquals(42.0, eval(guarded, (Object) null), "a NULL parameter is the kernel's to handle");
    }

    @Test
    void anInvalidRowFailsUnderAnsiNamingFunctionParameterValueAndRange() {
        Expression guarded = ParameterChecks.guard(CELU, List.of(column(0)), CALL, true);
        assertEquals(42.0, eval(guarded, 2.0));
        RuntimeException e = assertThrows(RuntimeException.class, () -> eval(guarded, -1.0));
        assertTrue(e.getMessage().contains("celu: alpha = -1.0 is outside its allowed range (0.0, inf)"), e.getMessage());
    }

    @Test
    void parametersOutOfOrderFailNamingBoth() {
        Expression guarded = ParameterChecks.guard(RRELU, List.of(column(0), column(1)), CALL, true);
        assertEquals(42.0, eval(guarded, 0.1, 0.3));
        RuntimeException e = assertThrows(RuntimeException.class, () -> eval(guarded, 0.3, 0.1));
        assertTrue(e.getMessage().contains("rrelu: lower = 0.3 must be <= upper = 0.1"), e.getMessage());
    }
}
