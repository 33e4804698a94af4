package io.github.sparkactivations.core.kernels;

/**
 * A function near a simple root r, where its usual formula cancels: {@code f(x) = t * Q(t)},
 * {@code t = x - r} with r in double-double, Q a polynomial fitted to f(x) / t by
 * {@code core/src/test/python/make_polynomials.py} (error below 1e-18 relative). The result is
 * then as accurate relative to f as Q is relative to itself: about 1 ulp, however close x is to r.
 */
final class NearRoot {

    private final double root;
    private final double rootLo;
    private final double radius;
    private final double[] q;

    /** {@code q} lowest degree first, fitted on {@code |t| <= radius}. */
    NearRoot(double root, double rootLo, double radius, double[] q) {
        this.root = root;
        this.rootLo = rootLo;
        this.radius = radius;
        this.q = q.clone();
    }

    boolean covers(double x) {
        return Math.abs(x - root) <= radius;
    }

    /** f at the double-double point {@code x + xLo}; {@code x - root} is exact there (Sterbenz). */
    double value(double x, double xLo) {
        double d = x - root;
        double dLo = xLo - rootLo;
        double t = d + dLo;
        double p = q[q.length - 1];
        for (int i = q.length - 2; i >= 0; i--) {
            p = Math.fma(p, t, q[i]);
        }
        return Math.fma(d, p, dLo * p);
    }
}
