package io.github.sparkactivations.core.arrays;

import io.github.sparkactivations.core.softmax.LogSumExp;
import io.github.sparkactivations.core.softmax.Softmax;
import io.github.sparkactivations.core.softmax.SoftmaxEntropy;
import io.github.sparkactivations.core.softmax.SoftmaxLoss;
import io.github.sparkactivations.core.softmax.Sparsemax;

/**
 * The array usages of the vector functions, one {@link io.github.sparkactivations.core.catalog.ArrayKernel} each,
 * as the catalog names them: the row's values (a copy, which they may overwrite) and the call's arguments in, the
 * result out. Invalid input is null, or under {@code strict} an {@link IllegalArgumentException} whose message
 * names the function and says how to get NULL instead.
 */
public final class ArrayForms {

    private ArrayForms() {
    }

    /** {@code softmax(x)}. */
    public static double[] softmax(double[] x, boolean strict) {
        return softmaxAt(x, 1.0, strict);
    }

    /** {@code softmax(x, T)}. */
    public static double[] softmaxAt(double[] x, double temperature, boolean strict) {
        Softmax.softmax(x, 0, x.length, temperature, x, 0);
        return x;
    }

    /** {@code log_softmax(x)}. */
    public static double[] logSoftmax(double[] x, boolean strict) {
        return logSoftmaxAt(x, 1.0, strict);
    }

    /** {@code log_softmax(x, T)}. */
    public static double[] logSoftmaxAt(double[] x, double temperature, boolean strict) {
        Softmax.logSoftmax(x, 0, x.length, temperature, x, 0);
        return x;
    }

    /** {@code softmin(x) = softmax(-x)}. */
    public static double[] softmin(double[] x, boolean strict) {
        return softmaxAt(x, -1.0, strict);
    }

    /** {@code log_sum_exp(x)}. */
    public static Double logSumExp(double[] x, boolean strict) {
        return LogSumExp.of(x, 0, x.length);
    }

    /** {@code softmax_entropy(x)}. */
    public static Double softmaxEntropy(double[] x, boolean strict) {
        return SoftmaxEntropy.of(x, 0, x.length);
    }

    /** {@code softmax_loss(x, label)}. */
    public static Double softmaxLoss(double[] x, int label, boolean strict) {
        return softmaxLossSmoothed(x, label, 0.0, strict);
    }

    /** {@code softmax_loss(x, label, label_smoothing)}. */
    public static Double softmaxLossSmoothed(double[] x, int label, double smoothing, boolean strict) {
        if (!validLabel("softmax_loss", label, x.length, strict)) {
            return null;
        }
        return SoftmaxLoss.ofLabel(x, 0, x.length, label, smoothing);
    }

    /** {@code softmax_loss(x, target_probs)}. */
    public static Double softmaxLossTargets(double[] x, double[] t, boolean strict) {
        if (x.length != t.length) {
            return invalid("softmax_loss: " + x.length + " logits but " + t.length + " target probabilities", strict);
        }
        return SoftmaxLoss.ofTargets(x, 0, x.length, t, 0);
    }

    /** {@code softmax_loss_grad(x, label)}. */
    public static double[] softmaxLossGrad(double[] x, int label, boolean strict) {
        if (!validLabel("softmax_loss_grad", label, x.length, strict)) {
            return null;
        }
        SoftmaxLoss.gradOfLabel(x, 0, x.length, label, x, 0);
        return x;
    }

    /** {@code maxout(x, k)}. */
    public static double[] maxout(double[] x, int k, boolean strict) {
        if (x.length % k != 0) {
            return invalid("maxout: the array length " + x.length + " is not a multiple of k = " + k, strict);
        }
        double[] out = new double[x.length / k];
        Maxout.of(x, 0, x.length, k, out, 0);
        return out;
    }

    /** {@code glu(x)}. */
    public static double[] glu(double[] x, boolean strict) {
        if (x.length % 2 != 0) {
            return invalid("glu: the array length " + x.length + " is odd; glu splits it in halves", strict);
        }
        double[] out = new double[x.length / 2];
        Glu.of(x, 0, x.length, out, 0);
        return out;
    }

    /** {@code sparsemax(x)}. */
    public static double[] sparsemax(double[] x, boolean strict) {
        Sparsemax.of(x, 0, x.length, x, 0);
        return x;
    }

    /** {@code sparsemax_grad(x, upstream)}. */
    public static double[] sparsemaxGrad(double[] x, double[] upstream, boolean strict) {
        if (x.length != upstream.length) {
            return invalid("sparsemax_grad: " + x.length + " logits but " + upstream.length + " upstream gradients",
                    strict);
        }
        return Sparsemax.grad(x, upstream);
    }

    private static boolean validLabel(String function, int label, int classes, boolean strict) {
        if (label >= 0 && label < classes) {
            return true;
        }
        invalid(function + ": label " + label + " is out of range for an array of " + classes + " logits", strict);
        return false;
    }

    private static <T> T invalid(String message, boolean strict) {
        if (strict) {
            throw new IllegalArgumentException(message + " (spark.sql.ansi.enabled=false gives NULL instead)");
        }
        return null;
    }
}
