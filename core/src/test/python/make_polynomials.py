#!/usr/bin/env python3
"""Polynomial coefficients the kernels hard-code, fitted with mpmath at 50 digits.

Prints Java array initialisers to paste into the kernel named in each heading; each kernel's
comment names this script. Run: python3 core/src/test/python/make_polynomials.py
"""
from mpmath import mp, mpf, tanh, sqrt, chebyfit

mp.dps = 50


def java_array(name, coefficients):
    body = ",\n            ".join(repr(float(c)) for c in coefficients)
    return "    private static final double[] %s = {\n            %s};" % (name, body)


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


if __name__ == "__main__":
    tanhshrink()
