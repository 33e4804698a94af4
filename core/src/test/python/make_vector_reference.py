#!/usr/bin/env python3
"""Reference values for the vector kernels (softmax, log-softmax, log-sum-exp, cross-entropy and its
gradient), from mpmath at 256 bits. Writes test-fixtures/src/main/resources/reference/vectors.txt, one case a
line, fields separated by '|', lists by spaces:

  name | logits | temperature | label | smoothing | targets | log_sum_exp | softmax | log_softmax |
  loss(label, smoothing) | loss(targets) | grad(label)

and periodic.txt: for logits x_i = 0.5 * (i mod 7), i < n, the log-sum-exp and each class's
probability, for groups too large to list. Run: python3 core/src/test/python/make_vector_reference.py
"""
import os
import random

from mpmath import mp, mpf, exp, log, nstr, isinf

mp.prec = 256
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "test-fixtures", "src", "main",
                   "resources", "reference")
INF = float("inf")


def text(v):
    if isinf(v):
        return "inf" if v > 0 else "-inf"
    if v != 0 and abs(v) < mpf("1e-400"):
        return "0"
    return nstr(v, 40, strip_zeros=False, min_fixed=1, max_fixed=0)


def case(name, logits, temperature=1.0, label=0, smoothing=0.0, targets=None):
    y = [mpf(x) / mpf(temperature) for x in logits]
    finite = [v for v in y if not isinf(v)]
    m = max(finite)
    total = sum(exp(v - m) for v in finite)
    lse = m + log(total)
    p = [exp(v - lse) if not isinf(v) else mpf(0) for v in y]
    lp = [v - lse for v in y]
    x = [mpf(v) for v in logits]
    xm = max(v for v in x if not isinf(v))
    lse1 = xm + log(sum(exp(v - xm) for v in x if not isinf(v)))
    nll = [lse1 - v for v in x]
    loss = nll[label] if smoothing == 0 else (1 - mpf(smoothing)) * nll[label] + mpf(smoothing) * sum(nll) / len(x)
    targets = targets or [0.0] * len(x)
    soft = sum(mpf(t) * n for t, n in zip(targets, nll) if t != 0)
    p1 = [exp(v - lse1) if not isinf(v) else mpf(0) for v in x]
    grad = [pi - (1 if i == label else 0) for i, pi in enumerate(p1)]
    fields = [name, " ".join(repr(v) for v in logits), repr(temperature), str(label), repr(smoothing),
              " ".join(repr(t) for t in targets), text(lse), " ".join(text(v) for v in p),
              " ".join(text(v) for v in lp), text(loss), text(soft), " ".join(text(v) for v in grad)]
    return "|".join(fields)


def main():
    rng = random.Random(20261123)
    gauss = [round(rng.gauss(0, 5), 6) for _ in range(50)]
    weights = [rng.random() for _ in range(50)]
    targets = [w / sum(weights) for w in weights]
    cases = [
        case("small", [1.0, 2.0, 3.0], label=2, smoothing=0.1),
        case("huge", [1e4, -1e4, 9999.5, 9999.999999], label=0),
        case("mixed_700", [700.0, -700.0, 699.3, -699.9, 0.5], label=1),
        case("all_equal", [3.5] * 8, label=5),
        case("single", [42.0]),
        case("minus_inf", [-INF, 1.0, 2.0, -INF], label=2, targets=[0.0, 0.25, 0.75, 0.0]),
        case("temperature", [0.3, -1.2, 2.5, 0.0001], temperature=0.37, label=3),
        case("softmin", [0.3, -1.2, 2.5, 0.0001], temperature=-1.0, label=1),
        case("gaussian", gauss, label=7, smoothing=0.2, targets=targets),
        case("confident", [30.0, -5.0, -8.0], label=0),
        case("hot_temperature", [1e4, 1e4 - 3, -2.5], temperature=1000.0, label=1),
    ]
    with open(os.path.join(OUT, "vectors.txt"), "w") as out:
        out.write("\n".join(cases) + "\n")
    with open(os.path.join(OUT, "periodic.txt"), "w") as out:
        for n in (1000000, 10000000):
            counts = [len(range(k, n, 7)) for k in range(7)]
            total = sum(c * exp(mpf(k) / 2) for k, c in enumerate(counts))
            lse = log(total)
            probs = [exp(mpf(k) / 2) / total for k in range(7)]
            out.write("%d|%s|%s\n" % (n, text(lse), " ".join(text(p) for p in probs)))


if __name__ == "__main__":
    main()
