package io.github.sparkactivations.spark.catalyst;

import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.Kernel;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A kernel call as codegen sees it: a field of the kernel's interface, named for the kernel. */
class KernelReferenceTest {

    private static final Kernel GELU_TANH = Catalog.function("gelu").orElseThrow().form("tanh").kernel();

    @Test
    void aCallEvaluatesItsKernelAndIsNullOnANullArgument() {
        Expression call = Catalyst.kernelCall(GELU_TANH, "gelu_tanh", List.of(Catalyst.literal(0.5)));
        assertEquals(GELU_TANH.applyTo(0.5), (double) call.eval(null));
        Expression nullCall = Catalyst.kernelCall(GELU_TANH, "gelu_tanh", List.of(Catalyst.literal(null, DataTypes.DoubleType)));
        assertNull(nullCall.eval(null));
    }

    @Test
    void generatedCodeHoldsTheKernelInAFieldNamedForIt() {
        KernelReference reference = new KernelReference(GELU_TANH, "gelu.tanh");
        assertEquals("gelu_tanh", reference.prettyName(), "a Java identifier");
        assertFalse(reference.foldable(), "folded into a literal it would lose its name");
        CodegenContext ctx = new CodegenContext();
        reference.genCode(ctx);
        String fields = ctx.declareMutableStates();
        assertTrue(fields.contains(GELU_TANH.type().getCanonicalName()) && fields.contains("gelu_tanh"), fields);
    }
}
