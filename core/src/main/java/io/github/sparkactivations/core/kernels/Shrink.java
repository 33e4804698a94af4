package io.github.sparkactivations.core.kernels;

/** Hard and soft shrinkage: zero out [-lambd, lambd]; soft also moves the rest toward 0 by lambd. */
public final class Shrink {

    private Shrink() {
    }

    /** {@code hardshrink(x, l) = 0 if -l <= x <= l else x}. */
    public static double hard(double x, double lambd) {
        return x >= -lambd && x <= lambd ? 0.0 : x;
    }

    /** {@code 0 if -l <= x <= l else 1}. */
    public static double hardGrad(double x, double lambd) {
        return outside(x, lambd);
    }

    /** {@code softshrink(x, l) = x - l if x > l, x + l if x < -l, else 0}. */
    public static double soft(double x, double lambd) {
        if (x > lambd) {
            return x - lambd;
        }
        if (x < -lambd) {
            return x + lambd;
        }
        return x == x ? 0.0 : x;
    }

    /** {@code 0 if -l <= x <= l else 1}. */
    public static double softGrad(double x, double lambd) {
        return outside(x, lambd);
    }

    private static double outside(double x, double lambd) {
        if (x >= -lambd && x <= lambd) {
            return 0.0;
        }
        return x == x ? 1.0 : x;
    }
}
