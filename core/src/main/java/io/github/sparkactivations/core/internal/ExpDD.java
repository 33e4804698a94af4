package io.github.sparkactivations.core.internal;

/**
 * {@code exp(a)} as a double-double, good to about 2^-100 relative (measured by {@code ExpDDTest}),
 * for the kernels whose result is a small difference of exponential terms or takes one more rounding
 * after the exp (sigmoid_loss, softplus at beta != 1, log_sum_exp where it cancels): there every bit of
 * {@link Math#exp}'s own rounding would show.
 *
 * <p>{@code a = (2048 m + 32 i + j) ln2 / 2048 + r} with |r| &lt;= ln2 / 4096, ln2 / 2048 in three parts of which
 * the first two times the multiple are exact; then {@code exp(a) = 2^m * 2^(i/64) * 2^(j/2048) * exp(r)}: the two
 * powers from tables of double-doubles ({@code make_exp_table.py}), their product in double-double; exp(r) - 1 by
 * its Taylor series to r^7 (the next term is below 2^-115), r^2 and r^3 to their last bit by fma, the terms from r^4
 * on (below 2^-54) in double; the power of two last. Written by hand: no library here has a double-double exp. The
 * series of the former 64-entry form took six double-double Horner steps, one after the other: this form's steps
 * are mostly independent: about three times faster (StateBenchmark's log_sum_exp over logits in [-60, -50), where
 * every row takes one: 82 against 27 ns a row above the cost over positive logits).
 */
public final class ExpDD {

    private static final double STEPS_OVER_LN2 = 2954.639443740597;
    /**
     * ln 2 / 2048 = L1 + L2 + L3 to 2^-130, L1 and L2 with 29 significant bits: k L1 and k L2 are exact
     * for |k| &lt; 2^23, that is |a| &lt; 2800, beyond the range of {@link #times}.
     */
    private static final double L1 = 0x1.62e42ff000000p-12;
    private static final double L2 = -0x1.718432a000000p-46;
    private static final double L3 = -0x1.b0e2633fe0685p-78;
    /** Beyond this |a|, no weight brings w exp(a) into the double range. */
    private static final double RANGE = 1500;

    /** 1/6 as a double-double, and 1/k! for k = 4 .. 7. */
    private static final double C3 = 0.16666666666666666;
    private static final double C3_LO = 9.25185853854297e-18;
    private static final double C4 = 0.041666666666666664;
    private static final double C5 = 0.008333333333333333;
    private static final double C6 = 0.001388888888888889;
    private static final double C7 = 0.0001984126984126984;

    /** 2^(i/64), i = 0 .. 63, as (hi, lo) pairs. */
    private static final double[] TWO_TO_I_OVER_64 = {
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

    /** 2^(j/2048), j = 0 .. 31, as (hi, lo) pairs. */
    private static final double[] TWO_TO_J_OVER_2048 = {
            0x1.0000000000000p+0, 0x0.0p+0,
            0x1.00162f3904052p+0, -0x1.7b5d0d58ea8f4p-58,
            0x1.002c605e2e8cfp+0, -0x1.d7c96f201bb2fp-55,
            0x1.0042936faa3d8p+0, -0x1.0484245243777p-55,
            0x1.0058c86da1c0ap+0, -0x1.5e00e62d6b30dp-56,
            0x1.006eff583fc3dp+0, -0x1.4acf197a00142p-54,
            0x1.0085382faef83p+0, 0x1.da93f90835f75p-56,
            0x1.009b72f41a12bp+0, 0x1.86364f8fbe8f8p-54,
            0x1.00b1afa5abcbfp+0, -0x1.4f6b2a7609f71p-55,
            0x1.00c7ee448ee02p+0, 0x1.4362ca5bc26f1p-56,
            0x1.00de2ed0ee0f5p+0, -0x1.406ac4e81a645p-57,
            0x1.00f4714af41d3p+0, -0x1.91b2060859321p-54,
            0x1.010ab5b2cbd11p+0, 0x1.c1d0660524e08p-54,
            0x1.0120fc089ff63p+0, 0x1.843aa8b9cbbc6p-55,
            0x1.0137444c9b5b5p+0, -0x1.2b6aeb6176892p-56,
            0x1.014d8e7ee8d2fp+0, 0x1.2edc08e5da99ap-56,
            0x1.0163da9fb3335p+0, 0x1.b61299ab8cdb7p-54,
            0x1.017a28af25567p+0, 0x1.70fc41c5c2d53p-55,
            0x1.019078ad6a19fp+0, -0x1.008eff5142bf9p-56,
            0x1.01a6ca9aac5f3p+0, -0x1.09bb78eeead0ap-54,
            0x1.01bd1e77170b4p+0, 0x1.5e7626621eb5bp-56,
            0x1.01d37442d5070p+0, -0x1.ce39cbbab8bbep-57,
            0x1.01e9cbfe113efp+0, -0x1.c11f5239bf535p-55,
            0x1.020025a8f6a35p+0, -0x1.afb99946ee3f0p-54,
            0x1.02168143b0281p+0, -0x1.2bf310fc54eb6p-55,
            0x1.022cdece68c4fp+0, -0x1.491793e46834dp-54,
            0x1.02433e494b755p+0, -0x1.314aa16278aa3p-54,
            0x1.02599fb483385p+0, 0x1.56dc8046821f4p-55,
            0x1.027003103b10ep+0, -0x1.082ef51b61d7ep-56,
            0x1.0286685c9e059p+0, -0x1.fd4cf26ea5d0fp-54,
            0x1.029ccf99d720ap+0, 0x1.64cbba902ca27p-58,
            0x1.02b338c811703p+0, 0x1.4a47a505b3a47p-54,
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

    /**
     * {@code 2^shift exp(a + aLo)}, |a| &lt;= 1500. Its parts are methods of their own, each small enough for C2 to
     * inline where the caller is hot, so that no DoubleDouble is allocated (as one method, too large to inline, it
     * returned a new one each call: 32 B, measured).
     */
    private static DoubleDouble scaled(double a, double aLo, int shift) {
        double k = Math.rint(a * STEPS_OVER_LN2);
        double t = a - k * L1;
        double u = -k * L2;
        double r0 = t + u;
        double r = r0 + aLo;
        double rLo = Sums.twoSumError(t, u, r0) + Sums.twoSumError(r0, aLo, r) - k * L3;
        int n = (int) k;
        DoubleDouble s = expm1(r, rLo);
        DoubleDouble p = twoToTheFraction(n);
        // p (1 + s) = p + p s; p >= 1 > |p s|
        double q = p.hi() * s.hi();
        double qLo = Math.fma(p.hi(), s.hi(), -q) + (p.hi() * s.lo() + p.lo() * s.hi());
        double h = p.hi() + q;
        double l = (q - (h - p.hi())) + (p.lo() + qLo);
        double hi = h + l;
        double lo = l - (hi - h);
        return timesTwoTo(hi, lo, (n >> 11) + shift);
    }

    /**
     * {@code exp(r + rLo) - 1 = r + r^2/2 + r^3/6 + r^4 (1/24 + r/120 + r^2/720 + r^3/5040) + rLo exp(r)},
     * |r| &lt;= ln2 / 4096, where rLo (k L3 mostly) reaches 1e-17: its factor exp(r) is 1 + s to 2^-100.
     */
    private static DoubleDouble expm1(double r, double rLo) {
        double r2 = r * r;
        double r2Lo = Math.fma(r, r, -r2);
        double r3 = r2 * r;
        double r3Lo = Math.fma(r2, r, -r3) + r2Lo * r;
        double cube = r3 * C3;
        double cubeLo = Math.fma(r3, C3, -cube) + (r3Lo * C3 + r3 * C3_LO);
        double tail = (r2 * r2) * (C4 + r * (C5 + r * (C6 + r * C7)));
        double square = 0.5 * r2;
        double s1 = r + square; // |r| >= r^2 / 2, and |s1| >= r^3 / 6 below: Fast2Sum
        double s = s1 + cube;
        return new DoubleDouble(s, (square - (s1 - r)) + (cube - (s - s1))
                + (0.5 * r2Lo + cubeLo + tail + rLo * (1 + s)));
    }

    /** {@code 2^((n mod 2048) / 2048) = 2^(i/64) 2^(j/2048)}, {@code n mod 2048 = 32 i + j}: the tables' product. */
    private static DoubleDouble twoToTheFraction(int n) {
        int i = 2 * ((n >> 5) & 63);
        int j = 2 * (n & 31);
        double c = TWO_TO_I_OVER_64[i];
        double f = TWO_TO_J_OVER_2048[j];
        double p = c * f;
        return new DoubleDouble(p, Math.fma(c, f, -p) + (c * TWO_TO_J_OVER_2048[j + 1] + TWO_TO_I_OVER_64[i + 1] * f));
    }

    /** {@code (hi, lo) 2^m}: one product each where 2^m is a normal double, else {@link Math#scalb}. */
    private static DoubleDouble timesTwoTo(double hi, double lo, int m) {
        double scaledHi;
        double scaledLo;
        if (m >= Double.MIN_EXPONENT && m <= Double.MAX_EXPONENT) {
            double scale = Double.longBitsToDouble((long) (m + 1023) << 52);
            scaledHi = hi * scale;
            scaledLo = lo * scale;
        } else {
            scaledHi = Math.scalb(hi, m);
            scaledLo = Math.scalb(lo, m);
        }
        return new DoubleDouble(scaledHi, scaledLo);
    }
}
