package io.github.sparkactivations.core.internal;

/**
 * A function near a simple root r, where its usual formula cancels: {@code f(x) = t * Q(t)},
 * {@code t = x - r} with r in double-double, Q a polynomial fitted to f(x) / t by
 * {@code core/src/test/python/make_polynomials.py} (error below 1e-18 relative). The result is
 * then as accurate relative to f as Q is relative to itself: about 1 ulp, however close x is to r.
 */
public final class NearRoot {

    private final double root;
    private final double rootLo;
    private final double radius;
    private final double[] q;

    /** {@code q} lowest degree first, fitted on {@code |t| <= radius}. */
    public NearRoot(double root, double rootLo, double radius, double[] q) {
        this.root = root;
        this.rootLo = rootLo;
        this.radius = radius;
        this.q = q.clone();
    }

    /** Whether the fit covers x: {@code |x - root| <= radius}. */
    public boolean covers(double x) {
        return Math.abs(x - root) <= radius;
    }

    /** The root r as {@code root() + rootLo()}. */
    public double root() {
        return root;
    }

    public double rootLo() {
        return rootLo;
    }

    public double radius() {
        return radius;
    }

    /** Q's coefficients, lowest degree first (a copy; SimdNearRoot evaluates them lane by lane). */
    public double[] coefficients() {
        return q.clone();
    }

    /**
     * f at the double-double point {@code x + xLo}; {@code x - root} is exact there (Sterbenz). Q by
     * compensated Horner (Graillat et al.): each step's rounding errors, exact by FMA and TwoSum, are
     * carried in a second sum, so Q comes out as good as double-double Horner rounded once; plain
     * Horner reached 2.0 ulps at the patch's edges (measured). The product {@code t * Q} is rounded once.
     */
    public double value(double x, double xLo) {
        double d = x - root;
        double dLo = xLo - rootLo;
        double t = d + dLo;
        double p = q[q.length - 1];
        double c = 0;
        for (int i = q.length - 2; i >= 0; i--) {
            double product = p * t;
            double s = product + q[i];
            c = Math.fma(c, t, Math.fma(p, t, -product) + Sums.twoSumError(product, q[i], s));
            p = s;
        }
        return Math.fma(d, p, Math.fma(d, c, dLo * p));
    }
}
