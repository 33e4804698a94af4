package io.github.sparkactivations.core.arrays;

import io.github.sparkactivations.core.softmax.LogSumExp;
import io.github.sparkactivations.core.softmax.Softmax;
import io.github.sparkactivations.core.softmax.SoftmaxLoss;
import io.github.sparkactivations.core.softmax.Sparsemax;

/**
 * The array usages of the vector functions, one {@link io.github.sparkactivations.core.catalog.ArrayKernel}
 * each, as the catalog names them: the row's values and the call's arguments in, the result out.
 * Invalid input is null, or under {@code strict} an {@link IllegalArgumentException} whose message
 * names the function and says how to get NULL instead.
 */
public final class ArrayForms {

    private ArrayForms() {
    }

    /** {@code softmax(x [, T])}: arguments {@code [] or [T]}. */
    public static Object softmax(double[] x, Object[] a, boolean strict) {
        Softmax.softmax(x, 0, x.length, a.length == 0 ? 1.0 : (Double) a[0], x, 0);
        return x;
    }

    /** {@code log_softmax(x [, T])}. */
    public static Object logSoftmax(double[] x, Object[] a, boolean strict) {
        Softmax.logSoftmax(x, 0, x.length, a.length == 0 ? 1.0 : (Double) a[0], x, 0);
        return x;
    }

    /** {@code softmin(x) = softmax(-x)}. */
    public static Object softmin(double[] x, Object[] a, boolean strict) {
        Softmax.softmax(x, 0, x.length, -1.0, x, 0);
        return x;
    }

    /** {@code log_sum_exp(x)}. */
    public static Object logSumExp(double[] x, Object[] a, boolean strict) {
        return LogSumExp.of(x, 0, x.length);
    }

    /** {@code softmax_loss(x, label [, label_smoothing])}. */
    public static Object softmaxLoss(double[] x, Object[] a, boolean strict) {
        int label = (Integer) a[0];
        if (!validLabel("softmax_loss", label, x.length, strict)) {
            return null;
        }
        return SoftmaxLoss.ofLabel(x, 0, x.length, label, a.length > 1 ? (Double) a[1] : 0.0);
    }

    /** {@code softmax_loss(x, target_probs)}. */
    public static Object softmaxLossTargets(double[] x, Object[] a, boolean strict) {
        double[] t = (double[]) a[0];
        if (x.length != t.length) {
            return invalid("softmax_loss: " + x.length + " logits but " + t.length + " target probabilities", strict);
        }
        return SoftmaxLoss.ofTargets(x, 0, x.length, t, 0);
    }

    /** {@code softmax_loss_grad(x, label)}. */
    public static Object softmaxLossGrad(double[] x, Object[] a, boolean strict) {
        int label = (Integer) a[0];
        if (!validLabel("softmax_loss_grad", label, x.length, strict)) {
            return null;
        }
        SoftmaxLoss.gradOfLabel(x, 0, x.length, label, x, 0);
        return x;
    }

    /** {@code maxout(x, k)}. */
    public static Object maxout(double[] x, Object[] a, boolean strict) {
        int k = (Integer) a[0];
        if (x.length % k != 0) {
            return invalid("maxout: the array length " + x.length + " is not a multiple of k = " + k, strict);
        }
        double[] out = new double[x.length / k];
        Maxout.of(x, 0, x.length, k, out, 0);
        return out;
    }

    /** {@code glu(x)}. */
    public static Object glu(double[] x, Object[] a, boolean strict) {
        if (x.length % 2 != 0) {
            return invalid("glu: the array length " + x.length + " is odd; glu splits it in halves", strict);
        }
        double[] out = new double[x.length / 2];
        Glu.of(x, 0, x.length, out, 0);
        return out;
    }

    /** {@code sparsemax(x)}. */
    public static Object sparsemax(double[] x, Object[] a, boolean strict) {
        Sparsemax.of(x, 0, x.length, x, 0);
        return x;
    }

    private static boolean validLabel(String function, int label, int classes, boolean strict) {
        if (label >= 0 && label < classes) {
            return true;
        }
        invalid(function + ": label " + label + " is out of range for an array of " + classes + " logits", strict);
        return false;
    }

    private static Object invalid(String message, boolean strict) {
        if (strict) {
            throw new IllegalArgumentException(message + " (spark.sql.ansi.enabled=false gives NULL instead)");
        }
        return null;
    }
}
