package io.github.sparkactivations.it.scalar;

import io.github.sparkactivations.it.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole-stage codegen compiles each call into a call of its core kernel through the kernel's functional interface,
 * held in a field named for the kernel (so that each kernel's code is a class of its own, whose call site C2
 * inlines).
 */
class CodegenIT {

    private static String generatedCode(String sql) {
        return (String) TestSpark.rows("EXPLAIN CODEGEN " + sql).get(0).get(0);
    }

    @Test
    void generatedCodeCallsTheKernelDirectly() {
        String code = generatedCode("SELECT gelu(CAST(id AS DOUBLE) / 7), gelu(CAST(id AS INT), 'tanh'), "
                + "sigmoid_grad(id) FROM range(10)");
        for (String kernel : List.of("gelu_none", "gelu_tanh", "sigmoid_grad")) {
            assertTrue(Pattern.compile("private io\\.github\\.sparkactivations\\.core\\.catalog\\.Kernel\\.Unary \\w*"
                    + kernel + "_\\d+;").matcher(code).find(), kernel + " has a field in\n" + code);
            assertTrue(Pattern.compile("\\w*" + kernel + "_\\d+\\.apply\\(").matcher(code).find(),
                    kernel + " is called in\n" + code);
        }
        assertFalse(code.contains("UDF"), "no boxed UDF call in " + code);
    }

    @Test
    void queriesRunWithCodegenOnlyAndNoFallback() {
        var conf = TestSpark.session().conf();
        conf.set("spark.sql.codegen.factoryMode", "CODEGEN_ONLY");
        conf.set("spark.sql.codegen.fallback", "false");
        try {
            Dataset<Row> df = TestSpark.session().sql("SELECT sum(relu(id - 5)) FROM range(10)");
            assertEquals(10.0, df.collectAsList().get(0).getDouble(0));
            assertTrue(df.queryExecution().executedPlan().toString().contains("WholeStageCodegen")
                    || df.queryExecution().executedPlan().toString().contains("*("), df.queryExecution().toString());
        } finally {
            conf.unset("spark.sql.codegen.factoryMode");
            conf.unset("spark.sql.codegen.fallback");
        }
    }
}
