package io.github.sparkactivations.ml;

import io.github.sparkactivations.core.catalog.Catalog;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;

/**
 * A Spark ML stage that applies a catalog function to a column, as the SQL call would:
 * <pre>{@code
 * new Activation().setInputCol("rawPrediction").setOutputCol("p").setFunction("softmax")
 *     .setParameter("temperature", 2.0)
 * }</pre>
 * adds {@code p = softmax(rawPrediction, 2.0)}. The input is a number, an array or an ML vector, as the function takes;
 * {@code targetCol}, if set, is the second column argument ({@code softmax_loss(logits, label)}). The function's
 * constant parameters are ML params of the same names ({@code negative_slope}, {@code approximate}, ...): those set
 * are passed, defaults filled in before them, and checked against the catalog's ranges when the pipeline's schema is
 * (a bad one fails with the function, the parameter and its range). It saves and loads with its params
 * ({@code MLWritable}, {@link #load}). Needs the functions registered in the session, as they are where this jar is.
 */
public final class Activation extends Transformer implements DefaultParamsWritable {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> outputCol;
    private final Param<String> targetCol;
    private final Param<String> function;
    private final CatalogParams constants;

    public Activation() {
        this(Identifiable$.MODULE$.randomUID("activation"));
    }

    /** The stage of a given uid, as loading one makes it. */
    public Activation(String uid) {
        this.uid = uid;
        inputCol = new Param<>(this, "inputCol", "the column the function takes");
        outputCol = new Param<>(this, "outputCol", "the column of its result");
        targetCol = new Param<>(this, "targetCol", "the second column argument (a label or target), if any");
        function = new Param<>(this, "function", "the catalog function: gelu, softmax, ...");
        constants = new CatalogParams(this);
    }

    @Override
    public String uid() {
        return uid;
    }

    public Activation setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public Activation setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    public Activation setTargetCol(String value) {
        set(targetCol, value);
        return this;
    }

    /** Sets the function; fails if the catalog has no function of that name that takes a column. */
    public Activation setFunction(String value) {
        if (Catalog.function(value).isEmpty() && Catalog.vectorFunction(value).filter(v -> !v.arrayUsages().isEmpty())
                .isEmpty()) {
            throw new IllegalArgumentException("Activation stage: no function " + value + " of a column; see SHOW "
                    + "USER FUNCTIONS, or docs/functions.md");
        }
        set(function, value);
        return this;
    }

    /**
     * Sets the function's parameter {@code name} ({@code negative_slope}, {@code approximate}, {@code temperature},
     * ...): a number, a string or a boolean, as the parameter is.
     */
    public Activation setParameter(String name, Object value) {
        set(constants.pair(name, value));
        return this;
    }

    public String getInputCol() {
        return getOrDefault(inputCol);
    }

    public String getOutputCol() {
        return getOrDefault(outputCol);
    }

    public String getFunction() {
        return getOrDefault(function);
    }

    /** {@code function(inputCol [, targetCol], constants...)}. */
    public Column call() {
        List<Column> arguments = new ArrayList<>(List.of(col(getInputCol())));
        if (isSet(targetCol)) {
            arguments.add(col(getOrDefault(targetCol)));
        }
        arguments.addAll(constants.literals(getFunction(), this));
        return call_function(getFunction(), arguments.toArray(Column[]::new));
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        return dataset.withColumn(getOutputCol(), call());
    }

    /** The schema with the output column, as Spark analyses the call (which checks it) over an empty frame. */
    @Override
    public StructType transformSchema(StructType schema) {
        SparkSession spark = SparkSession.active();
        return spark.createDataFrame(List.<Row>of(), schema).withColumn(getOutputCol(), call()).schema();
    }

    @Override
    public Activation copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    @Override
    public Param<?>[] params() {
        List<Param<?>> all = new ArrayList<>(List.of(inputCol, outputCol, targetCol, function));
        all.addAll(constants.all());
        return all.toArray(Param<?>[]::new);
    }

    /** The reader of saved stages. */
    public static MLReader<Activation> read() {
        return new Readable().read();
    }

    /** A stage saved with {@code save(path)}. */
    public static Activation load(String path) {
        return read().load(path);
    }

    private static final class Readable implements DefaultParamsReadable<Activation> {
    }
}
