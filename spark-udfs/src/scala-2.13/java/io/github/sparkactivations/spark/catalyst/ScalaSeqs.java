package io.github.sparkactivations.spark.catalyst;

import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.aggregate.DeclarativeAggregate;
import org.apache.spark.sql.catalyst.expressions.aggregate.TypedImperativeAggregate;
import org.apache.spark.sql.execution.SparkPlan;
import scala.Function1;
import scala.Option;
import scala.collection.immutable.Seq;
import scala.collection.immutable.IndexedSeq;
import scala.jdk.javaapi.CollectionConverters;

import java.util.List;
import java.util.function.Function;

/**
 * What differs between Scala 2.12 and 2.13 for Java callers, for Scala 2.13 (from {@code src/scala-2.13/java}):
 * Scala's {@code Seq} is {@code scala.collection.immutable.Seq}, converted by
 * {@code scala.jdk.javaapi.CollectionConverters}. Here are the converters and the base classes whose overrides
 * name Scala's sequences.
 */
public final class ScalaSeqs {

    private ScalaSeqs() {
    }

    static <T> scala.collection.immutable.Seq<T> of(List<T> items) {
        return CollectionConverters.asScala(items).toSeq();
    }

    static <T> List<T> list(scala.collection.Seq<T> items) {
        return CollectionConverters.asJava(items);
    }

    /** A function builder as Spark's registry takes it: a Scala function of the call's arguments. */
    static Function1<Seq<Expression>, Expression> builder(Function<List<Expression>, Expression> builder) {
        return arguments -> builder.apply(list(arguments));
    }

    /** An expression that Catalyst copies with new children through {@link #withChildren}. */
    public abstract static class ExpressionNode extends Expression {

        /** This expression over {@code children}, as many as it has. */
        protected abstract Expression withChildren(List<Expression> children);

        @Override
        public final Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
            return withChildren(list(newChildren));
        }
    }

    /** A declarative aggregate that Catalyst copies with new children through {@link #withChildren}. */
    public abstract static class DeclarativeAggregateNode extends DeclarativeAggregate {

        /** This aggregate over {@code children}, as many as it has. */
        protected abstract Expression withChildren(List<Expression> children);

        @Override
        public final Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
            return withChildren(list(newChildren));
        }
    }

    /** An aggregate over a Java buffer that Catalyst copies with new children through {@link #withChildren}. */
    public abstract static class TypedAggregateNode<T> extends TypedImperativeAggregate<T> {

        /** This aggregate over {@code children}, as many as it has. */
        protected abstract Expression withChildren(List<Expression> children);

        @Override
        public final Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
            return withChildren(list(newChildren));
        }
    }

    /** A physical operator with one child, whose output vectors' classes are known. */
    public abstract static class PlanNode extends SparkPlan {

        /** This operator over {@code child}. */
        protected abstract SparkPlan withChild(SparkPlan child);

        /** The class of each output column's vector, so that the generated row code calls them directly. */
        protected abstract List<String> vectorClasses();

        @Override
        public final SparkPlan withNewChildrenInternal(IndexedSeq<SparkPlan> newChildren) {
            return withChild(newChildren.apply(0));
        }

        @Override
        public final Option<Seq<String>> vectorTypes() {
            return Option.apply(of(vectorClasses()));
        }
    }
}
