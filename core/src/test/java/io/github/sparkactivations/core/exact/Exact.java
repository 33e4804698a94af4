package io.github.sparkactivations.core.exact;

import ch.obermuhlner.math.big.BigDecimalMath;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Real arithmetic at a chosen number of decimal digits, for reference values: exact sums and
 * differences of the inputs (a double is an exact {@link BigDecimal}), every other operation
 * correct to the working precision. exp, log and sqrt come from big-math ({@link BigDecimalMath});
 * expm1, log1p and erfc are short series here, each checked against Apfloat by {@code ExactTest}.
 *
 * <p>Exponentials far beyond the double range are bounded instead of computed: {@code exp(a)} for
 * a below -10^5 is {@link #NEGLIGIBLE}, a positive number so small that no product of doubles with
 * it reaches the smallest subnormal, nor any sum at this precision moves; above 10^5 it is its
 * reciprocal, which overflows any double. Sums with such a bound are rounded at once: kept exact they
 * would carry its 50,000 digits into every later product (a quarter of a second each).
 */
public final class Exact {

    /** Smaller than exp(-10^5) ~ 10^-43429: below every product of doubles with a subnormal result. */
    public static final BigDecimal NEGLIGIBLE = BigDecimal.ONE.scaleByPowerOfTen(-50_000);
    private static final BigDecimal VAST = BigDecimal.ONE.scaleByPowerOfTen(50_000);
    private static final BigDecimal EXP_BOUND = BigDecimal.valueOf(100_000);
    private static final BigDecimal SERIES_BOUND = new BigDecimal("0.01");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final MathContext mc;

    public Exact(int digits) {
        this.mc = new MathContext(digits, RoundingMode.HALF_EVEN);
    }

    public int digits() {
        return mc.getPrecision();
    }

    /** The rounding of this arithmetic, for {@link BigDecimal}'s own operations. */
    public MathContext context() {
        return mc;
    }

    /** The same arithmetic with {@code extra} more digits, for a formula that cancels. */
    public Exact plus(int extra) {
        return new Exact(mc.getPrecision() + extra);
    }

    public static BigDecimal of(double x) {
        return new BigDecimal(x);
    }

    public BigDecimal round(BigDecimal a) {
        return a.round(mc);
    }

    public BigDecimal add(BigDecimal a, BigDecimal b) {
        return a.add(b, mc);
    }

    public BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return a.subtract(b, mc);
    }

    public BigDecimal multiply(BigDecimal a, BigDecimal b) {
        return a.multiply(b, mc);
    }

    public BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, mc);
    }

    public BigDecimal sqrt(BigDecimal a) {
        return a.sqrt(mc);
    }

    public BigDecimal pi() {
        return BigDecimalMath.pi(mc);
    }

    /** {@code e^a}. */
    public BigDecimal exp(BigDecimal a) {
        if (a.compareTo(EXP_BOUND.negate()) < 0) {
            return NEGLIGIBLE;
        }
        if (a.compareTo(EXP_BOUND) > 0) {
            return VAST;
        }
        // exp magnifies a's relative error by |a| <= 10^5: round it to 6 more digits than the result.
        return BigDecimalMath.exp(a.round(new MathContext(mc.getPrecision() + 6)), mc);
    }

    /** {@code e^a - 1}, without cancellation for small a. */
    public BigDecimal expm1(BigDecimal a) {
        if (a.abs().compareTo(SERIES_BOUND) >= 0) {
            return plus(3).exp(a).subtract(BigDecimal.ONE, mc);
        }
        MathContext wide = new MathContext(mc.getPrecision() + 3);
        BigDecimal term = a.round(wide);
        BigDecimal sum = term;
        BigDecimal tolerance = a.abs().scaleByPowerOfTen(-mc.getPrecision() - 3);
        for (int k = 2; term.abs().compareTo(tolerance) > 0; k++) {
            term = term.multiply(a, wide).divide(BigDecimal.valueOf(k), wide);
            sum = sum.add(term, wide);
        }
        return sum.round(mc);
    }

    /** {@code log(a)}, a > 0. */
    public BigDecimal log(BigDecimal a) {
        return BigDecimalMath.log(a, mc);
    }

    /** {@code log(1 + u)}, u > -1, without cancellation for small u. */
    public BigDecimal log1p(BigDecimal u) {
        if (u.abs().compareTo(SERIES_BOUND) >= 0) {
            return plus(3).log(BigDecimal.ONE.add(u, plus(3).mc)).round(mc);
        }
        MathContext wide = new MathContext(mc.getPrecision() + 3);
        BigDecimal power = u.round(wide);
        BigDecimal sum = power;
        BigDecimal tolerance = u.abs().scaleByPowerOfTen(-mc.getPrecision() - 3);
        for (int k = 2; power.abs().compareTo(tolerance) > 0; k++) {
            power = power.multiply(u, wide).negate();
            sum = sum.add(power.divide(BigDecimal.valueOf(k), wide), wide);
        }
        return sum.round(mc);
    }

    /** {@code 1 / (1 + e^-a)}. */
    public BigDecimal sigmoid(BigDecimal a) {
        BigDecimal e = exp(a.abs().negate());
        BigDecimal d = BigDecimal.ONE.add(e, mc);
        return a.signum() >= 0 ? divide(BigDecimal.ONE, d) : divide(e, d);
    }

    /** {@code log(1 + e^a)}, as {@code max(a, 0) + log1p(e^-|a|)}. */
    public BigDecimal softplus(BigDecimal a) {
        return a.max(BigDecimal.ZERO).add(log1p(exp(a.abs().negate())), mc);
    }

    /** {@code tanh(a) = -expm1(-2|a|) / (2 + expm1(-2|a|))}, with a's sign. */
    public BigDecimal tanh(BigDecimal a) {
        BigDecimal m = expm1(a.abs().multiply(TWO).negate());
        BigDecimal t = divide(m.negate(), TWO.add(m, mc));
        return a.signum() < 0 ? t.negate() : t;
    }

    /** {@code 1 - tanh(a)^2 = 4 e^-2|a| / (1 + e^-2|a|)^2}. */
    public BigDecimal sech2(BigDecimal a) {
        BigDecimal e = exp(a.abs().multiply(TWO).negate());
        BigDecimal d = BigDecimal.ONE.add(e, mc);
        return divide(e.multiply(BigDecimal.valueOf(4)), d.multiply(d));
    }

    /**
     * {@code erfc(z) = 2/sqrt(pi) * integral_z^inf e^-t^2 dt}. For |z| < 6 as {@code 1 - erf(z)}, erf
     * by its series of positive terms {@code 2/sqrt(pi) e^-z^2 sum_n 2^n z^(2n+1) / (2n+1)!!}, with
     * 20 guard digits for the cancellation (erfc(6) ~ 2e-17); beyond, by its continued fraction (Lentz)
     * {@code e^-z^2 / sqrt(pi) / (z + (1/2) / (z + 1 / (z + (3/2) / (z + ...))))}.
     */
    public BigDecimal erfc(BigDecimal z) {
        if (z.signum() < 0) {
            return TWO.subtract(erfc(z.negate()), mc);
        }
        if (z.compareTo(BigDecimal.valueOf(6)) < 0) {
            Exact wide = plus(20);
            MathContext w = wide.mc;
            BigDecimal z2 = z.multiply(z, w);
            BigDecimal term = z.round(w);
            BigDecimal sum = term;
            BigDecimal tolerance = sum.scaleByPowerOfTen(-w.getPrecision() - 2);
            for (int n = 1; term.compareTo(tolerance) > 0; n++) {
                term = term.multiply(z2, w).multiply(TWO, w).divide(BigDecimal.valueOf(2L * n + 1), w);
                sum = sum.add(term, w);
            }
            BigDecimal erf = sum.multiply(wide.exp(z2.negate()), w).multiply(TWO, w).divide(wide.sqrt(wide.pi()), w);
            return BigDecimal.ONE.subtract(erf).round(mc);
        }
        Exact wide = plus(10);
        BigDecimal z2 = z.multiply(z, wide.mc);
        if (z2.compareTo(EXP_BOUND) > 0) {
            return NEGLIGIBLE;
        }
        // Lentz's forward evaluation of z + a_1 / (z + a_2 / (z + ...)), a_k = k / 2, to convergence.
        BigDecimal tolerance = BigDecimal.ONE.scaleByPowerOfTen(-wide.mc.getPrecision());
        BigDecimal f = z;
        BigDecimal c = z;
        BigDecimal d = BigDecimal.ZERO;
        for (int k = 1; ; k++) {
            BigDecimal a = BigDecimal.valueOf(k).divide(TWO);
            d = BigDecimal.ONE.divide(z.add(a.multiply(d, wide.mc)), wide.mc);
            c = z.add(a.divide(c, wide.mc));
            BigDecimal delta = c.multiply(d, wide.mc);
            f = f.multiply(delta, wide.mc);
            if (delta.subtract(BigDecimal.ONE).abs().compareTo(tolerance) < 0) {
                break;
            }
        }
        BigDecimal e = wide.exp(z2.negate());
        return e.divide(f.multiply(wide.sqrt(wide.pi()), wide.mc), mc);
    }
}
