package io.github.sparkactivations.core.softmax;

/**
 * The entropy of the softmax distribution of the logits, in nats ({@code Categorical(logits=x).entropy()} in
 * PyTorch): {@code H = -sum_i p_i log p_i = log S - T / S}, with m the largest logit, {@code d_i = x_i - m <= 0},
 * {@code S = sum_i exp(d_i) = 1 + t} and {@code T = sum_i exp(d_i) d_i <= 0}: two terms of one sign, so nothing
 * cancels. t and T are compensated sums of exps taken of d in double-double ({@link Exponentials}).
 */
public final class SoftmaxEntropy {

    private SoftmaxEntropy() {
    }

    /**
     * {@code H(softmax(x[from .. from + length)))}: {@code log k} where k logits are +inf (the mass is shared
     * among them), NaN for an empty slice, one of -inf only, or a NaN.
     */
    public static double of(double[] x, int from, int length) {
        double[] exps = new double[length];
        Exponentials s = Exponentials.of(x, from, length, 1.0, exps, 0);
        if (s.hasNaN || s.noEvidence) {
            return Double.NaN;
        }
        if (s.positiveInfinities > 0) {
            return Math.log(s.positiveInfinities);
        }
        double t = 0;
        double tLo = 0;
        double xk = x[from + s.argmax];
        for (int i = 0; i < length; i++) {
            double e = exps[i];
            if (i == s.argmax || e == 0) {
                continue;
            }
            double d = Exponentials.difference(x[from + i], xk, 1.0);
            double term = e * d + e * Exponentials.differenceLow(x[from + i], xk, 1.0, d);
            double sum = t + term;
            tLo += Math.abs(t) >= Math.abs(term) ? (t - sum) + term : (term - sum) + t;
            t = sum;
        }
        double others = s.t + s.tLo;
        return s.log1pT() - (t + tLo) / (1 + others);
    }
}
