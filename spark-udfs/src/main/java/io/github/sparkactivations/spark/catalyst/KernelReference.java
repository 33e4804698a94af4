package io.github.sparkactivations.spark.catalyst;

import io.github.sparkactivations.core.catalog.TypedKernel;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.catalyst.expressions.codegen.ExprCode;
import org.apache.spark.sql.catalyst.expressions.codegen.JavaCode;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.ObjectType;
import scala.collection.immutable.Seq;

import java.io.Serializable;
import java.util.List;

/**
 * A catalog kernel as the target of a call ({@link Catalyst#kernelCall}): in generated code, a field of the
 * kernel's functional interface named for the kernel ({@code label}), such as {@code gelu_tanh_0}.
 *
 * <p>The name matters: Spark compiles each distinct generated source once and shares the class between queries, so
 * two queries differing only in the kernel object would share one call site, and once it had seen more than two
 * kernels C2 would stop inlining it. With the kernel's name in the source, each kernel gets its own class, its call
 * site sees one kernel, and C2 inlines the kernel as it would a static call.
 */
public final class KernelReference extends ScalaSeqs.ExpressionNode implements Serializable, CaseClass {

    private final TypedKernel kernel;
    private final String label;

    /** @param label a Java identifier naming the kernel: its function and form, such as {@code gelu_tanh} */
    public KernelReference(TypedKernel kernel, String label) {
        this.kernel = kernel;
        this.label = label.replaceAll("[^A-Za-z0-9_]", "_");
    }

    public TypedKernel kernel() {
        return kernel;
    }

    @Override
    public Seq<Expression> children() {
        return Catalyst.seq();
    }

    @Override
    public boolean nullable() {
        return false;
    }

    /** Not foldable: folded into a literal, it would lose its name in generated code. */
    @Override
    public boolean foldable() {
        return false;
    }

    @Override
    public DataType dataType() {
        return ObjectType.apply(kernel.type());
    }

    @Override
    public Object eval(InternalRow input) {
        return kernel;
    }

    @Override
    public ExprCode doGenCode(CodegenContext ctx, ExprCode ev) {
        String type = kernel.type().getCanonicalName();
        String reference = ctx.addReferenceObj(label, kernel, type);
        String field = ctx.addMutableState(type, label, name -> name + " = " + reference + ";", true, true);
        return ExprCode.forNonNullValue(JavaCode.global(field, kernel.type()));
    }

    @Override
    public String prettyName() {
        return label;
    }

    /** Its label, as plans print it: {@code softmax_window.apply(...)}. */
    @Override
    public String toString() {
        return label;
    }

    @Override
    protected Expression withChildren(List<Expression> children) {
        return this;
    }

    @Override
    public List<Object> fields() {
        return List.of(kernel, label);
    }

    @Override
    public boolean equals(Object o) {
        return CaseClass.equal(this, o);
    }
}
