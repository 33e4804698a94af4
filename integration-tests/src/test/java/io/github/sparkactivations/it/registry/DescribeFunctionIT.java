package io.github.sparkactivations.it.registry;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.it.TestSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code DESCRIBE FUNCTION} and {@code SHOW FUNCTIONS} show what the catalog says. */
class DescribeFunctionIT {

    private static String describe(String name) {
        return TestSpark.rows("DESCRIBE FUNCTION EXTENDED " + name).stream()
                .map(r -> r.getString(0)).collect(Collectors.joining("\n"));
    }

    @Test
    void describeShowsUsageParametersFormulaAndExample() {
        String text = describe("gelu");
        assertTrue(text.contains("Function: gelu"), text);
        assertTrue(text.contains("Usage: gelu(x [, approximate]) - Gaussian error linear unit"), text);
        assertTrue(text.contains("approximate - 'none' for the exact erf form"), text);
        assertTrue(text.contains("default 'none'"), text);
        assertTrue(text.contains("approximate = 'tanh': 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))"), text);
        assertTrue(text.contains("> SELECT gelu(0.5, 'tanh');"), text);
        assertTrue(text.contains("See also: gelu_grad"), text);
    }

    @Test
    void everyFunctionIsDescribedFromTheCatalog() {
        for (SqlFunction f : Catalog.functions()) {
            String text = describe(f.name());
            assertTrue(text.contains("Usage: " + f.signature() + " - " + f.description()), text);
            for (var form : f.forms().values()) {
                assertTrue(text.contains(form.formula()), f.name() + " lacks its formula: " + text);
            }
            assertTrue(text.contains("> SELECT " + f.examples().get(0).call() + ";"), text);
        }
    }

    /** Spark's function groups: math for element-wise and array functions, agg and window for the grouped ones. */
    @Test
    void groupsSaySparksKindOfFunction() {
        assertEquals("math_funcs", group("gelu"));
        assertEquals("math_funcs", group("maxout"));
        assertEquals("agg_funcs", group("log_sum_exp"));
        assertEquals("agg_funcs", group("softmax_loss"));
        assertEquals("agg_funcs", group("softmax"));
        assertEquals("window_funcs", group("log_softmax"));
        assertEquals("window_funcs", group("softmax_loss_grad"));
    }

    private static String group(String name) {
        return TestSpark.session().sessionState().catalog().lookupFunctionInfo(FunctionIdentifier.apply(name)).getGroup();
    }

    @Test
    void showFunctionsFindsThem() {
        List<String> names = TestSpark.rows("SHOW FUNCTIONS LIKE '*gelu*'").stream()
                .map(r -> r.getString(0)).sorted().toList();
        assertEquals(List.of("gelu", "gelu_grad"), names);
        List<Row> all = TestSpark.rows("SHOW FUNCTIONS");
        for (SqlFunction f : Catalog.functions()) {
            assertTrue(all.stream().anyMatch(r -> r.getString(0).equals(f.name())), f.name());
        }
    }
}
