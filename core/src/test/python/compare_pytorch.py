#!/usr/bin/python3
"""PyTorch's float64 CPU results on the same reference tables, for the README's accuracy table.

Needs PyTorch (Debian: apt-get install python3-torch, then run with /usr/bin/python3). Writes
pytorch_accuracy.csv beside this script: per table, the max error in ulps over finite inputs and
where, and the special inputs (+-inf, NaN) whose result differs from the limit. Derivatives come
from autograd. Functions PyTorch lacks (swish, squareplus) are left out.
"""
import csv
import math
import os
from fractions import Fraction

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = os.path.join(HERE, "..", "..", "..", "..", "test-fixtures", "src", "main", "resources", "reference")


def forward(table):
    """The PyTorch function of a reference table, or None."""
    name, _, params = table.partition("@")
    p = [float(v) for v in params.split("_")] if params else []
    name, _, form = name.partition(".")
    base = name[:-5] if name.endswith("_grad") else name
    functions = {
        "sigmoid": torch.sigmoid, "log_sigmoid": F.logsigmoid, "hard_sigmoid": F.hardsigmoid,
        "relu": F.relu, "relu6": F.relu6, "tanh": torch.tanh, "tanhshrink": F.tanhshrink,
        "softsign": F.softsign, "selu": F.selu, "silu": F.silu, "mish": F.mish, "hardswish": F.hardswish,
        "leaky_relu": lambda x: F.leaky_relu(x, *(p or [0.01])),
        "prelu": lambda x: F.prelu(x, torch.tensor([p[0] if p else 0.25], dtype=torch.float64)),
        "threshold": lambda x: F.threshold(x, p[0], p[1]),
        "rrelu": lambda x: F.rrelu(x, *(p or [1 / 8, 1 / 3]), training=False),
        "elu": lambda x: F.elu(x, *(p or [1.0])),
        "celu": lambda x: F.celu(x, *(p or [1.0])),
        "gelu": lambda x: F.gelu(x, approximate=form),
        "softplus": lambda x: F.softplus(x, *(p or [1.0, 20.0])),
        "hardtanh": lambda x: F.hardtanh(x, *(p or [-1.0, 1.0])),
        "hardshrink": lambda x: F.hardshrink(x, *(p or [0.5])),
        "softshrink": lambda x: F.softshrink(x, *(p or [0.5])),
        "sigmoid_loss": lambda x: F.binary_cross_entropy_with_logits(
            x, torch.full_like(x, p[0]), reduction="none", pos_weight=torch.tensor([p[1]], dtype=torch.float64)),
    }
    f = functions.get(base)
    if f is None:
        return None
    if base == name:
        return lambda xs: f(torch.tensor(xs, dtype=torch.float64)).tolist()

    def grad(xs):
        x = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
        f(x).sum().backward()
        return x.grad.tolist()
    return grad


def ulp_error(got, exact):
    if exact == "nan":
        return 0.0 if math.isnan(got) else math.inf
    if exact in ("inf", "-inf"):
        return 0.0 if got == float(exact) else math.inf
    if math.isnan(got) or math.isinf(got):
        return 0.0 if math.isinf(got) and math.isinf(float(exact)) and got == float(exact) else math.inf
    want = Fraction(exact)
    rounded = float(want)
    if math.isinf(rounded):
        return 0.0 if got == rounded else math.inf
    return float(abs(Fraction(got) - want) / Fraction(math.ulp(rounded)))


def main():
    tables = open(os.path.join(REFERENCE, "index.txt")).read().split()
    with open(os.path.join(HERE, "pytorch_accuracy.csv"), "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["table", "max_ulp", "worst_x", "special_values_differing"])
        for table in tables:
            f = forward(table)
            if f is None:
                continue
            rows = list(csv.reader(open(os.path.join(REFERENCE, table + ".csv"))))[1:]
            got = f([float(r[0]) for r in rows])
            finite = [(ulp_error(g, r[1]), r[0]) for g, r in zip(got, rows) if math.isfinite(float(r[0]))]
            error, x = max(finite)
            special = ["%s -> %s" % (r[0], g) for g, r in zip(got, rows)
                       if not math.isfinite(float(r[0])) and ulp_error(g, r[1]) > 0]
            w.writerow([table, "%.3f" % error if error < 1e6 else "%.2g" % error, x, "; ".join(special)])
            print(table, error, x, special)


if __name__ == "__main__":
    main()
