#!/usr/bin/env python3
"""Polynomial coefficients the kernels hard-code, fitted with mpmath at 50 digits.

Prints Java array initialisers to paste into the kernel named in each heading; each kernel's
comment names this script. Run: python3 core/src/test/python/make_polynomials.py
"""
from mpmath import mp, mpf, tanh, sqrt, chebyfit, exp, erfc, pi, log1p, findroot

mp.dps = 50


def java_array(name, coefficients):
    body = ",\n            ".join(repr(float(c)) for c in coefficients)
    return "    private static final double[] %s = {\n            %s};" % (name, body)


def with_low_part(coefficients):
    """The constant term split in double-double: [c0 hi, c0 lo, c1, c2, ...]."""
    c0 = coefficients[0]
    return [float(c0), float(c0 - mpf(float(c0)))] + coefficients[1:]


def tanhshrink():
    """(x - tanh x) / x^3 as a polynomial in u = x^2 on [0, 1], lowest degree first."""
    def g(u):
        if u == 0:
            return mpf(1) / 3
        s = sqrt(u)
        return (s - tanh(s)) / (u * s)
    p, err = chebyfit(g, [0, 1], 18, error=True)
    print("// TanhShrink: max abs error of the fit %s (values 0.238 to 0.333)" % mp.nstr(err, 3))
    print(java_array("SMALL", list(reversed(p))))


def sigmoid(x):
    return 1 / (1 + exp(-x))


KAPPA = mpf("0.044715")
DERIVATIVES = {
    # name: (derivative, a point near its root, patch radius)
    "Swish (silu')": (lambda x: sigmoid(x) * (1 + x * sigmoid(-x)), -1.28, 0.3),
    "Mish (mish')": (lambda x: (lambda t: t + x * (1 - t * t) * sigmoid(x))(tanh(log1p(exp(x)))), -1.19, 0.7),
    "Gelu (exact gelu')": (lambda x: erfc(-x / sqrt(2)) / 2 + x * exp(-x * x / 2) / sqrt(2 * pi), -0.75, 0.76),
    "Gelu (tanh gelu')": (lambda x: (lambda v, dv: sigmoid(v) + x * sigmoid(v) * sigmoid(-v) * dv)(
        2 * sqrt(2 / pi) * (x + KAPPA * x ** 3), 2 * sqrt(2 / pi) * (1 + 3 * KAPPA * x * x)), -0.75, 0.4),
}


def root_patch(name, f, guess, radius):
    """f(x) = t * Q(t) near the root r = hi + lo of f, t = x - r: Q fitted on |t| <= radius."""
    r = findroot(f, mpf(guess))
    hi = float(r)
    lo = float(r - mpf(hi))
    def q(t):
        if abs(t) < mpf(10) ** -30:
            return mp.diff(f, r)
        return f(r + t) / t
    qmin = min(abs(q(mpf(t) / 10 * radius)) for t in range(-10, 11))
    for degree in range(6, 30):  # the least degree whose fit is good to 1e-18
        p, err = chebyfit(q, [-radius, radius], degree + 1, error=True)
        if err / qmin < 1e-18:
            break
    print("// %s: root %s, patch |x - root| <= %s, fit error %s relative" % (
        name, mp.nstr(r, 20), radius, mp.nstr(err / qmin, 3)))
    print("    private static final double ROOT = %r;\n    private static final double ROOT_LO = %r;" % (hi, lo))
    print(java_array("NEAR_ROOT", list(reversed(p))))


def erfcx_near_zero():
    """erfcx(z) = exp(z^2) * erfc(z) on [0, 0.5], as a polynomial in t = 4z - 1 in [-1, 1]."""
    f = lambda t: exp(((t + 1) / 4) ** 2) * erfc((t + 1) / 4)
    for degree in range(6, 30):
        p, err = chebyfit(f, [-1, 1], degree + 1, error=True)
        if err / f(mpf(1)) < 1e-18:
            break
    print("    // ZErfcx: erfcx(z) for z in [0, 0.5] in t = 4z - 1: degree %d, error %s relative"
          % (degree, mp.nstr(err / f(mpf(1)), 3)))
    print(java_array("NEAR_ZERO", with_low_part(list(reversed(p)))))


def z_erfcx():
    """T(z) = z * exp(z^2) * erfc(z) for z >= 0.5: polynomials in t in [-1, 1] on [0.5, 1], [1, 2],
    [2, 3], [3, 4] (z = mid + t * half), and in w = 1 / z^2 on [0, 1/16] for z >= 4."""
    def t_of_z(z):
        return z * exp(z * z) * erfc(z)
    print("// ZErfcx: z * erfcx(z), least degree with fit error below 1e-18 relative")
    for a, b in ((0.5, 1), (1, 2), (2, 3), (3, 4)):
        mid, half = mpf(a + b) / 2, mpf(b - a) / 2
        f = lambda t: t_of_z(mid + t * half)
        for degree in range(6, 30):
            p, err = chebyfit(f, [-1, 1], degree + 1, error=True)
            if err / t_of_z(mpf(a)) < 1e-18:
                break
        print("    // z in [%s, %s]: degree %d, error %s relative" % (a, b, degree, mp.nstr(err / t_of_z(mpf(a)), 3)))
        print(java_array("Z_%s_%s" % (str(a).replace(".", "_"), b), with_low_part(list(reversed(p)))))
    g = lambda w: t_of_z(1 / sqrt(w)) if w > 0 else 1 / sqrt(pi)
    for degree in range(6, 30):
        p, err = chebyfit(g, [mpf(0), mpf(1) / 16], degree + 1, error=True)
        if err / g(mpf(1) / 16) < 1e-18:
            break
    print("    // z >= 4, in w = 1 / z^2: degree %d, error %s relative" % (degree, mp.nstr(err / g(mpf(1) / 16), 3)))
    print(java_array("W", with_low_part(list(reversed(p)))))


def erfcx_one_piece():
    """(1 + 2z / sqrt(pi)) erfcx(z) for 0 <= z <= 37 / sqrt(2) as one polynomial in t = (z - 3.5) / (z + 3.5), in
    [-1, 0.764] (after Schonfelder's expansion of erfcx in (z - K) / (z + K)): the SIMD kernels' erfcx, which
    needs no segments. The factor's slope cancels erfcx's at 0, so g is flat where t's rounding is largest."""
    k = mpf("3.5")
    z_max = 37 / sqrt(2)
    t_max = (z_max - k) / (z_max + k)
    def g(t):
        z = k * (1 + t) / (1 - t)
        return (1 + 2 * z / sqrt(pi)) * exp(z * z) * erfc(z)
    for degree in range(6, 40):
        p, err = chebyfit(g, [-1, t_max], degree + 1, error=True)
        if err < 1e-18:
            break
    print("    // SimdErfcx: (1 + 2z / sqrt(pi)) erfcx(z) in t = (z - 3.5) / (z + 3.5) on [-1, %s]: degree %d, error %s"
          " (values 0.66 to 1)" % (mp.nstr(t_max, 6), degree, mp.nstr(err, 3)))
    print(java_array("G", with_low_part(list(reversed(p)))))


if __name__ == "__main__":
    tanhshrink()
    z_erfcx()
    erfcx_near_zero()
    erfcx_one_piece()
    for name, (f, guess, radius) in DERIVATIVES.items():
        root_patch(name, f, guess, radius)
