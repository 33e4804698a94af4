package io.github.sparkactivations.spark.window;

import io.github.sparkactivations.spark.ActivationsExtensions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WindowOnlyAggregateTest {

    @Test
    void theMessageNamesTheExtensionsClass() {
        assertEquals(ActivationsExtensions.class.getName(), WindowOnlyAggregate.EXTENSIONS);
    }
}
