package io.github.sparkactivations.spark.array;

import io.github.sparkactivations.core.arrays.Glu;
import io.github.sparkactivations.core.arrays.Maxout;
import io.github.sparkactivations.core.softmax.LogSumExp;
import io.github.sparkactivations.core.softmax.Softmax;
import io.github.sparkactivations.core.softmax.SoftmaxLoss;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;

/**
 * The row-wise vector functions over Spark's internal {@code array<double>}, as whole-stage codegen
 * calls them: each converts to {@code double[]}, runs the core kernel, converts back. A NULL element
 * makes the result NULL. Invalid input (a label out of range, a length k does not divide) throws
 * under ANSI mode and gives NULL otherwise; {@code ansi} is fixed when the query is analysed.
 */
public final class ArrayKernels {

    private ArrayKernels() {
    }

    public static ArrayData softmax(ArrayData logits, double temperature) {
        double[] x = values(logits);
        if (x == null) {
            return null;
        }
        Softmax.softmax(x, 0, x.length, temperature, x, 0);
        return UnsafeArrayData.fromPrimitiveArray(x);
    }

    public static ArrayData logSoftmax(ArrayData logits, double temperature) {
        double[] x = values(logits);
        if (x == null) {
            return null;
        }
        Softmax.logSoftmax(x, 0, x.length, temperature, x, 0);
        return UnsafeArrayData.fromPrimitiveArray(x);
    }

    public static ArrayData softmin(ArrayData logits) {
        return softmax(logits, -1.0);
    }

    public static Double logSumExp(ArrayData logits) {
        double[] x = values(logits);
        return x == null ? null : LogSumExp.of(x, 0, x.length);
    }

    public static Double softmaxLoss(ArrayData logits, int label, double smoothing, boolean ansi) {
        double[] x = values(logits);
        if (x == null || !validLabel("softmax_loss", label, x.length, ansi)) {
            return null;
        }
        return SoftmaxLoss.ofLabel(x, 0, x.length, label, smoothing);
    }

    public static Double softmaxLossTargets(ArrayData logits, ArrayData targets, boolean ansi) {
        double[] x = values(logits);
        double[] t = values(targets);
        if (x == null || t == null) {
            return null;
        }
        if (x.length != t.length) {
            return invalid("softmax_loss: " + x.length + " logits but " + t.length + " target probabilities", ansi);
        }
        return SoftmaxLoss.ofTargets(x, 0, x.length, t, 0);
    }

    public static ArrayData softmaxLossGrad(ArrayData logits, int label, boolean ansi) {
        double[] x = values(logits);
        if (x == null || !validLabel("softmax_loss_grad", label, x.length, ansi)) {
            return null;
        }
        SoftmaxLoss.gradOfLabel(x, 0, x.length, label, x, 0);
        return UnsafeArrayData.fromPrimitiveArray(x);
    }

    public static ArrayData maxout(ArrayData values, int k, boolean ansi) {
        double[] x = values(values);
        if (x == null) {
            return null;
        }
        if (x.length % k != 0) {
            return invalid("maxout: the array length " + x.length + " is not a multiple of k = " + k, ansi);
        }
        double[] out = new double[x.length / k];
        Maxout.of(x, 0, x.length, k, out, 0);
        return UnsafeArrayData.fromPrimitiveArray(out);
    }

    public static ArrayData glu(ArrayData values, boolean ansi) {
        double[] x = values(values);
        if (x == null) {
            return null;
        }
        if (x.length % 2 != 0) {
            return invalid("glu: the array length " + x.length + " is odd; glu splits it in halves", ansi);
        }
        double[] out = new double[x.length / 2];
        Glu.of(x, 0, x.length, out, 0);
        return UnsafeArrayData.fromPrimitiveArray(out);
    }

    /** The elements, or null if one is NULL. */
    private static double[] values(ArrayData array) {
        for (int i = 0; i < array.numElements(); i++) {
            if (array.isNullAt(i)) {
                return null;
            }
        }
        return array.toDoubleArray();
    }

    private static boolean validLabel(String function, int label, int classes, boolean ansi) {
        if (label >= 0 && label < classes) {
            return true;
        }
        invalid(function + ": label " + label + " is out of range for an array of " + classes + " logits", ansi);
        return false;
    }

    private static <T> T invalid(String message, boolean ansi) {
        if (ansi) {
            throw new IllegalArgumentException(message + " (spark.sql.ansi.enabled=false gives NULL instead)");
        }
        return null;
    }
}
