#!/usr/bin/env python3
"""The tables ExpDD hard-codes: 2^(i/64), i = 0 .. 63, and 2^(j/2048), j = 0 .. 31, as double-double pairs (hi, lo),
from mpmath at 50 digits.

Prints the Java array initialisers to paste into ExpDD. Run: python3 core/src/test/python/make_exp_table.py
"""
from mpmath import mp, mpf

mp.dps = 50


def table(name, count, steps):
    rows = []
    for j in range(count):
        v = mpf(2) ** (mpf(j) / steps)
        hi = float(v)
        lo = float(v - mpf(hi))
        rows.append("%s, %s," % (float.hex(hi), float.hex(lo)))
    print("    private static final double[] %s = {\n            " % name + "\n            ".join(rows) + "\n    };")


table("TWO_TO_I_OVER_64", 64, 64)
table("TWO_TO_J_OVER_2048", 32, 2048)
