package io.github.sparkactivations.spark.catalyst;

import java.util.List;

/**
 * A Catalyst tree node written in Java, made to behave as the Scala case class Catalyst expects from
 * one list of its fields: {@code productArity}, {@code productElement} and {@code canEqual} follow
 * from {@link #fields}, and so does {@code hashCode} (Catalyst's {@code TreeNode} hashes the product
 * elements). Java cannot inherit {@code equals} from an interface, so each node's is one line:
 * {@code return CaseClass.equal(this, o);}.
 */
public interface CaseClass extends scala.Product {

    /** The node's fields in constructor order, children included: what its case class would compare. */
    List<Object> fields();

    @Override
    default int productArity() {
        return fields().size();
    }

    @Override
    default Object productElement(int n) {
        return fields().get(n);
    }

    @Override
    default boolean canEqual(Object that) {
        return that != null && that.getClass() == getClass();
    }

    /** Case-class equality: the same class and equal fields. */
    static boolean equal(CaseClass node, Object other) {
        return other instanceof CaseClass that && node.canEqual(that) && node.fields().equals(that.fields());
    }
}
