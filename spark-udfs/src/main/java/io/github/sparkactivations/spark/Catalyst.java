package io.github.sparkactivations.spark;

import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.CreateMap;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Literal$;
import org.apache.spark.sql.catalyst.expressions.NamedExpression$;
import org.apache.spark.sql.catalyst.expressions.RaiseError;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import scala.Option;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.util.List;

/** Small builders of Catalyst trees from Java, where Scala's defaults and collections are not at hand. */
final class Catalyst {

    private Catalyst() {
    }

    static <T> Seq<T> seq(List<T> items) {
        return CollectionConverters.asScala(items).toSeq();
    }

    @SafeVarargs
    static <T> Seq<T> seq(T... items) {
        return seq(List.of(items));
    }

    static Expression literal(Object value, DataType type) {
        return Literal$.MODULE$.create(value, type);
    }

    static Expression literal(double value) {
        return literal(value, DataTypes.DoubleType);
    }

    /**
     * An expression of type {@code type} that fails the query with {@code message} when evaluated:
     * for places no type coercion reaches, such as an aggregate's result expression.
     */
    static Expression raiseError(String message, DataType type) {
        return new RaiseError(literal("USER_RAISED_EXCEPTION", DataTypes.StringType),
                new CreateMap(seq(literal("errorMessage", DataTypes.StringType), literal(message, DataTypes.StringType)),
                        false), type);
    }

    /** A new buffer slot of an aggregate. */
    static AttributeReference slot(String name, DataType type) {
        return new AttributeReference(name, type, false, Metadata.empty(), NamedExpression$.MODULE$.newExprId(),
                Catalyst.<String>seq());
    }

    /**
     * A call of the public static {@code owner.method(arguments)}, compiled by codegen into a direct call;
     * with {@code nullable}, a method returning a boxed value may return null.
     */
    static Expression invoke(Class<?> owner, String method, DataType type, boolean nullable, Expression... arguments) {
        return new StaticInvoke(owner, type, method, seq(arguments), Catalyst.seq(), true, nullable, true,
                Option.empty());
    }

    /** A double-valued kernel call; a NULL argument makes it NULL. */
    static Expression invoke(Class<?> owner, String method, Expression... arguments) {
        return invoke(owner, method, DataTypes.DoubleType, false, arguments);
    }
}
