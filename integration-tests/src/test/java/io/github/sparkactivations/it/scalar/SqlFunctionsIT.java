package io.github.sparkactivations.it.scalar;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Example;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.catalog.VectorFunction;
import io.github.sparkactivations.it.FormCalls;
import io.github.sparkactivations.it.TestSpark;
import org.apache.spark.sql.Dataset;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every catalog function called from SQL: its documented examples, types, NULL and special values. */
class SqlFunctionsIT {

    private static final double[] VALUES = {-745.5, -40, -3.25, -1, -0.5, -1e-300, 0, 1e-300, 0.5, 1, 3.25, 40, 710};

    @TestFactory
    Stream<DynamicTest> documentedExamplesPrintTheirDocumentedResults() {
        List<Example> examples = new ArrayList<>();
        for (SqlFunction f : Catalog.functions()) {
            assertTrue(!f.examples().isEmpty(), f.name() + " has no example");
            examples.addAll(f.examples());
        }
        for (VectorFunction f : Catalog.vectorFunctions()) {
            assertTrue(!f.examples().isEmpty(), f.name() + " has no example");
            examples.addAll(f.examples());
        }
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.call(), () ->
                assertEquals(e.result(), printed("SELECT " + e.call()))));
    }

    /** The first value of the first row, as Spark prints it (a cast to string). */
    private static String printed(String sql) {
        Dataset<Row> df = TestSpark.session().sql(sql);
        return df.select(col("`" + df.columns()[0] + "`").cast("string")).first().getString(0);
    }

    @TestFactory
    Stream<DynamicTest> sqlGivesTheCoreKernelsResults() {
        List<DynamicTest> tests = new ArrayList<>();
        for (FormCalls form : FormCalls.all()) {
            String call = form.sql();
            tests.add(DynamicTest.dynamicTest(call, () -> {
                StringBuilder values = new StringBuilder();
                for (double v : VALUES) {
                    values.append(values.isEmpty() ? "" : ", ").append("(CAST('").append(v).append("' AS DOUBLE))");
                }
                List<Row> rows = TestSpark.rows("SELECT x, " + call + " FROM VALUES " + values + " t(x)");
                assertEquals(VALUES.length, rows.size());
                for (Row row : rows) {
                    assertEquals(form.kernel().apply(row.getDouble(0)), row.getDouble(1), call + " at x = " + row.get(0));
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void anyNumericTypeIsCastToDouble() {
        Row row = TestSpark.rows("SELECT sigmoid(CAST(1 AS TINYINT)), sigmoid(CAST(1 AS SMALLINT)), sigmoid(1), "
                + "sigmoid(1L), sigmoid(CAST(1 AS FLOAT)), sigmoid(1.0BD), sigmoid(CAST(1 AS DECIMAL(30, 10)))").get(0);
        for (int i = 0; i < row.size(); i++) {
            assertEquals(0.7310585786300049, row.getDouble(i), "column " + i);
        }
    }

    @Test
    void nullGivesNull() {
        assertNull(TestSpark.value("SELECT gelu(NULL)"));
        assertNull(TestSpark.value("SELECT gelu(CAST(NULL AS INT), 'tanh')"));
        List<Row> rows = TestSpark.rows("SELECT relu_grad(x) FROM VALUES (1.0), (NULL), (-1.0) t(x)");
        assertEquals(3, rows.size(), "no row lost");
        assertNull(rows.get(1).get(0));
    }

    @Test
    void nanGivesNanAndInfinitiesTheirLimits() {
        Row row = TestSpark.rows("SELECT gelu(CAST('NaN' AS DOUBLE)), gelu(CAST('-Infinity' AS DOUBLE)), "
                + "gelu(CAST('Infinity' AS DOUBLE)), sigmoid(CAST('-Infinity' AS DOUBLE)), "
                + "gelu_grad(CAST('Infinity' AS DOUBLE), 'tanh')").get(0);
        assertTrue(Double.isNaN(row.getDouble(0)));
        assertEquals(0.0, row.getDouble(1), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, row.getDouble(2));
        assertEquals(0.0, row.getDouble(3));
        assertEquals(1.0, row.getDouble(4));
    }

    @Test
    void columnsAreNamedAsTheCallWasWritten() {
        String[] names = TestSpark.session()
                .sql("SELECT gelu(x), gelu(x, 'tanh'), sigmoid_grad(CAST(x AS INT)) FROM VALUES (1.0D) t(x)").columns();
        assertEquals(List.of("gelu(x)", "gelu(x, 'tanh')", "sigmoid_grad(CAST(x AS INT))"), List.of(names));
    }
}
