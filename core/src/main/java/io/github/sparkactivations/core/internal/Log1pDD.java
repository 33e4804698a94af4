package io.github.sparkactivations.core.internal;

/**
 * {@code m + log1p(t + tLo)} rounded once, for log-sum-exp, whose two terms cancel where the largest
 * logit m is negative and the others' share {@code log1p(t)} nearly offsets it (49 ulps at a result
 * of -0.049 with Math.log1p alone, measured). Only then is the log refined, by one Newton step
 * {@code L + (1 + t - exp(L)) / exp(L)} with exp(L) in double-double ({@link ExpDD}); otherwise it
 * costs one comparison.
 */
public final class Log1pDD {

    private Log1pDD() {
    }

    /** {@code m + log1p(t + tLo)}, t &gt;= 0 with its compensation tLo. */
    public static double plus(double m, double t, double tLo) {
        double log = Math.log1p(t + tLo);
        double r = m + log;
        if (!cancels(m, r)) {
            return r;
        }
        return r + (Sums.twoSumError(m, log, r) + of(t, tLo).lo());
    }

    /**
     * Whether {@code r = m + L}, L &gt;= 0, is so much smaller than L that L's rounding is magnified more
     * than 1.5 times in r: {@code L > 1.5 |r|}, that is m &lt; 0 and {@code 0.4 m < r < -2 m}. Below
     * that, L's error of at most 2 ulps becomes at most 3.5 in r (2.4 ulps at r = 0.42, m = -0.68 with
     * the bound r &gt; m / 2 alone, measured).
     */
    public static boolean cancels(double m, double r) {
        return m < 0 && r > 0.4 * m && r < -2 * m;
    }

    /**
     * {@code log1p(t + tLo)} as {@code Math.log1p} plus its correction, one Newton step
     * {@code (1 + t - exp(L)) / exp(L)} with exp(L) in double-double: good to about 2^-100.
     */
    public static DoubleDouble of(double t, double tLo) {
        double log = Math.log1p(t + tLo);
        DoubleDouble e = ExpDD.of(log);
        double u = 1 + t;
        double uLo = Sums.twoSumError(1, t, u) + tLo;
        return new DoubleDouble(log, ((u - e.hi()) + (uLo - e.lo())) / e.hi());
    }
}
