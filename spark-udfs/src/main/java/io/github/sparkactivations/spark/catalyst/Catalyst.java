package io.github.sparkactivations.spark.catalyst;

import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.CreateMap;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.Literal$;
import org.apache.spark.sql.catalyst.expressions.NamedExpression$;
import org.apache.spark.sql.catalyst.expressions.RaiseError;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.types.AbstractDataType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.Metadata;
import scala.Option;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.util.List;

/**
 * Small builders of Catalyst trees from Java, where Scala's defaults and collections are not at hand,
 * and the one place that calls Catalyst internals whose signatures differ between Spark releases:
 * {@code StaticInvoke}, {@code AttributeReference} and {@code Alias} constructors, function
 * registration and identifiers, pretty printing. What differs between Spark lines is in {@link SparkLine},
 * one small class per line.
 */
public final class Catalyst {

    private Catalyst() {
    }

    public static <T> Seq<T> seq(List<T> items) {
        return CollectionConverters.asScala(items).toSeq();
    }

    @SafeVarargs
    public static <T> Seq<T> seq(T... items) {
        return seq(List.of(items));
    }

    public static Expression literal(Object value, DataType type) {
        return Literal$.MODULE$.create(value, type);
    }

    public static Expression literal(double value) {
        return literal(value, DataTypes.DoubleType);
    }

    /**
     * An expression of type {@code type} that fails the query with {@code message} when evaluated:
     * for places no type coercion reaches, such as an aggregate's result expression.
     */
    public static Expression raiseError(String message, DataType type) {
        return new RaiseError(literal("USER_RAISED_EXCEPTION", DataTypes.StringType),
                new CreateMap(seq(literal("errorMessage", DataTypes.StringType), literal(message, DataTypes.StringType)),
                        false), type);
    }

    /** The value of a foldable numeric expression as a double (Spark folds decimals to {@code Decimal}); null if not foldable or NULL. */
    public static Double numericValue(Expression e) {
        Object v = e.foldable() ? e.eval(null) : null;
        return v == null ? null : v instanceof Decimal d ? d.toDouble() : ((Number) v).doubleValue();
    }

    /** A new buffer slot of an aggregate. */
    public static AttributeReference slot(String name, DataType type) {
        return new AttributeReference(name, type, false, Metadata.empty(), NamedExpression$.MODULE$.newExprId(),
                Catalyst.<String>seq());
    }

    /**
     * A call of the public static {@code owner.method(arguments)}, compiled by codegen into a direct call;
     * with {@code nullable}, a method returning a boxed value may return null.
     */
    public static Expression invoke(Class<?> owner, String method, DataType type, boolean nullable, Expression... arguments) {
        return invoke(owner, method, type, nullable, List.of(), List.of(arguments));
    }

    /** {@link #invoke} with the types that type coercion casts the arguments to. */
    public static Expression invoke(Class<?> owner, String method, DataType type, boolean nullable,
                                    List<? extends AbstractDataType> inputTypes, List<Expression> arguments) {
        return new StaticInvoke(owner, type, method, seq(arguments), seq(List.copyOf(inputTypes)), true, nullable, true,
                Option.empty());
    }

    /** {@code child AS name} under a new expression id. */
    public static Alias alias(Expression child, String name) {
        return new Alias(child, name, NamedExpression$.MODULE$.newExprId(), seq(), Option.empty(), seq());
    }

    /** {@code child} under the name, id, qualifier and metadata of {@code original}: a column keeps its identity. */
    public static Alias aliasLike(Expression child, Alias original) {
        return new Alias(child, original.name(), original.exprId(), original.qualifier(), original.explicitMetadata(),
                original.nonInheritableMetadataKeys());
    }

    /** An expression as Spark prints it in a column name, without quoting identifiers. */
    public static String prettySql(Expression e) {
        return SparkLine.prettySql(e);
    }

    /** A function's identifier in the session's registry. */
    public static FunctionIdentifier identifier(String name) {
        return FunctionIdentifier.apply(name);
    }

    /** Registers (or replaces) a function in a live session's registry, under the identifier its Spark line expects. */
    public static void register(FunctionRegistry registry, String name, ExpressionInfo info,
                                scala.Function1<Seq<Expression>, Expression> builder) {
        registry.registerFunction(SparkLine.registryIdentifier(name), info, builder);
    }

    /** A double-valued kernel call; a NULL argument makes it NULL. */
    public static Expression invoke(Class<?> owner, String method, Expression... arguments) {
        return invoke(owner, method, DataTypes.DoubleType, false, arguments);
    }
}
