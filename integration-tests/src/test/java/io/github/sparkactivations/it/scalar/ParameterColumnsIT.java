package io.github.sparkactivations.it.scalar;

import io.github.sparkactivations.core.kernels.HardTanh;
import io.github.sparkactivations.core.kernels.Prelu;
import io.github.sparkactivations.it.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parameters given as columns (a learned per-channel prelu weight joined in) are checked per row:
 * an invalid value fails the query under ANSI mode (Spark 4's default) and gives NULL otherwise.
 */
class ParameterColumnsIT {

    private static final String WEIGHTS = "SELECT * FROM VALUES (-2.0D, 0.1D), (-2.0D, 0.3D), (3.0D, -0.5D), "
            + "(-1.0D, NULL) t(x, w)";

    @Test
    void aWeightColumnGivesEachRowItsOwnSlope() {
        List<Row> rows = TestSpark.rows("SELECT x, w, prelu(x, w), prelu_grad(x, w) FROM (" + WEIGHTS + ")");
        assertEquals(4, rows.size());
        for (Row r : rows.subList(0, 3)) {
            assertEquals(Prelu.value(r.getDouble(0), r.getDouble(1)), r.getDouble(2));
            assertEquals(Prelu.grad(r.getDouble(0), r.getDouble(1)), r.getDouble(3));
        }
        assertNull(rows.get(3).get(2), "a NULL weight gives NULL");
    }

    @Test
    void anInvalidRowFailsUnderAnsi() {
        String sql = "SELECT prelu(x, w) FROM VALUES (-2.0D, 0.1D), (-2.0D, CAST('Infinity' AS DOUBLE)) t(x, w)";
        Exception e = assertThrows(Exception.class, () -> TestSpark.withAnsi(true, () -> TestSpark.rows(sql)));
        String message = String.valueOf(e.getMessage());
        assertTrue(message.contains("prelu: weight = Infinity is outside its allowed range (-inf, inf)"), message);
    }

    @Test
    void anInvalidRowIsNullWithoutAnsi() {
        List<Row> rows = TestSpark.withAnsi(false, () -> TestSpark.rows(
                "SELECT prelu(x, w) FROM VALUES (-2.0D, 0.1D), (-2.0D, CAST('NaN' AS DOUBLE)) t(x, w)"));
        assertEquals(Prelu.value(-2.0, 0.1), rows.get(0).getDouble(0));
        assertNull(rows.get(1).get(0));
    }

    @Test
    void columnBoundsOutOfOrderAreCheckedPerRow() {
        String sql = "SELECT hardtanh(x, lo, hi) FROM VALUES (5.0D, -1.0D, 2.0D), (5.0D, 3.0D, 2.0D) t(x, lo, hi)";
        List<Row> rows = TestSpark.withAnsi(false, () -> TestSpark.rows(sql));
        assertEquals(HardTanh.value(5.0, -1.0, 2.0), rows.get(0).getDouble(0));
        assertNull(rows.get(1).get(0));
        Exception e = assertThrows(Exception.class, () -> TestSpark.withAnsi(true, () -> TestSpark.rows(sql)));
        assertTrue(String.valueOf(e.getMessage()).contains("hardtanh: min_val = 3.0 must be <= max_val = 2.0"),
                e.getMessage());
    }
}
