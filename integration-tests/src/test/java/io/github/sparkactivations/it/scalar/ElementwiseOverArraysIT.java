package io.github.sparkactivations.it.scalar;

import io.github.sparkactivations.it.FormCalls;
import io.github.sparkactivations.it.TestSpark;
import io.github.sparkactivations.spark.ActivationFunctions;
import io.github.sparkactivations.testing.Ulps;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every element-wise form over an array column, {@code gelu(xs)}: element for element the scalar call's value (the
 * same kernel, one batch call per array; within 2 ulp where the batch runs its SIMD form), NULL elements kept, a NULL
 * array NULL, empty arrays empty; with codegen and interpreted.
 */
class ElementwiseOverArraysIT {

    /** Arrays of the scalar tests' edge values, with NULL elements, an empty one and a NULL one. */
    private static final String ARRAYS = "SELECT * FROM VALUES "
            + "(1, array(-745.5D, -40D, -3.25D, -1D, -0.5D, -1e-300D, 0D, -0D, 1e-300D, 0.5D, 1D, 3.25D, 40D, 710D)), "
            + "(2, array(CAST('NaN' AS DOUBLE), CAST('-Infinity' AS DOUBLE), CAST('Infinity' AS DOUBLE))), "
            + "(3, array(NULL, 2D, NULL, -2D)), (4, CAST(array() AS ARRAY<DOUBLE>)), (5, CAST(NULL AS ARRAY<DOUBLE>)) "
            + "t(id, xs)";

    /** {@code f(xs, ...)} and {@code transform(xs, x -> f(x, ...))}, per row, in the given codegen mode. */
    private static List<Row> bothForms(String call, String factoryMode) {
        String overArray = call.replaceFirst("\\(x", "(xs");
        var conf = TestSpark.session().conf();
        conf.set("spark.sql.codegen.factoryMode", factoryMode);
        try {
            return TestSpark.rows("SELECT id, " + overArray + ", transform(xs, x -> " + call + ") FROM (" + ARRAYS
                    + ") ORDER BY id");
        } finally {
            conf.unset("spark.sql.codegen.factoryMode");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFormGivesTheScalarValueOfEachElement() {
        List<DynamicTest> tests = new ArrayList<>();
        for (FormCalls form : FormCalls.all()) {
            tests.add(DynamicTest.dynamicTest(form.sql(), () -> {
                for (String mode : List.of("CODEGEN_ONLY", "NO_CODEGEN")) {
                    List<Row> rows = bothForms(form.sql(), mode);
                    assertEquals(5, rows.size(), "no row lost");
                    for (Row row : rows) {
                        assertSameElements(row, form.kernel().simd(), form.sql() + " over row " + row.get(0) + ", " + mode);
                    }
                    assertNull(rows.get(4).get(1), "a NULL array gives NULL");
                }
            }));
        }
        return tests.stream();
    }

    /**
     * The array form (column 1) against the scalar calls (column 2): bit for bit where both run the scalar kernel
     * (boxed Doubles: NaN equals NaN, -0.0 differs from 0.0), within 2 ulp where the array runs a SIMD form; NULLs
     * in place.
     */
    private static void assertSameElements(Row row, boolean simd, String where) {
        assertEquals(row.isNullAt(2), row.isNullAt(1), where);
        if (row.isNullAt(1)) {
            return;
        }
        List<Double> scalar = row.getList(2);
        List<Double> array = row.getList(1);
        assertEquals(scalar.size(), array.size(), where);
        for (int i = 0; i < scalar.size(); i++) {
            Double e = scalar.get(i);
            Double a = array.get(i);
            boolean same = e == null ? a == null : a != null && (simd ? Ulps.between(e, a) <= 2 : e.equals(a));
            assertTrue(same, where + ", element " + i + ": " + a + " vs scalar " + e);
        }
    }

    @Test
    void anyNumericElementTypeAndTheColumnApi() {
        Row row = TestSpark.rows("SELECT sigmoid(array(CAST(1 AS FLOAT), NULL)), sigmoid(array(1, 2)), "
                + "sigmoid(array(1.0BD)), sigmoid(1D), sigmoid(2D)").get(0);
        assertEquals(row.getDouble(3), (double) row.getList(0).get(0));
        assertNull(row.getList(0).get(1));
        assertEquals(List.of(row.getDouble(3), row.getDouble(4)), row.getList(1));
        assertEquals(List.of(row.getDouble(3)), row.getList(2));
        List<Row> viaColumns = TestSpark.session().sql(ARRAYS).orderBy("id")
                .select(ActivationFunctions.gelu(col("xs"), "tanh")).collectAsList();
        List<Row> viaSql = TestSpark.rows("SELECT gelu(xs, 'tanh') FROM (" + ARRAYS + ") ORDER BY id");
        assertEquals(viaSql.toString(), viaColumns.toString(), "the same values (Row equality fails on NaN)");
    }

    @Test
    void aColumnParameterOverAnArrayFailsAtAnalysis() {
        String message = assertThrows(Exception.class, () -> TestSpark.rows(
                "SELECT prelu(xs, w) FROM VALUES (array(1D, -1D), 0.2D) t(xs, w)")).getMessage();
        assertTrue(message.contains("prelu: over an array, weight must be a constant"), message);
    }
}
