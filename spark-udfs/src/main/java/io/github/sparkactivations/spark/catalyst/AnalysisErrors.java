package io.github.sparkactivations.spark.catalyst;

import org.apache.spark.QueryContext;
import org.apache.spark.sql.AnalysisException;
import scala.Option;
import scala.collection.immutable.Map$;

/** Errors raised while Spark analyses a query: bad arguments, bad literal parameters. */
public final class AnalysisErrors {

    private AnalysisErrors() {
    }

    /**
     * Throws an {@link AnalysisException} with {@code message}. Spark declares it checked for Java,
     * but the function builders it must escape from are Scala functions, which declare nothing; so it
     * is thrown unchecked. Write {@code throw AnalysisErrors.of(...)} to keep control flow visible.
     */
    public static RuntimeException of(String message) {
        AnalysisException e = new AnalysisException(message, Option.empty(), Option.empty(), Option.empty(),
                Option.empty(), Map$.MODULE$.empty(), new QueryContext[0]);
        return AnalysisErrors.<RuntimeException>sneakyThrow(e);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }
}
