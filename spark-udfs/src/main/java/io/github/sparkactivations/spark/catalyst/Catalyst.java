package io.github.sparkactivations.spark.catalyst;

import io.github.sparkactivations.core.catalog.DoubleKernel;
import io.github.sparkactivations.core.catalog.TypedKernel;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.catalyst.expressions.EvalMode;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.Literal$;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.NamedExpression$;
import org.apache.spark.sql.catalyst.expressions.objects.Invoke;
import org.apache.spark.sql.catalyst.plans.logical.Window;
import org.apache.spark.sql.types.AbstractDataType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.Metadata;
import scala.Option;
import scala.Tuple3;
import scala.collection.immutable.Seq;

import java.util.List;
import java.util.function.Function;

/**
 * Small builders of Catalyst trees from Java, where Scala's defaults and collections are not at hand,
 * and the one place that calls Catalyst internals whose signatures differ between Spark releases:
 * {@code StaticInvoke}, {@code AttributeReference} and {@code Alias} constructors, function
 * registration and identifiers, pretty printing. What differs between Spark lines is in {@link SparkMajor}
 * (Spark 3.5 or 4) and {@link SparkLine} (one small class per line); what differs between Scala versions in
 * {@link ScalaSeqs}.
 */
public final class Catalyst {

    private Catalyst() {
    }

    /** A Scala sequence of {@code items}, as Catalyst's constructors take it. */
    public static <T> Seq<T> seq(List<T> items) {
        return ScalaSeqs.of(items);
    }

    /** The elements of a Scala sequence that Catalyst hands out. */
    public static <T> List<T> list(scala.collection.Seq<T> items) {
        return ScalaSeqs.list(items);
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
        return SparkMajor.raiseError(message, type);
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
        return SparkMajor.staticInvoke(owner, type, method, arguments, List.copyOf(inputTypes), nullable);
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

    /** {@code window} with new expressions, its partitioning and ordering kept. */
    public static Window window(Window window, List<NamedExpression> expressions) {
        return SparkMajor.window(window, expressions);
    }

    /** The function registry of a session; the session must be classic (not Spark Connect). */
    public static FunctionRegistry functionRegistry(SparkSession spark) {
        return SparkMajor.functionRegistry(spark);
    }

    /** Adds a function to every session built with {@code extensions}. */
    public static void inject(SparkSessionExtensions extensions, String name, ExpressionInfo info,
                              Function<List<Expression>, Expression> builder) {
        extensions.injectFunction(new Tuple3<>(FunctionIdentifier.apply(name), info, ScalaSeqs.builder(builder)));
    }

    /**
     * Adds a function that fails with {@code message} when called. Its builder neither converts nor casts its
     * arguments, whichever Scala's sequence they are: it must work beside another Scala version's Spark.
     */
    public static void injectFailing(SparkSessionExtensions extensions, String name, ExpressionInfo info, String message) {
        extensions.injectFunction(new Tuple3<>(FunctionIdentifier.apply(name), info, failing(message)));
    }

    /** A function of any argument (erased to {@code Object}, so no cast) that throws. */
    private static <T> scala.Function1<T, Expression> failing(String message) {
        return arguments -> {
            throw new IllegalStateException(message);
        };
    }

    /** Registers (or replaces) a function in a live session's registry, under the identifier its Spark line expects. */
    public static void register(FunctionRegistry registry, String name, ExpressionInfo info,
                                Function<List<Expression>, Expression> builder) {
        registry.registerFunction(SparkLine.registryIdentifier(name), info, ScalaSeqs.builder(builder));
    }

    /**
     * {@code kernel.apply(arguments)}, compiled by codegen into a call through the kernel's functional interface
     * that C2 inlines ({@link KernelReference}), {@code label} naming the kernel in generated code. The arguments
     * must have the types its {@code apply} takes; a NULL one makes the result NULL, and so does a null a boxed
     * result.
     */
    public static Invoke kernelCall(TypedKernel kernel, String label, List<Expression> arguments, DataType type) {
        return new Invoke(new KernelReference(kernel, label), "apply", type, seq(arguments), seq(), true,
                !(kernel instanceof DoubleKernel), true);
    }

    /** A {@link DoubleKernel}'s call, its arguments cast to DOUBLE ({@link #asDouble}). */
    public static Invoke kernelCall(DoubleKernel kernel, String label, List<Expression> arguments) {
        return kernelCall(kernel, label, arguments.stream().map(Catalyst::asDouble).toList(), DataTypes.DoubleType);
    }

    /** {@code e} as a DOUBLE: itself, or cast as Spark's implicit casts would (hidden in column names likewise). */
    public static Expression asDouble(Expression e) {
        return e.dataType() instanceof DoubleType ? e : new Cast(e, DataTypes.DoubleType, Option.empty(), EvalMode.LEGACY());
    }

    /** A double-valued kernel call; a NULL argument makes it NULL. */
    public static Expression invoke(Class<?> owner, String method, Expression... arguments) {
        return invoke(owner, method, DataTypes.DoubleType, false, arguments);
    }
}
