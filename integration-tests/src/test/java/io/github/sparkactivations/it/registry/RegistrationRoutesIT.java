package io.github.sparkactivations.it.registry;

import io.github.sparkactivations.core.kernels.Gelu;
import io.github.sparkactivations.it.Bundle;
import io.github.sparkactivations.it.ChildJvm;
import io.github.sparkactivations.it.TestSpark;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three ways the functions get into a session, each from the bundle jar beside Spark's own jars. */
class RegistrationRoutesIT {

    private static final String VALUE = "value: " + Gelu.tanh(1.0);

    @Test
    void jarOnTheClassPathRegistersThroughTheServiceLoader() throws Exception {
        // TestSpark builds its session with no configuration of ours, on the module jars.
        assertEquals(Gelu.exact(1.0), (double) TestSpark.value("SELECT gelu(1.0)"));
        ChildJvm.Result r = probe("service");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("after: true"), r.stdout());
        assertTrue(r.stdout().contains(VALUE), r.stdout());
    }

    @Test
    void sparkSqlExtensionsRegistersAlone() throws Exception {
        ChildJvm.Result r = probe("conf");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("after: true"), r.stdout());
        assertTrue(r.stdout().contains(VALUE), r.stdout());
    }

    @Test
    void registerAddsThemToAnExistingSessionAndIsIdempotent() throws Exception {
        ChildJvm.Result r = probe("register");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("before: false"), "the service loader was hidden: " + r.stdout());
        assertTrue(r.stdout().contains("after: true"), r.stdout());
        assertTrue(r.stdout().contains(VALUE), r.stdout());
    }

    private static ChildJvm.Result probe(String route) throws Exception {
        return ChildJvm.run(Bundle.classpath(Bundle.codeOf(RouteProbe.class)), RouteProbe.class.getName(), route);
    }
}
