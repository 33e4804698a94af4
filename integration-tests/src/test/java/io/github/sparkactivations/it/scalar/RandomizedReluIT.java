package io.github.sparkactivations.it.scalar;

import io.github.sparkactivations.it.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rrelu's training form: a slope per row from U(lower, upper), reproducible for a seed, like rand(seed). */
class RandomizedReluIT {

    private static List<Row> draw(long seed) {
        return TestSpark.rows("SELECT x, rrelu(x, 0.1, 0.3, true, " + seed + ") AS y, rrelu_grad(x, 0.1, 0.3, true, "
                + seed + ") AS g FROM (SELECT -1.0D - id / 1000.0D AS x FROM range(0, 2000, 1, 2))");
    }

    @Test
    void slopesAreDrawnFromTheRangeAndReproducible() {
        List<Row> first = draw(42);
        assertEquals(first, draw(42), "same seed, same partitioning: same slopes");
        assertNotEquals(first, draw(43));
        double min = 1;
        double max = 0;
        for (Row r : first) {
            double slope = r.getDouble(1) / r.getDouble(0);
            assertTrue(slope >= 0.1 - 1e-15 && slope <= 0.3 + 1e-15, "slope " + slope);
            assertEquals(slope, r.getDouble(2), 1e-12, "the gradient is the slope the same draw gave");
            min = Math.min(min, slope);
            max = Math.max(max, slope);
        }
        assertTrue(min < 0.12 && max > 0.28, "slopes spread over [0.1, 0.3]: " + min + " .. " + max);
    }

    @Test
    void positiveInputsPassAndTheOptimizerKnowsItIsRandom() {
        assertEquals(2.5, (double) TestSpark.value("SELECT rrelu(2.5, 0.1, 0.3, true, 1)"));
        Dataset<Row> df = TestSpark.session().sql("SELECT rrelu(-1.0, 0.1, 0.3, true) AS y");
        assertFalse(df.queryExecution().analyzed().expressions().head().deterministic());
        assertTrue(df.columns()[0].equals("y"));
        assertEquals("rrelu(x, 0.1, 0.3, true, 7)", TestSpark.session()
                .sql("SELECT rrelu(x, 0.1, 0.3, true, 7) FROM VALUES (1.0D) t(x)").columns()[0]);
    }
}
