package io.github.sparkactivations.core.internal;

/**
 * {@code exp(a)} as a double-double, good to about 2^-100 relative (measured by {@code ExpDDTest}),
 * for the kernels whose result is a small difference of exponential terms or takes one more rounding
 * after the exp (sigmoid_loss, softplus at beta != 1, log_sum_exp where it cancels): there every bit of
 * {@link Math#exp}'s own rounding would show; several times Math.exp's cost (the streaming log_sum_exp state over
 * negative logits, which takes one a row, costs 5 times its cost over positive ones).
 *
 * <p>{@code a = (64 m + j) ln2 / 64 + r} with |r| &lt;= ln2 / 128, ln2 / 64 in three parts of which the
 * first two times the multiple are exact; then {@code exp(a) = 2^m * 2^(j/64) * exp(r)}: 2^(j/64) from
 * a table of double-doubles ({@code make_exp_table.py}), exp(r) by its Taylor series to degree 10
 * (the next term is below 2^-108), the terms from r^6 on in double, the rest by a double-double Horner;
 * the power of two last, by one scalb of each part.
 */
public final class ExpDD {

    private static final double SIXTY_FOUR_OVER_LN2 = 92.33248261689366;
    /**
     * ln 2 / 64 = L1 + L2 + L3 to 2^-125, L1 and L2 with 32 significant bits: k L1 and k L2 are exact
     * for |k| &lt; 2^21, that is |a| &lt; 1500, the range of {@link #times}.
     */
    private static final double L1 = 0x1.62e42fee00000p-7;
    private static final double L2 = 0x1.a39ef35600000p-39;
    private static final double L3 = 0x1.93c7673007e5fp-71;
    /** Beyond this |a|, no weight brings w exp(a) into the double range. */
    private static final double RANGE = 1500;

    /** 1/k! as double-double pairs (hi, lo), k = 0 .. 5: the terms that need more than a double. */
    private static final double[] INVERSE_FACTORIALS = {
            1.0, 0.0,
            1.0, 0.0,
            0.5, 0.0,
            0.16666666666666666, 9.25185853854297e-18,
            0.041666666666666664, 2.3129646346357427e-18,
            0.008333333333333333, 1.1564823173178714e-19,
    };
    /** 1/k!, k = 6 .. 10. */
    private static final double C6 = 0.001388888888888889;
    private static final double C7 = 0.0001984126984126984;
    private static final double C8 = 2.48015873015873e-05;
    private static final double C9 = 2.7557319223985893e-06;
    private static final double C10 = 2.755731922398589e-07;

    private static final double[] TWO_TO_J_OVER_64 = {
            0x1.0000000000000p+0, 0x0.0p+0,
            0x1.02c9a3e778061p+0, -0x1.19083535b085dp-56,
            0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55,
            0x1.0874518759bc8p+0, 0x1.186be4bb284ffp-57,
            0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54,
            0x1.0e3ec32d3d1a2p+0, 0x1.03a1727c57b53p-59,
            0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54,
            0x1.1429aaea92de0p+0, -0x1.32fbf9af1369ep-54,
            0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55,
            0x1.1a35beb6fcb75p+0, 0x1.e5b4c7b4968e4p-55,
            0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54,
            0x1.2063b88628cd6p+0, 0x1.dc775814a8495p-55,
            0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54,
            0x1.26b4565e27cddp+0, 0x1.2bd339940e9d9p-55,
            0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55,
            0x1.2d285a6e4030bp+0, 0x1.0024754db41d5p-54,
            0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55,
            0x1.33c08b26416ffp+0, 0x1.32721843659a6p-54,
            0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54,
            0x1.3a7db34e59ff7p+0, -0x1.5e436d661f5e3p-56,
            0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55,
            0x1.4160a21f72e2ap+0, -0x1.ef3691c309278p-58,
            0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59,
            0x1.486a2b5c13cd0p+0, 0x1.3c1a3b69062f0p-56,
            0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56,
            0x1.4f9b2769d2ca7p+0, -0x1.4b309d25957e3p-54,
            0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55,
            0x1.56f4736b527dap+0, 0x1.9bb2c011d93adp-54,
            0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54,
            0x1.5e76f15ad2148p+0, 0x1.ba6f93080e65ep-54,
            0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54,
            0x1.6623882552225p+0, -0x1.bb60987591c34p-54,
            0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54,
            0x1.6dfb23c651a2fp+0, -0x1.bbe3a683c88abp-57,
            0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55,
            0x1.75feb564267c9p+0, -0x1.0245957316dd3p-54,
            0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55,
            0x1.7e2f336cf4e62p+0, 0x1.05d02ba15797ep-56,
            0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54,
            0x1.868d99b4492edp+0, -0x1.fc6f89bd4f6bap-54,
            0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54,
            0x1.8f1ae99157736p+0, 0x1.5cc13a2e3976cp-55,
            0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57,
            0x1.97d829fde4e50p+0, -0x1.d185b7c1b85d1p-54,
            0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56,
            0x1.a0c667b5de565p+0, -0x1.359495d1cd533p-54,
            0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54,
            0x1.a9e6b5579fdbfp+0, 0x1.0fac90ef7fd31p-54,
            0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54,
            0x1.b33a2b84f15fbp+0, -0x1.2805e3084d708p-57,
            0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56,
            0x1.bcc1e904bc1d2p+0, 0x1.23dd07a2d9e84p-55,
            0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55,
            0x1.c67f12e57d14bp+0, 0x1.2884dff483cadp-54,
            0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56,
            0x1.d072d4a07897cp+0, -0x1.cbc3743797a9cp-54,
            0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55,
            0x1.da9e603db3285p+0, 0x1.c2300696db532p-54,
            0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54,
            0x1.e502ee78b3ff6p+0, 0x1.39e8980a9cc8fp-55,
            0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54,
            0x1.efa1bee615a27p+0, 0x1.dc7f486a4b6b0p-54,
            0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54,
            0x1.fa7c1819e90d8p+0, 0x1.74853f3a5931ep-55,
    };

    private ExpDD() {
    }

    /**
     * {@code w * exp(a)} as a double-double for w &gt; 0, at any a: w's binary exponent k joins the final
     * scaling, {@code w exp(a) = (w / 2^k) (2^k exp(a))}, so a huge weight times a subnormal exp, or a
     * tiny one times a huge exp, keeps its precision wherever the product is a normal double.
     */
    public static DoubleDouble times(double w, double a) {
        int shift = w < Double.MIN_NORMAL ? 64 : 0;
        int k = Math.getExponent(w * Math.scalb(1.0, shift)) - shift;
        double m = Math.scalb(w, -k);
        if (!(Math.abs(a) <= RANGE)) {
            return new DoubleDouble(a > 0 ? Double.POSITIVE_INFINITY : a == a ? 0.0 : a, 0.0);
        }
        DoubleDouble e = scaled(a, 0, k);
        double p = m * e.hi();
        return new DoubleDouble(p, Math.fma(m, e.hi(), -p) + m * e.lo());
    }

    /** {@code exp(a)} for a in [-708, 709.78]; below -600 the low part underflows, to 2^-1074 absolute. */
    public static DoubleDouble of(double a) {
        return scaled(a, 0, 0);
    }

    /**
     * {@code exp(a + aLo)}, |aLo| &lt;= ulp(a), such as a rounded difference and its error: aLo joins the
     * reduced argument, where its square is negligible (as a factor {@code 1 + aLo} it is not: 2^-89 at
     * a = -563, measured).
     */
    public static DoubleDouble of(double a, double aLo) {
        return scaled(a, aLo, 0);
    }

    /** {@code 2^shift exp(a + aLo)}, |a| &lt;= 1500. */
    private static DoubleDouble scaled(double a, double aLo, int shift) {
        double k = Math.rint(a * SIXTY_FOUR_OVER_LN2);
        double t = a - k * L1;
        double u = -k * L2;
        double r0 = t + u;
        double r = r0 + aLo;
        double rLo = Sums.twoSumError(t, u, r0) + Sums.twoSumError(r0, aLo, r) - k * L3;

        double hi = C6 + r * (C7 + r * (C8 + r * (C9 + r * C10)));
        double lo = 0;
        for (int i = 10; i >= 0; i -= 2) {
            // (hi, lo) = (hi, lo) * r + 1/k!, k = i / 2, in double-double
            double p = hi * r;
            double pLo = Math.fma(hi, r, -p) + lo * r;
            double c = INVERSE_FACTORIALS[i];
            double s = p + c;
            double sLo = Sums.twoSumError(p, c, s) + pLo + INVERSE_FACTORIALS[i + 1];
            hi = s + sLo;
            lo = sLo - (hi - s);
        }
        // exp(r + rLo) = exp(r) (1 + rLo) to 2^-120
        lo += hi * rLo;

        int n = (int) k;
        int j = 2 * (n & 63);
        double tHi = TWO_TO_J_OVER_64[j];
        double tLo = TWO_TO_J_OVER_64[j + 1];
        double h = tHi * hi;
        double l = Math.fma(tHi, hi, -h) + (tHi * lo + tLo * hi);
        double resultHi = h + l;
        double resultLo = l - (resultHi - h);
        int m = (n >> 6) + shift;
        return new DoubleDouble(Math.scalb(resultHi, m), Math.scalb(resultLo, m));
    }
}
