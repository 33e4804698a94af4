#!/usr/bin/env python3
"""Reference values for the core kernels, from mpmath at 256 bits (77 digits).

Writes one CSV per function and form to core/src/test/resources/reference/: `x,reference`, where x
is a double written so that it parses back exactly and reference is the exact value to 40
significant digits (or inf, -inf, nan; 0 where it is below 1e-400). The Java tests measure each kernel's error in ulps against
these. Run from anywhere: python3 core/src/test/python/make_reference.py
"""
import os
import sys

from mpmath import mp, mpf, exp, erfc, sqrt, pi, nstr, isinf, isnan

mp.prec = 256
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "reference")
INF = mpf("inf")


def grid():
    """The committed grid: special values, a fine sweep of [-40, 40], decades from subnormals to the
    largest double, and the overflow edges of exp."""
    xs = {0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, -2.2250738585072014e-308,
          1.7976931348623157e308, -1.7976931348623157e308}
    step = 80 / 5000  # 0.016, an inexact binary fraction: points land off round numbers
    xs.update(-40 + i * step for i in range(5001))
    for sign in (1, -1):
        for e in range(-323, 309):
            for m in (1.0, 3.7):
                v = m * 10.0 ** e if e > -308 else m * 10.0 ** (e + 20) * 1e-20
                if 0 < v < 1.7976931348623157e308:
                    xs.add(sign * v)
        for edge in (709.782712893384, 745.1332191019411, 708.3964185322641, 744.4400719213812, 37.5, 38.0):
            for d in (-1e-9, -1e-12, 0.0, 1e-12, 1e-9, -0.5, 0.5):
                xs.add(sign * (edge + d))
    return sorted(xs, key=lambda v: (v, str(v)))


def sigmoid(x):
    return 1 / (1 + exp(-x))


def ncdf(x):
    if abs(x) > 1e4:
        # mpmath's erfc fails this far out; the asymptotic series is exact to 1e-24 relative here.
        tail = npdf(x) / abs(x) * (1 - 1 / x ** 2 + 3 / x ** 4)
        return tail if x < 0 else 1 - tail
    return erfc(-x / sqrt(2)) / 2


def npdf(x):
    return exp(-x * x / 2) / sqrt(2 * pi)


KAPPA = mpf("0.044715")


def gelu_tanh(x):
    # 0.5 x (1 + tanh(u)) = x * sigmoid(2u): the same function, without cancellation at 256 bits.
    u = sqrt(2 / pi) * (x + KAPPA * x ** 3)
    return x * sigmoid(2 * u)


def gelu_tanh_grad(x):
    u = sqrt(2 / pi) * (x + KAPPA * x ** 3)
    du = sqrt(2 / pi) * (1 + 3 * KAPPA * x ** 2)
    return sigmoid(2 * u) + x * sigmoid(2 * u) * sigmoid(-2 * u) * 2 * du


# name -> (function of an mpf, value at -inf, value at +inf)
FUNCTIONS = {
    "sigmoid": (sigmoid, 0, 1),
    "sigmoid_grad": (lambda x: sigmoid(x) * sigmoid(-x), 0, 0),
    "relu": (lambda x: x if x > 0 else mpf(0), 0, INF),
    "relu_grad": (lambda x: mpf(1) if x > 0 else mpf(0), 0, 1),
    "gelu.none": (lambda x: x * ncdf(x), 0, INF),
    "gelu_grad.none": (lambda x: ncdf(x) + x * npdf(x), 0, 1),
    "gelu.tanh": (gelu_tanh, 0, INF),
    "gelu_grad.tanh": (gelu_tanh_grad, 0, 1),
}


def text(v):
    if isnan(v):
        return "nan"
    if isinf(v):
        return "inf" if v > 0 else "-inf"
    if abs(v) < mpf("1e-400"):
        return "-0" if v < 0 else "0"  # far below half the least subnormal: rounds to zero
    return nstr(v, 40, strip_zeros=False, min_fixed=1, max_fixed=0)


def main():
    os.makedirs(OUT, exist_ok=True)
    xs = grid()
    only = set(sys.argv[1:])
    for name, (f, at_neg_inf, at_pos_inf) in FUNCTIONS.items():
        if only and name not in only:
            continue
        with open(os.path.join(OUT, name + ".csv"), "w") as out:
            out.write("x,reference\n")
            for x in xs:
                out.write("%r,%s\n" % (x, text(f(mpf(x)))))
            out.write("-inf,%s\n" % text(mpf(at_neg_inf)))
            out.write("inf,%s\n" % text(mpf(at_pos_inf)))
            out.write("nan,nan\n")
        print(name, len(xs) + 3, "points")


if __name__ == "__main__":
    main()
