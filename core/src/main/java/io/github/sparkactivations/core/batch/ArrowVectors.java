package io.github.sparkactivations.core.batch;

import io.github.sparkactivations.core.softmax.LogSumExp;
import io.github.sparkactivations.core.softmax.Softmax;
import io.github.sparkactivations.core.softmax.SoftmaxLoss;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;

/**
 * The vector kernels over a whole Arrow vector taken as one group of logits: null slots are left
 * out of the group and stay null in the output.
 */
public final class ArrowVectors {

    private ArrowVectors() {
    }

    /** {@code log(sum exp(v_i))} over the non-null slots; -inf if there are none. */
    public static double logSumExp(Float8Vector v) {
        double[] values = nonNull(v);
        return LogSumExp.of(values, 0, values.length);
    }

    /** As {@link #logSumExp(Float8Vector)}, in double over float values. */
    public static double logSumExp(Float4Vector v) {
        double[] values = nonNull(v);
        return LogSumExp.of(values, 0, values.length);
    }

    /** Writes {@code softmax(in, temperature)} into {@code out}, which must hold as many slots. */
    public static void softmax(Float8Vector in, double temperature, Float8Vector out) {
        double[] values = nonNull(in);
        Softmax.softmax(values, 0, values.length, temperature, values, 0);
        scatter(in, values, out);
    }

    /** Writes {@code log_softmax(in, temperature)} into {@code out}. */
    public static void logSoftmax(Float8Vector in, double temperature, Float8Vector out) {
        double[] values = nonNull(in);
        Softmax.logSoftmax(values, 0, values.length, temperature, values, 0);
        scatter(in, values, out);
    }

    /** Writes {@code softmax(in, temperature)} into {@code out}, computed in double, rounded to float. */
    public static void softmax(Float4Vector in, double temperature, Float4Vector out) {
        double[] values = nonNull(in);
        Softmax.softmax(values, 0, values.length, temperature, values, 0);
        scatter(in, values, out);
    }

    /** Writes {@code log_softmax(in, temperature)} into {@code out}, computed in double, rounded to float. */
    public static void logSoftmax(Float4Vector in, double temperature, Float4Vector out) {
        double[] values = nonNull(in);
        Softmax.logSoftmax(values, 0, values.length, temperature, values, 0);
        scatter(in, values, out);
    }

    /**
     * The cross-entropy of the non-null slots against the class in slot {@code label}.
     *
     * @throws IllegalArgumentException if slot {@code label} is null or outside the vector
     */
    public static double softmaxLoss(Float8Vector logits, int label) {
        double[] values = nonNull(logits);
        return SoftmaxLoss.ofLabel(values, 0, values.length, compactIndex(logits, label), 0.0);
    }

    /** Writes {@code softmax(logits) - onehot(label)} into {@code out}, null slots kept null. */
    public static void softmaxLossGrad(Float8Vector logits, int label, Float8Vector out) {
        double[] values = nonNull(logits);
        SoftmaxLoss.gradOfLabel(values, 0, values.length, compactIndex(logits, label), values, 0);
        scatter(logits, values, out);
    }

    /** The position of slot {@code label} among the non-null slots. */
    private static int compactIndex(FieldVector v, int label) {
        if (label < 0 || label >= v.getValueCount() || v.isNull(label)) {
            throw new IllegalArgumentException("label " + label + " is not a non-null slot of a vector of "
                    + v.getValueCount());
        }
        int k = 0;
        for (int i = 0; i < label; i++) {
            k += v.isNull(i) ? 0 : 1;
        }
        return k;
    }

    private static double[] nonNull(FieldVector v) {
        int n = v.getValueCount();
        double[] values = new double[n - v.getNullCount()];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!v.isNull(i)) {
                values[k++] = v instanceof Float8Vector f8 ? f8.get(i) : ((Float4Vector) v).get(i);
            }
        }
        return values;
    }

    private static void scatter(FieldVector in, double[] values, FieldVector out) {
        int n = in.getValueCount();
        if (out.getValueCapacity() < n) {
            throw new IllegalArgumentException("output vector holds " + out.getValueCapacity() + " values, need " + n);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (in.isNull(i)) {
                out.setNull(i);
            } else if (out instanceof Float8Vector f8) {
                f8.set(i, values[k++]);
            } else {
                ((Float4Vector) out).set(i, (float) values[k++]);
            }
        }
        out.setValueCount(n);
    }
}
