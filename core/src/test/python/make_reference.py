#!/usr/bin/env python3
"""Reference values for the core kernels, from mpmath at 256 bits (77 digits).

Writes one CSV per function and form to test-fixtures/src/main/resources/reference/: `x,reference`, where x
is a double written so that it parses back exactly and reference is the exact value to 40
significant digits (or inf, -inf, nan; 0 where it is below 1e-400). The Java tests measure each kernel's error in ulps against
these. Run from anywhere: python3 core/src/test/python/make_reference.py
"""
import os
import sys

from mpmath import mp, mpf, exp, expm1, erfc, log1p, sech, sqrt, tanh, pi, nstr, isinf, isnan

mp.prec = 256
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "test-fixtures", "src", "main",
                   "resources", "reference")
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
SELU_ALPHA = mpf("1.6732632423543772848170429916717")
SELU_SCALE = mpf("1.0507009873554804934193349852946")


def gelu_tanh(x):
    # 0.5 x (1 + tanh(u)) = x * sigmoid(2u): the same function, without cancellation at 256 bits.
    u = sqrt(2 / pi) * (x + KAPPA * x ** 3)
    return x * sigmoid(2 * u)


def gelu_tanh_grad(x):
    u = sqrt(2 / pi) * (x + KAPPA * x ** 3)
    du = sqrt(2 / pi) * (1 + 3 * KAPPA * x ** 2)
    return sigmoid(2 * u) + x * sigmoid(2 * u) * sigmoid(-2 * u) * 2 * du


def tanhshrink(x):
    if abs(x) < 1e-5:  # x - tanh x cancels beyond 256 bits here: its series instead
        return x ** 3 / 3 - 2 * x ** 5 / 15 + 17 * x ** 7 / 315
    return x - tanh(x)


def squareplus(x, b):
    r = sqrt(x * x + b)
    return (x + r) / 2 if x >= 0 else b / (2 * (r - x))


def squareplus_grad(x, b):
    r = sqrt(x * x + b)
    if r == 0:
        return mpf(0.5)
    return (1 + x / r) / 2 if x >= 0 else b / (2 * r * (r - x))


def softplus(x, beta, threshold):
    return x if beta * x > threshold else log1p(exp(beta * x)) / beta


def mish(x):
    return x * tanh(log1p(exp(x)))


def mish_grad(x):
    t = tanh(log1p(exp(x)))
    return t + x * (1 - t * t) * sigmoid(x) if abs(x) < 100 else t + x * sech(log1p(exp(x))) ** 2 * sigmoid(x)


def step(condition):
    return mpf(1) if condition else mpf(0)


# table -> (function of an mpf x, value at -inf, value at +inf). A table is named
# function[.choice][@p1_p2...]: the SQL function, the form, and the parameters (omitted: defaults).
FUNCTIONS = {
    "sigmoid": (sigmoid, 0, 1),
    "sigmoid_grad": (lambda x: sigmoid(x) * sigmoid(-x), 0, 0),
    "log_sigmoid": (lambda x: -log1p(exp(-x)), -INF, 0),
    "log_sigmoid_grad": (lambda x: sigmoid(-x), 1, 0),
    "hard_sigmoid": (lambda x: mpf(0) if x <= -3 else mpf(1) if x >= 3 else (x + 3) / 6, 0, 1),
    "hard_sigmoid_grad": (lambda x: mpf(1) / 6 if -3 < x < 3 else mpf(0), 0, 0),
    "relu": (lambda x: x if x > 0 else mpf(0), 0, INF),
    "relu_grad": (lambda x: step(x > 0), 0, 1),
    "relu6": (lambda x: min(max(x, 0), 6), 0, 6),
    "relu6_grad": (lambda x: step(0 < x < 6), 0, 0),
    "tanh": (tanh, -1, 1),
    "tanh_grad": (lambda x: sech(x) ** 2, 0, 0),
    "tanhshrink": (tanhshrink, -INF, INF),
    "tanhshrink_grad": (lambda x: tanh(x) ** 2, 1, 1),
    "softsign": (lambda x: x / (1 + abs(x)), -1, 1),
    "softsign_grad": (lambda x: 1 / (1 + abs(x)) ** 2, 0, 0),
    "selu": (lambda x: SELU_SCALE * (x if x > 0 else SELU_ALPHA * expm1(x)), -SELU_SCALE * SELU_ALPHA, INF),
    "selu_grad": (lambda x: SELU_SCALE if x > 0 else SELU_SCALE * SELU_ALPHA * exp(x), 0, SELU_SCALE),
    "silu": (lambda x: x * sigmoid(x), 0, INF),
    "silu_grad": (lambda x: sigmoid(x) * (1 + x * sigmoid(-x)), 0, 1),
    "mish": (mish, 0, INF),
    "mish_grad": (mish_grad, 0, 1),
    "hardswish": (lambda x: x * 0 if x <= -3 else x if x >= 3 else x * (x + 3) / 6, 0, INF),
    "hardswish_grad": (lambda x: mpf(0) if x < -3 else mpf(1) if x > 3 else (2 * x + 3) / 6, 0, 1),
    "gelu.none": (lambda x: x * ncdf(x), 0, INF),
    "gelu_grad.none": (lambda x: ncdf(x) + x * npdf(x), 0, 1),
    "gelu.tanh": (gelu_tanh, 0, INF),
    "gelu_grad.tanh": (gelu_tanh_grad, 0, 1),
    "prelu_weight_grad": (lambda x: mpf(0) if x > 0 else x, -INF, 0),
}


def with_parameters(name, params, f, at_neg_inf, at_pos_inf):
    """Adds the table of `name` for these parameters (doubles, as the kernel receives them)."""
    suffix = "" if params is None else "@" + "_".join(repr(p) for p in params)
    FUNCTIONS[name + suffix] = (f, at_neg_inf, at_pos_inf)


for s in (None, 0.2, 0.1):
    a = mpf(0.01 if s is None else s)
    with_parameters("leaky_relu", s and (s,), lambda x, a=a: x if x > 0 else a * x, -INF if a > 0 else INF, INF)
    with_parameters("leaky_relu_grad", s and (s,), lambda x, a=a: mpf(1) if x > 0 else a, a, 1)
for w in (None, -0.5, 0.3):
    a = mpf(0.25 if w is None else w)
    with_parameters("prelu", w and (w,), lambda x, a=a: x if x > 0 else a * x, -INF if a > 0 else INF, INF)
    with_parameters("prelu_grad", w and (w,), lambda x, a=a: mpf(1) if x > 0 else a, a, 1)
for t, v in ((1.0, -1.0), (-2.5, 7.0), (0.3, 3.7)):
    T, V = mpf(t), mpf(v)
    with_parameters("threshold", (t, v), lambda x, T=T, V=V: V if x <= T else x, V, INF)
    with_parameters("threshold_grad", (t, v), lambda x, T=T: step(x > T), 0, 1)
for pair in (None, (0.1, 0.3), (-0.3, 1.5)):
    lo, up = (mpf(1.0 / 8), mpf(1.0 / 3)) if pair is None else map(mpf, pair)
    k = (lo + up) / 2
    with_parameters("rrelu.false", pair, lambda x, k=k: x if x >= 0 else k * x, -INF, INF)
    with_parameters("rrelu_grad.false", pair, lambda x, k=k: mpf(1) if x > 0 else k, k, 1)
for alpha in (None, 0.5, 0.3, 1.5):
    a = mpf(1.0 if alpha is None else alpha)
    with_parameters("elu", alpha and (alpha,), lambda x, a=a: x if x > 0 else a * expm1(x), -a, INF)
    with_parameters("elu_grad", alpha and (alpha,), lambda x, a=a: mpf(1) if x > 0 else a * exp(x), 0, 1)
for alpha in (None, 2.0, 0.25, 0.3, 3.7):
    a = mpf(1.0 if alpha is None else alpha)
    with_parameters("celu", alpha and (alpha,), lambda x, a=a: x if x > 0 else a * expm1(x / a), -a, INF)
    with_parameters("celu_grad", alpha and (alpha,), lambda x, a=a: mpf(1) if x > 0 else exp(x / a), 0, 1)
for beta in (None, 2.0, 0.5, 0.1, 1.5, 3.7):
    b = mpf(1.0 if beta is None else beta)
    with_parameters("swish", beta and (beta,), lambda x, b=b: x * sigmoid(b * x), 0, INF)
    with_parameters("swish_grad", beta and (beta,),
                    lambda x, b=b: sigmoid(b * x) * (1 + b * x * sigmoid(-b * x)), 0, 1)
for pair in (None, (2.0, 10.0), (0.5, 20.0), (0.3, 20.0), (1.5, 3.7)):
    b, t = (mpf(1), mpf(20)) if pair is None else map(mpf, pair)
    with_parameters("softplus", pair, lambda x, b=b, t=t: softplus(x, b, t), 0, INF)
    with_parameters("softplus_grad", pair, lambda x, b=b, t=t: mpf(1) if b * x > t else sigmoid(b * x), 0, 1)
for bb in (None, 0.25, 0.0, 0.1, 3.7):
    b = mpf(4.0 if bb is None else bb)
    with_parameters("squareplus", bb is not None and (bb,) or None, lambda x, b=b: squareplus(x, b), 0, INF)
    with_parameters("squareplus_grad", bb is not None and (bb,) or None, lambda x, b=b: squareplus_grad(x, b), 0, 1)
for pair in (None, (-2.0, 3.0), (-0.3, 1.5)):
    lo, hi = (mpf(-1), mpf(1)) if pair is None else map(mpf, pair)
    with_parameters("hardtanh", pair, lambda x, lo=lo, hi=hi: min(max(x, lo), hi), lo, hi)
    with_parameters("hardtanh_grad", pair, lambda x, lo=lo, hi=hi: step(lo < x < hi), 0, 0)
for label, pw in ((1.0, 1.0), (0.0, 1.0), (1.0, 2.5), (0.0, 2.5), (0.3, 1.5), (0.7, 3.7)):
    y, w = mpf(label), mpf(pw)
    sp = lambda v: log1p(exp(v))
    with_parameters("sigmoid_loss", (label, pw), lambda x, y=y, w=w: w * y * sp(-x) + (1 - y) * sp(x),
                    INF if label > 0 else 0, INF if label < 1 else 0)
    with_parameters("sigmoid_loss_grad", (label, pw),
                    lambda x, y=y, w=w: (1 - y) * sigmoid(x) - w * y * sigmoid(-x), -w * y, 1 - y)
for lam in (None, 2.0, 0.3):
    l = mpf(0.5 if lam is None else lam)
    with_parameters("hardshrink", lam and (lam,), lambda x, l=l: mpf(0) if -l <= x <= l else x, -INF, INF)
    with_parameters("hardshrink_grad", lam and (lam,), lambda x, l=l: step(not (-l <= x <= l)), 1, 1)
    with_parameters("softshrink", lam and (lam,),
                    lambda x, l=l: x - l if x > l else x + l if x < -l else mpf(0), -INF, INF)
    with_parameters("softshrink_grad", lam and (lam,), lambda x, l=l: step(not (-l <= x <= l)), 1, 1)


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
    with open(os.path.join(OUT, "index.txt"), "w") as index:
        index.write("\n".join(FUNCTIONS) + "\n")
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
