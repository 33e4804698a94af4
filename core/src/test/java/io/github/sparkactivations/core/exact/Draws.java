package io.github.sparkactivations.core.exact;

import io.github.sparkactivations.core.catalog.Order;
import io.github.sparkactivations.core.catalog.Parameter;
import io.github.sparkactivations.core.catalog.Range;
import io.github.sparkactivations.core.catalog.SqlFunction;

import java.util.SplittableRandom;

/**
 * Random arguments for the accuracy tests: doubles over the whole range by their exponent (log-uniform
 * magnitudes, subnormals to the largest double), moderate values, the edges of exp and the kinks of
 * the functions a few ulps apart, and parameters anywhere in their allowed ranges.
 */
public final class Draws {

    /** Values users type, none a power of two: where {@code beta * x} and {@code x / alpha} round. */
    private static final double[] DECIMALS = {0.1, 0.3, 1.5, 3.7, 0.01, 2.5, 1.0 / 3, 7, 20, 1e-5, 1e5, 0.7};
    /** Where exp overflows, underflows to subnormals, and to 0. */
    private static final double[] EXP_EDGES = {709.782712893384, -708.3964185322641, -745.1332191019411, -700, 40};
    /** Kinks of the piecewise functions (parameters add theirs) and roots of derivatives. */
    private static final double[] KINKS = {0, 3, -3, 6, -1.2784645427610738, -0.7517915241352266, -1.1906, -0.4};

    private final SplittableRandom random;

    /** {@code -Daccuracy.only=REGEX}: the random tests' forms whose name matches, for a larger run of a few. */
    public static final String ONLY = System.getProperty("accuracy.only", ".*");

    /** {@code -Daccuracy.seed=random}: one fresh seed for every test of the run. */
    private static final long RANDOM_SEED = new SplittableRandom().nextLong();

    /** The seed of the random tests: {@code -Daccuracy.seed=S}, 1 by default, {@code random} for a fresh one. */
    public static long seed() {
        String property = System.getProperty("accuracy.seed", "1");
        return property.equals("random") ? RANDOM_SEED : Long.parseLong(property);
    }

    public Draws(SplittableRandom random) {
        this.random = random;
    }

    public SplittableRandom random() {
        return random;
    }

    /** Any double of either sign, its exponent uniform from the subnormals to the largest. */
    public double anyMagnitude() {
        double m = Math.min(Double.MAX_VALUE, Math.scalb(1 + random.nextDouble(), random.nextInt(-1075, 1024)));
        return random.nextBoolean() ? m : -m;
    }

    /** |x| log-uniform in [lo, hi], either sign. */
    public double logUniform(double lo, double hi) {
        double m = Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * random.nextDouble());
        return random.nextBoolean() ? m : -m;
    }

    /** x moved by up to {@code k} ulps either way. */
    public double near(double x, int k) {
        double y = x;
        int steps = random.nextInt(-k, k + 1);
        for (int i = 0; i < Math.abs(steps); i++) {
            y = steps > 0 ? Math.nextUp(y) : Math.nextDown(y);
        }
        return y;
    }

    /** A finite input x for a function with these parameter values. */
    public double x(double[] parameters) {
        double x;
        do {
            x = anyX(parameters);
        } while (Double.isInfinite(x) || x != x);
        return x;
    }

    private double anyX(double[] parameters) {
        int kind = random.nextInt(100);
        if (kind < 30) {
            return anyMagnitude();
        }
        if (kind < 55) {
            return -50 + 100 * random.nextDouble();
        }
        if (kind < 65) {
            return logUniform(1e-3, 1e3);
        }
        if (kind < 82) {
            double edge = EXP_EDGES[random.nextInt(EXP_EDGES.length)];
            if (parameters.length > 0 && random.nextBoolean()) {
                // The edge of exp(beta * x) or exp(x / alpha).
                double p = parameters[random.nextInt(parameters.length)];
                edge = random.nextBoolean() ? edge * p : edge / p;
            }
            return near(random.nextBoolean() ? edge : -edge, 4);
        }
        double kink = KINKS[random.nextInt(KINKS.length)];
        if (parameters.length > 0 && random.nextBoolean()) {
            double p = parameters[random.nextInt(parameters.length)];
            kink = random.nextBoolean() ? p : -p;
        }
        return kink == 0 && random.nextBoolean() ? random.nextInt(-3, 4) * Double.MIN_VALUE : near(kink, 3);
    }

    /** Values for the function's parameters: defaults, decimals, or anywhere in the range, orders kept. */
    public double[] parameters(SqlFunction f) {
        double[] values = new double[f.parameters().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parameter(f.parameters().get(i));
        }
        for (Order order : f.orders()) {
            int lo = f.parameterIndex(order.lower());
            int hi = f.parameterIndex(order.upper());
            if (values[lo] > values[hi]) {
                double t = values[lo];
                values[lo] = values[hi];
                values[hi] = t;
            }
        }
        return values;
    }

    private double parameter(Parameter p) {
        Range range = p.range();
        for (int attempt = 0; attempt < 100; attempt++) {
            int kind = random.nextInt(100);
            double v;
            if (kind < 12 && !p.required()) {
                v = p.defaultValue();
            } else if (kind < 35) {
                double d = DECIMALS[random.nextInt(DECIMALS.length)];
                v = random.nextBoolean() ? d : -d;
            } else if (!Double.isInfinite(range.min()) && !Double.isInfinite(range.max())) {
                v = kind < 45 ? range.min() : kind < 55 ? range.max()
                        : range.min() + (range.max() - range.min()) * random.nextDouble();
            } else {
                v = kind < 70 ? anyMagnitude() : logUniform(1e-4, 1e4);
                if (range.min() >= 0 || kind % 7 == 0 && range.contains(0)) {
                    v = kind % 7 == 0 && range.contains(0) ? 0 : Math.abs(v);
                }
            }
            if (range.contains(v)) {
                return v;
            }
        }
        return p.defaultValue();
    }
}
