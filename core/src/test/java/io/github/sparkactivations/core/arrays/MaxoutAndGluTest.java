package io.github.sparkactivations.core.arrays;

import io.github.sparkactivations.core.kernels.Sigmoid;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** maxout's groups (NaN wins, as in PyTorch) and glu's halves, with the lengths each rejects. */
class MaxoutAndGluTest {

    @Test
    void maxoutAndGlu() {
        double[] out = new double[2];
        Maxout.of(new double[] {1, 5, 2, -1, Double.NaN, 3}, 0, 6, 3, out, 0);
        assertEquals(5.0, out[0]);
        assertTrue(Double.isNaN(out[1]));
        assertThrows(IllegalArgumentException.class, () -> Maxout.of(new double[5], 0, 5, 2, out, 0));
        Glu.of(new double[] {2, -3, 0.5, 1}, 0, 4, out, 0);
        assertEquals(2 * Sigmoid.sigmoid(0.5), out[0]);
        assertEquals(-3 * Sigmoid.sigmoid(1), out[1]);
        assertThrows(IllegalArgumentException.class, () -> Glu.of(new double[3], 0, 3, out, 0));
    }
}
