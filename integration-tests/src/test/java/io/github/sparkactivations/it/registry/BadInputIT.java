package io.github.sparkactivations.it.registry;

import io.github.sparkactivations.it.TestSpark;
import org.apache.spark.sql.AnalysisException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad calls fail when the query is analysed, with a message that names the function and what is allowed. */
class BadInputIT {

    /** Analyses {@code sql} without running it and returns the error's message. */
    private static String analysisError(String sql) {
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> TestSpark.session().sql(sql).queryExecution().assertAnalyzed());
        return e.getMessage();
    }

    @Test
    void unknownApproximateNamesTheAllowedValues() {
        String message = analysisError("SELECT gelu(x, 'fast') FROM VALUES (1.0) t(x)");
        assertTrue(message.contains("gelu: approximate = 'fast' is not one of 'none', 'tanh'"), message);
    }

    @Test
    void approximateMustBeALiteral() {
        String message = analysisError("SELECT gelu(x, s) FROM VALUES (1.0, 'tanh') t(x, s)");
        assertTrue(message.contains("gelu: approximate must be a string literal"), message);
    }

    @Test
    void wrongArgumentCountsSayWhatTheFunctionTakes() {
        String message = analysisError("SELECT gelu(1.0, 'tanh', 3)");
        assertTrue(message.contains("gelu takes 1 to 2 arguments, gelu(x [, approximate]), but got 3"), message);
        message = analysisError("SELECT sigmoid()");
        assertTrue(message.contains("sigmoid takes 1 argument, sigmoid(x), but got 0"), message);
    }

    @Test
    void nonNumericInputIsRejected() {
        for (String input : new String[] {"'0.5'", "true", "DATE'2024-01-01'"}) {
            String message = analysisError("SELECT relu(" + input + ")");
            assertTrue(message.contains("relu: x must be numeric"), message);
        }
        String message = analysisError("SELECT relu(array('0.5'))");
        assertTrue(message.contains("relu: expected an array of numbers or an ML vector, got ARRAY<STRING>"), message);
    }

    @Test
    void literalParametersOutsideTheirRangeNameFunctionParameterAndRange() {
        assertTrue(analysisError("SELECT softplus(1.0, 0.0)")
                .contains("softplus: beta = 0.0 is outside its allowed range (-inf, inf) except 0"));
        assertTrue(analysisError("SELECT celu(1.0, -1.0)")
                .contains("celu: alpha = -1.0 is outside its allowed range (0.0, inf)"));
        assertTrue(analysisError("SELECT softshrink(1.0, -0.5)")
                .contains("softshrink: lambd = -0.5 is outside its allowed range [0.0, inf)"));
        assertTrue(analysisError("SELECT leaky_relu(1.0, CAST('NaN' AS DOUBLE))")
                .contains("leaky_relu: negative_slope = NaN is outside its allowed range (-inf, inf)"));
    }

    @Test
    void parametersOutOfOrderAreRejected() {
        assertTrue(analysisError("SELECT hardtanh(0.5, 2.0, 1.0)")
                .contains("hardtanh: min_val = 2.0 must be <= max_val = 1.0"));
        assertTrue(analysisError("SELECT rrelu(-1.0, 0.5, 0.25)")
                .contains("rrelu: lower = 0.5 must be <= upper = 0.25"));
    }

    @Test
    void requiredParametersAreRequired() {
        assertTrue(analysisError("SELECT threshold(1.0, 0.5)")
                .contains("threshold takes 3 arguments, threshold(x, threshold, value), but got 2"));
    }

    @Test
    void flagsAndSeedsMustBeLiteralsOfTheirType() {
        assertTrue(analysisError("SELECT rrelu(-1.0, 0.1, 0.3, 'yes')")
                .contains("rrelu: training must be a boolean literal"));
        assertTrue(analysisError("SELECT rrelu(-1.0, 0.1, 0.3, false, 7)")
                .contains("rrelu: seed is only for training = true"));
        assertTrue(analysisError("SELECT rrelu(-1.0, 0.1, 0.3, true, 0.5)")
                .contains("rrelu: seed must be an integer literal"));
    }
}
