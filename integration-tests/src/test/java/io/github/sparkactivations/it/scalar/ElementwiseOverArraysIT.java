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

    private static final List<FormCalls> FORMS = FormCalls.all();

    /**
     * One query of every form: per row, its id, then {@code f(xs, ...)} and {@code transform(xs, x -> f(x, ...))}
     * for each form in turn, in the given codegen mode.
     */
    private static List<Row> everyForm(String factoryMode) {
        StringBuilder select = new StringBuilder("SELECT id");
        for (FormCalls form : FORMS) {
            select.append(", ").append(form.sql().replaceFirst("\\(x", "(xs"))
                    .append(", transform(xs, x -> ").append(form.sql()).append(")");
        }
        var conf = TestSpark.session().conf();
        conf.set("spark.sql.codegen.factoryMode", factoryMode);
        try {
            return TestSpark.rows(select + " FROM (" + ARRAYS + ") ORDER BY id");
        } finally {
            conf.unset("spark.sql.codegen.factoryMode");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFormGivesTheScalarValueOfEachElement() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String mode : List.of("CODEGEN_ONLY", "NO_CODEGEN")) {
            List<Row> rows = everyForm(mode);
            assertEquals(5, rows.size(), "no row lost");
            for (int f = 0; f < FORMS.size(); f++) {
                FormCalls form = FORMS.get(f);
                int column = 1 + 2 * f;
                tests.add(DynamicTest.dynamicTest(form.sql() + ", " + mode, () -> {
                    for (Row row : rows) {
                        assertSameElements(row, column, form.kernel().simd(), form.sql() + " over row " + row.get(0));
                    }
                    assertNull(rows.get(4).get(column), "a NULL array gives NULL");
                }));
            }
        }
        return tests.stream();
    }

    /**
     * The array form (in {@code column}) against the scalar calls (the next column): bit for bit where both run the
     * scalar kernel (boxed Doubles: NaN equals NaN, -0.0 differs from 0.0), within 2 ulp where the array runs a SIMD
     * form; NULLs in place.
     */
    private static void assertSameElements(Row row, int column, boolean simd, String where) {
        assertEquals(row.isNullAt(column + 1), row.isNullAt(column), where);
        if (row.isNullAt(column)) {
            return;
        }
        List<Double> scalar = row.getList(column + 1);
        List<Double> array = row.getList(column);
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
