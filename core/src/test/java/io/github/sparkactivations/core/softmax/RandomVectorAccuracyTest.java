package io.github.sparkactivations.core.softmax;

import io.github.sparkactivations.core.exact.Draws;
import io.github.sparkactivations.core.exact.Exact;
import io.github.sparkactivations.core.softmax.LogSumExpState.Carry;
import io.github.sparkactivations.testing.ReportRow;
import io.github.sparkactivations.testing.Ulps;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every vector function in every shape (array kernels, the streaming aggregate states merged from
 * random parts, the window kernels over the whole state) against exact values, on random vectors:
 * lengths 1 to 1000, logits from moderate to the largest double, all equal, with -inf entries;
 * temperatures from 1e-320 to 1e300 of both signs; label smoothing in [0, 1]; soft targets. Every
 * element within 4 ulps. {@code -Daccuracy.vectors=N} vectors per function (200 by default), seeded
 * as {@link io.github.sparkactivations.core.exact.RandomAccuracyTest}.
 */
class RandomVectorAccuracyTest {

    private static final long SEED = Draws.seed();
    private static final int VECTORS = Integer.getInteger("accuracy.vectors", 200);
    private static final double MAX_ULPS = 4.0;
    private static final Exact EXACT = new Exact(40);
    private static final BigDecimal NEG_INF = null;

    /** A random problem: logits, temperature, label, smoothing, soft targets. */
    record Problem(double[] x, double temperature, int label, double smoothing, double[] targets) {
        @Override
        public String toString() {
            String xs = x.length <= 8 ? Arrays.toString(x) : Arrays.toString(Arrays.copyOf(x, 8)) + "...(" + x.length + ")";
            return "x=" + xs + " T=" + temperature + " label=" + label + " eps=" + smoothing;
        }
    }

    /**
     * One function's outputs and their exact values (null: -inf); {@code floors}, if any, the magnitude
     * below which an element's error is measured in ulps of its floor instead ({@link Ulps#error(double, BigDecimal, double)}).
     */
    record Outputs(double[] got, BigDecimal[] want, double[] floors) {
        Outputs(double[] got, BigDecimal[] want) {
            this(got, want, null);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyShapeIsWithinFourUlps(TestReporter reporter) {
        System.out.printf("RandomVectorAccuracyTest: seed %d, %d vectors per function%n", SEED, VECTORS);
        Map<String, Function<Problem, Outputs>> cases = new TreeMap<>();
        cases.put("softmax", p -> new Outputs(array(p, (x, out) -> Softmax.softmax(x, 0, x.length, p.temperature, out, 0)),
                exact(p).softmax()));
        cases.put("log_softmax", p -> new Outputs(array(p, (x, out) -> Softmax.logSoftmax(x, 0, x.length, p.temperature, out, 0)),
                exact(p).logSoftmax()));
        // m + log1p(t) near 0, where the maximum m and log1p(t) cancel: double-double resolves it to about 2^-100 of
        // max(1, |m|), its error is measured in ulps of 2^-48 max(1, |m|) at least (6.8 ulps of a result of 2.0e-16
        // were seen, 0.2 of that floor's).
        cases.put("log_sum_exp", p -> new Outputs(new double[] {LogSumExp.of(p.x, 0, p.x.length)},
                new BigDecimal[] {exact(unit(p)).logSumExp()}, cancellingFloor(p)));
        cases.put("softmax_loss.label", p -> new Outputs(new double[] {SoftmaxLoss.ofLabel(p.x, 0, p.x.length, p.label, p.smoothing)},
                new BigDecimal[] {exact(unit(p)).loss(p.label, p.smoothing)}));
        cases.put("softmax_loss.targets", p -> new Outputs(new double[] {SoftmaxLoss.ofTargets(p.x, 0, p.x.length, p.targets, 0)},
                new BigDecimal[] {exact(unit(p)).loss(p.targets)}));
        cases.put("softmax_loss_grad", p -> new Outputs(array(p, (x, out) -> SoftmaxLoss.gradOfLabel(x, 0, x.length, p.label, out, 0)),
                exact(unit(p)).grad(p.label)));
        // An entropy below 2^-1000 sums terms exp(d) d whose exp is subnormal, rounded to 2^-1074 and then multiplied by
        // |d| ~ 745: its error is measured in ulps of 2^-1000 (360 ulps of 2^-1074 at 2.5e-318 were seen).
        cases.put("softmax_entropy", p -> new Outputs(new double[] {SoftmaxEntropy.of(p.x, 0, p.x.length)},
                new BigDecimal[] {exact(unit(p)).entropy()}, new double[] {0x1p-1000}));
        cases.put("sparsemax_grad", p -> {
            double[] v = upstream(p);
            return new Outputs(Sparsemax.grad(p.x, v), sparsemaxGrad(p.x, v));
        });
        cases.put("aggregate.log_sum_exp", p -> new Outputs(new double[] {state(p, Carry.WHERE_IT_CANCELS).value()},
                new BigDecimal[] {exact(unit(p)).logSumExp()}, cancellingFloor(p)));
        cases.put("aggregate.softmax_loss", p -> new Outputs(new double[] {lossState(p).value()},
                new BigDecimal[] {exact(unit(p)).loss(p.targets)}));
        cases.put("aggregate.softmax_entropy", p -> new Outputs(new double[] {entropyState(p).value()},
                new BigDecimal[] {exact(unit(p)).entropy()}, new double[] {0x1p-1000}));
        cases.put("window.softmax", p -> new Outputs(window(p, Carry.NONE, (s, i) -> WindowKernels.softmax(p.x[i], s.maxValue(), s.others(), s.compensation())),
                exact(unit(p)).softmax()));
        cases.put("window.log_softmax", p -> new Outputs(window(p, Carry.NONE, (s, i) -> WindowKernels.logSoftmax(p.x[i], s.maxValue(), s.others(), s.compensation())),
                exact(unit(p)).logSoftmax()));
        // p w - y where a soft target y nearly equals p w: its error is measured in ulps of 2^-40 y at least
        // (double-double resolves p w to about 2^-95 of it; a target agreeing with p w to 12 digits is the limit).
        cases.put("window.softmax_loss_grad", p -> {
            double w = Arrays.stream(p.targets).sum();
            return new Outputs(window(p, Carry.ALL, (s, i) -> WindowKernels.softmaxLossGrad(p.x[i], p.targets[i], s.maxValue(), s.others(),
                    s.compensation(), w)), exact(unit(p)).grad(p.targets, w),
                    Arrays.stream(p.targets).map(y -> 0x1p-40 * Math.abs(y)).toArray());
        });
        return cases.entrySet().stream().filter(c -> c.getKey().matches(Draws.ONLY)).map(c -> DynamicTest.dynamicTest(c.getKey(), () -> check(c.getKey(), c.getValue(), reporter)));
    }

    private static void check(String name, Function<Problem, Outputs> f, TestReporter reporter) {
        long stream = SEED ^ (name.hashCode() * 0x9E3779B97F4A7C15L);
        LongAdder elements = new LongAdder();
        String worst = IntStream.range(0, VECTORS).parallel().mapToObj(i -> {
            Problem p = problem(new SplittableRandom(stream + i * 0xBF58476D1CE4E5B9L), name.equals("softmax") || name.equals("log_softmax"));
            elements.add(p.x.length);
            Outputs o = f.apply(p);
            double max = 0;
            int at = 0;
            for (int j = 0; j < o.got.length; j++) {
                double e = o.want[j] == NEG_INF ? (o.got[j] == Double.NEGATIVE_INFINITY ? 0 : Double.POSITIVE_INFINITY)
                        : o.floors == null ? Ulps.error(o.got[j], o.want[j]) : Ulps.error(o.got[j], o.want[j], o.floors[j]);
                if (!(e <= max)) {
                    max = e;
                    at = j;
                }
            }
            return new Object[] {max, p + " element " + at + " got " + o.got[at] + " want " + o.want[at]};
        }).reduce((a, b) -> (double) b[0] > (double) a[0] || Double.isNaN((double) b[0]) ? b : a)
                .map(a -> String.format("%.3f ulp (%s)", a[0], a[1])).orElseThrow();
        double ulps = Double.parseDouble(worst.substring(0, worst.indexOf(' ')));
        new ReportRow("random-vectors.csv", "case,vectors,elements,max_ulp,seed",
                String.format("%s,%d,%d,%.3f,%d", name, VECTORS, elements.sum(), ulps, SEED)).publish(reporter);
        System.out.printf("%-26s %6d vectors (%d elements), max %s%n", name, VECTORS, elements.sum(), worst);
        assertTrue(ulps <= MAX_ULPS, name + ", seed " + SEED + ": " + worst);
    }

    /** A problem; temperatures other than 1 only where the function takes one. */
    private static Problem problem(SplittableRandom random, boolean tempered) {
        Draws draws = new Draws(random);
        int n = (int) Math.round(Math.exp(random.nextDouble() * Math.log(1000)));
        double[] x = new double[n];
        int kind = random.nextInt(9);
        double common = -50 + 100 * random.nextDouble();
        // kind 8 from the wider spread has log-probabilities below -46, whose roundings a state's terms do not carry
        double spread = kind == 8 && random.nextBoolean() ? 80 : 10;
        for (int i = 0; i < n; i++) {
            x[i] = switch (kind) {
                case 0 -> -50 + 100 * random.nextDouble();
                case 1 -> -1e4 + 2e4 * random.nextDouble();
                case 2 -> -700 + 1400 * random.nextDouble();
                case 3 -> common;
                case 4 -> draws.anyMagnitude();
                case 5 -> random.nextBoolean() ? Math.copySign(Double.MAX_VALUE * (0.5 + 0.5 * random.nextDouble()),
                        random.nextDouble() - 0.5) : -10 + 20 * random.nextDouble();
                case 6, 7 -> random.nextInt(4) == 0 ? Double.NEGATIVE_INFINITY : -20 + 40 * random.nextDouble();
                default -> -spread * random.nextDouble();
            };
        }
        if (kind == 6 || kind == 7) {
            x[random.nextInt(n)] = -1 + 2 * random.nextDouble();
        }
        if (kind == 8) {
            // Log-probabilities, slightly off: a log-sum-exp near 0 from a maximum below 0, where m + log1p(t)
            // cancels; off by 1e-12 at least, a result of about 1e-14 and more, at which double-double's 2^-100 is
            // what 4 ulps need (1e-16 off gave 13 ulps at a result of -3.7e-16).
            double[] logProbabilities = new double[n];
            Softmax.logSoftmax(x, 0, n, 1, logProbabilities, 0);
            double noise = Math.pow(10, -4 - 8 * random.nextDouble());
            for (int i = 0; i < n; i++) {
                x[i] = logProbabilities[i] + noise * (random.nextDouble() - 0.5);
            }
        }
        double temperature = 1;
        if (tempered && random.nextInt(3) > 0) {
            double[] decimals = {0.5, 2, 0.3, 3.7, 0.1, 1e-320, 1e300};
            double t = random.nextBoolean() ? decimals[random.nextInt(decimals.length)] : draws.logUniform(1e-320, 1e300);
            temperature = random.nextInt(4) == 0 && (kind < 6 || kind == 8) ? -Math.abs(t) : Math.abs(t);
        }
        int label = random.nextInt(n);
        while (x[label] == Double.NEGATIVE_INFINITY) {
            label = random.nextInt(n);
        }
        double smoothing = random.nextInt(4) == 0 ? random.nextInt(2) : random.nextDouble();
        double[] targets = new double[n];
        int targetKind = random.nextInt(3);
        if (targetKind == 0) {
            targets[label] = random.nextBoolean() ? 1 : random.nextDouble();
        } else if (targetKind == 1) {
            // Near the model's own probabilities, where training ends: p w - y cancels.
            Softmax.softmax(x, 0, n, 1, targets, 0);
            double noise = Math.pow(10, -3 - 10 * random.nextDouble());
            for (int i = 0; i < n; i++) {
                targets[i] *= 1 + noise * (random.nextDouble() - 0.5);
            }
        } else {
            for (int i = 0; i < n; i++) {
                targets[i] = x[i] == Double.NEGATIVE_INFINITY ? 0 : random.nextDouble() / n;
            }
        }
        return new Problem(x, temperature, label, smoothing, targets);
    }

    /**
     * An upstream gradient for {@code p}'s logits: moderate values, values of any magnitude, or values that nearly
     * equal their mean (where {@code v_i - mean} cancels), seeded by the logits.
     */
    private static double[] upstream(Problem p) {
        SplittableRandom random = new SplittableRandom(p.x.length * 131L + Double.hashCode(p.x[0]));
        Draws draws = new Draws(random);
        int kind = random.nextInt(3);
        double[] v = new double[p.x.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (kind) {
                case 0 -> -1 + 2 * random.nextDouble();
                case 1 -> draws.anyMagnitude();
                default -> 1 + 0x1p-40 * random.nextDouble();
            };
        }
        return v;
    }

    /** {@code v_i - mean(v over the support)} on the exact support of sparsemax, 0 off it ({@link SparsemaxTest#exact}). */
    private static BigDecimal[] sparsemaxGrad(double[] x, double[] v) {
        BigDecimal[] p = SparsemaxTest.exact(Arrays.stream(x).map(z -> Math.max(z, -Double.MAX_VALUE)).toArray());
        BigDecimal sum = BigDecimal.ZERO;
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (p[i].signum() > 0) {
                sum = sum.add(Exact.of(v[i]));
                k++;
            }
        }
        // (k v_i - sum) / k: the numerator exact (sums of doubles are), so that only the quotient rounds
        BigDecimal total = sum;
        BigDecimal size = BigDecimal.valueOf(k);
        return IntStream.range(0, x.length).mapToObj(i -> p[i].signum() > 0
                ? EXACT.divide(Exact.of(v[i]).multiply(size).subtract(total), size) : BigDecimal.ZERO)
                .toArray(BigDecimal[]::new);
    }

    /** {@code 2^-48 max(1, |m|)} for the maximum m of p's logits (NaN where it is not finite: no floor). */
    private static double[] cancellingFloor(Problem p) {
        double m = Arrays.stream(p.x).max().orElseThrow();
        return new double[] {Double.isFinite(m) ? 0x1p-48 * Math.max(1, Math.abs(m)) : Double.NaN};
    }

    private static Problem unit(Problem p) {
        return p.temperature == 1 ? p : new Problem(p.x, 1, p.label, p.smoothing, p.targets);
    }

    private interface ArrayKernel {
        void apply(double[] x, double[] out);
    }

    private static double[] array(Problem p, ArrayKernel kernel) {
        double[] out = new double[p.x.length];
        kernel.apply(p.x, out);
        return out;
    }

    /** The rows added in a random order, in random parts, merged; {@code carry} ALL as a window's state. */
    private static LogSumExpState state(Problem p, Carry carry) {
        SplittableRandom random = new SplittableRandom(p.x.length * 31L + Double.hashCode(p.x[0]));
        LogSumExpState total = new LogSumExpState(carry);
        LogSumExpState part = new LogSumExpState(carry);
        for (int i : shuffled(p.x.length, random)) {
            part.add(p.x[i]);
            if (random.nextInt(8) == 0) {
                total.merge(part);
                part = new LogSumExpState(carry);
            }
        }
        return total.merge(part);
    }

    private static SoftmaxLossState lossState(Problem p) {
        SplittableRandom random = new SplittableRandom(p.x.length * 17L + Double.hashCode(p.x[0]));
        SoftmaxLossState total = new SoftmaxLossState();
        SoftmaxLossState part = new SoftmaxLossState();
        for (int i : shuffled(p.x.length, random)) {
            part.add(p.x[i], p.targets[i]);
            if (random.nextInt(8) == 0) {
                total.merge(part);
                part = new SoftmaxLossState();
            }
        }
        return total.merge(part);
    }

    private static SoftmaxEntropyState entropyState(Problem p) {
        SplittableRandom random = new SplittableRandom(p.x.length * 23L + Double.hashCode(p.x[0]));
        SoftmaxEntropyState total = new SoftmaxEntropyState();
        SoftmaxEntropyState part = new SoftmaxEntropyState();
        for (int i : shuffled(p.x.length, random)) {
            part.add(p.x[i]);
            if (random.nextInt(8) == 0) {
                total.merge(part);
                part = new SoftmaxEntropyState();
            }
        }
        return total.merge(part);
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private interface RowKernel {
        double apply(LogSumExpState state, int row);
    }

    /** A row kernel over the window's state of the carry its catalog state has ({@code RowStates}). */
    private static double[] window(Problem p, Carry carry, RowKernel kernel) {
        LogSumExpState s = state(p, carry);
        return IntStream.range(0, p.x.length).mapToDouble(i -> kernel.apply(s, i)).toArray();
    }

    private static Reference exact(Problem p) {
        return new Reference(p.x, p.temperature);
    }

    /**
     * Exact softmax quantities of {@code y = x / T}: with k the largest y, {@code d_i = (x_i - x_k) / T}
     * and {@code S = sum_i exp(d_i) >= 1}. A term below exp(-800) can neither move S at 40 digits nor be
     * a nonzero double: it is 0.
     */
    static final class Reference {
        final BigDecimal[] d;
        final BigDecimal yk;
        final BigDecimal[] e;
        final BigDecimal logS;
        final BigDecimal s;

        Reference(double[] x, double temperature) {
            int k = 0;
            for (int i = 1; i < x.length; i++) {
                if (x[i] * Math.signum(temperature) > x[k] * Math.signum(temperature)) {
                    k = i;
                }
            }
            BigDecimal t = Exact.of(temperature);
            BigDecimal xk = Exact.of(x[k]);
            yk = EXACT.divide(xk, t);
            d = new BigDecimal[x.length];
            e = new BigDecimal[x.length];
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal cutoff = BigDecimal.valueOf(-800);
            for (int i = 0; i < x.length; i++) {
                d[i] = x[i] == Double.NEGATIVE_INFINITY ? NEG_INF : EXACT.divide(Exact.of(x[i]).subtract(xk), t);
                e[i] = d[i] == NEG_INF || d[i].compareTo(cutoff) < 0 ? BigDecimal.ZERO : EXACT.exp(d[i]);
                sum = sum.add(e[i]);
            }
            s = sum;
            // S - 1 is exact: log1p keeps the digits of a dominant maximum's tiny rest.
            logS = EXACT.log1p(sum.subtract(BigDecimal.ONE));
        }

        BigDecimal[] softmax() {
            return Arrays.stream(e).map(v -> EXACT.divide(v, s)).toArray(BigDecimal[]::new);
        }

        BigDecimal[] logSoftmax() {
            return Arrays.stream(d).map(v -> v == NEG_INF ? NEG_INF : EXACT.round(v.subtract(logS))).toArray(BigDecimal[]::new);
        }

        /** {@code log S - sum_i e_i d_i / S}. */
        BigDecimal entropy() {
            BigDecimal weighted = BigDecimal.ZERO;
            for (int i = 0; i < d.length; i++) {
                if (e[i].signum() != 0) {
                    weighted = weighted.add(e[i].multiply(d[i]));
                }
            }
            return EXACT.round(logS.subtract(EXACT.divide(weighted, s)));
        }

        BigDecimal logSumExp() {
            return EXACT.round(yk.add(logS));
        }

        /** {@code -log p_i = log S - d_i}. */
        BigDecimal nll(int i) {
            return logS.subtract(d[i]);
        }

        BigDecimal loss(int label, double smoothing) {
            BigDecimal eps = Exact.of(smoothing);
            if (smoothing == 0) {
                return EXACT.round(nll(label));
            }
            if (Arrays.asList(d).contains(NEG_INF)) {
                return BigDecimal.ONE.scaleByPowerOfTen(400);
            }
            BigDecimal mean = IntStream.range(0, d.length).mapToObj(this::nll).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(d.length), EXACT.context());
            return EXACT.round(BigDecimal.ONE.subtract(eps).multiply(nll(label)).add(eps.multiply(mean)));
        }

        BigDecimal loss(double[] targets) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < d.length; i++) {
                if (targets[i] != 0) {
                    sum = sum.add(Exact.of(targets[i]).multiply(nll(i)));
                }
            }
            return EXACT.round(sum);
        }

        BigDecimal[] grad(int label) {
            double[] onehot = new double[d.length];
            onehot[label] = 1;
            return grad(onehot, 1);
        }

        /** {@code p_i * w - t_i}, w the window's sum of targets as the kernel receives it (a double). */
        BigDecimal[] grad(double[] targets, double targetSum) {
            BigDecimal w = Exact.of(targetSum);
            return IntStream.range(0, d.length).mapToObj(i -> EXACT.divide(e[i].multiply(w)
                    .subtract(Exact.of(targets[i]).multiply(s)), s)).toArray(BigDecimal[]::new);
        }
    }
}
