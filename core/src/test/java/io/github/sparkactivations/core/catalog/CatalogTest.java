package io.github.sparkactivations.core.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogTest {

    @Test
    void derivativesAreNamedGradAndShareTheParameters() {
        for (Activation a : Catalog.activations()) {
            a.derivative().ifPresent(d -> {
                assertEquals(a.function().name() + "_grad", d.name());
                assertEquals(a.function().parameters(), d.parameters());
                assertEquals(a.function().forms().keySet(), d.forms().keySet());
                assertEquals(d.name(), a.function().seeAlso());
            });
        }
    }

    @Test
    void everyKernelIsCalledThroughTheInterfaceOfItsArity() {
        for (SqlFunction f : Catalog.functions()) {
            for (Form form : f.forms().values()) {
                int arity = 1 + f.parameters().size() + (form.random() ? 1 : 0);
                assertEquals(arity, form.kernel().arity(), f.name());
                assertTrue(form.kernel().type().isInstance(form.kernel()), f.name());
                double[] arguments = new double[arity];
                arguments[0] = -0.75;
                for (int i = 1; i < arity; i++) {
                    arguments[i] = i <= f.parameters().size() && !f.parameters().get(i - 1).required()
                            ? f.parameters().get(i - 1).defaultValue() : 0.25 * i;
                }
                double[] parameters = java.util.Arrays.copyOfRange(arguments, 1, arity);
                assertEquals(form.kernel().applyTo(arguments), form.kernel().apply(-0.75, parameters), f.name());
            }
        }
    }

    @Test
    void everyFunctionIsDocumented() {
        for (SqlFunction f : Catalog.functions()) {
            assertFalse(f.description().isBlank(), f.name());
            assertFalse(f.examples().isEmpty(), f.name());
            String arguments = FunctionHelp.arguments(f);
            f.forms().values().forEach(form -> assertTrue(arguments.contains(form.formula()), f.name()));
            assertTrue(FunctionHelp.examples(f).contains("    Examples:\n      > SELECT " + f.examples().get(0).call()));
        }
    }

    @Test
    void lookupByName() {
        assertEquals("gelu(x [, approximate])", Catalog.function("gelu").orElseThrow().signature());
        assertTrue(Catalog.function("tanh").isEmpty(), "Spark's own tanh is not shadowed");
        assertEquals(List.of("x", "approximate"), Catalog.function("gelu_grad").orElseThrow().argumentNames());
    }

    @Test
    void choiceSelectsTheForm() {
        SqlFunction gelu = Catalog.function("gelu").orElseThrow();
        assertEquals(gelu.form("none"), gelu.form(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gelu.form("fast"));
        assertEquals("gelu: approximate = 'fast' is not one of 'none', 'tanh'", e.getMessage());
    }

    @Test
    void rangesSayWhatTheyAccept() {
        assertTrue(Range.atLeast(0).contains(0));
        assertFalse(Range.above(0).contains(0));
        assertFalse(Range.FINITE.contains(Double.NaN));
        assertFalse(Range.FINITE.contains(Double.POSITIVE_INFINITY));
        assertFalse(Range.NONZERO.contains(0.0));
        assertTrue(Range.NONZERO.contains(-2.0));
        assertEquals("(0.0, inf)", Range.above(0).toString());
        assertEquals("(-inf, inf) except 0", Range.NONZERO.toString());
    }
}
