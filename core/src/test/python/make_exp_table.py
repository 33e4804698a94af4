#!/usr/bin/env python3
"""The table ExpDD hard-codes: 2^(j/64), j = 0 .. 63, as double-double pairs (hi, lo), from mpmath at 50 digits.

Prints the Java array initialiser to paste into ExpDD. Run: python3 core/src/test/python/make_exp_table.py
"""
from mpmath import mp, mpf

mp.dps = 50

rows = []
for j in range(64):
    v = mpf(2) ** (mpf(j) / 64)
    hi = float(v)
    lo = float(v - mpf(hi))
    rows.append("%s, %s," % (float.hex(hi), float.hex(lo)))
print("    private static final double[] TWO_TO_J_OVER_64 = {\n            " + "\n            ".join(rows) + "\n    };")
