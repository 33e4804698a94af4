package io.github.sparkactivations.it;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.core.catalog.VectorFunction;
import io.github.sparkactivations.spark.ActivationFunctions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static io.github.sparkactivations.spark.ActivationFunctions.gelu;
import static io.github.sparkactivations.spark.ActivationFunctions.gelu_grad;
import static io.github.sparkactivations.spark.ActivationFunctions.relu;
import static io.github.sparkactivations.spark.ActivationFunctions.sigmoid;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java Column API mirrors the SQL functions and gives the same results. */
class ColumnApiIT {

    @Test
    void columnMethodsGiveTheSqlResults() {
        Dataset<Row> df = TestSpark.session().sql("SELECT CAST(id AS DOUBLE) / 4 - 2 AS x FROM range(17)");
        List<Row> api = df.select(gelu(col("x")), gelu(col("x"), "tanh"), gelu_grad(col("x")),
                sigmoid(col("x")), relu(col("x"))).collectAsList();
        List<Row> sql = df.selectExpr("gelu(x)", "gelu(x, 'tanh')", "gelu_grad(x)", "sigmoid(x)", "relu(x)")
                .collectAsList();
        assertEquals(sql, api);
        assertEquals("gelu(x, 'tanh')", df.select(gelu(col("x"), "tanh")).columns()[0]);
    }

    @Test
    void everyCatalogFunctionHasItsColumnMethods() {
        Method[] methods = ActivationFunctions.class.getMethods();
        for (SqlFunction f : Catalog.functions()) {
            for (int arity = f.minArguments(); arity <= f.maxArguments(); arity++) {
                int n = arity;
                assertTrue(Arrays.stream(methods).anyMatch(m -> m.getName().equals(f.name())
                                && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == n
                                && m.getReturnType() == Column.class),
                        "ActivationFunctions." + f.name() + " with " + n + " arguments");
            }
        }
        for (VectorFunction f : Catalog.vectorFunctions()) {
            for (VectorFunction.Usage u : f.usages()) {
                assertTrue(Arrays.stream(methods).anyMatch(m -> m.getName().equals(f.name())
                        && m.getParameterCount() == u.arguments().size()), "ActivationFunctions." + u.call(f.name()));
            }
        }
        assertTrue(Arrays.stream(methods).filter(m -> Modifier.isStatic(m.getModifiers()))
                .allMatch(m -> Catalog.function(m.getName()).isPresent()
                        || Catalog.vectorFunctions().stream().anyMatch(f -> f.name().equals(m.getName()))),
                "no method without a catalog entry");
    }
}
