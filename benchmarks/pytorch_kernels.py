#!/usr/bin/env python3
"""PyTorch's float64 CPU kernels, timed the way bin/activations-kernel-bench times ours: one thread, x uniform in
[-10, 10], ns per value (the median of 15 runs over 1,048,576 values, after warm-up). Forward functions through
torch.nn.functional, derivatives through the aten backward kernels autograd calls; for the two that take the
forward's output y (sigmoid_grad, tanh_grad), also `name.from_x`: the forward and the backward, from x as ours.

Needs PyTorch: on Debian, `apt-get install python3-torch`, then run with /usr/bin/python3:
    /usr/bin/python3 benchmarks/pytorch_kernels.py > benchmarks/results/pytorch-kernels.csv
"""
import statistics
import sys
import time

import torch
import torch.nn.functional as F

N = 1 << 20
REPS = 15

aten = torch.ops.aten


def kernels(x):
    """name -> a function of x, named as our kernels are (KernelNames): name, name.choice, name_grad."""
    ones = torch.ones_like(x)
    sig = torch.sigmoid(x)
    th = torch.tanh(x)
    return {
        "sigmoid": lambda: torch.sigmoid(x),
        "sigmoid_grad": lambda: aten.sigmoid_backward(ones, sig),
        # the backward above takes the forward's output y as given; ours starts from x, as this one does
        "sigmoid_grad.from_x": lambda: aten.sigmoid_backward(ones, torch.sigmoid(x)),
        "log_sigmoid": lambda: F.logsigmoid(x),
        "hard_sigmoid": lambda: F.hardsigmoid(x),
        "relu": lambda: F.relu(x),
        "relu6": lambda: F.relu6(x),
        "leaky_relu": lambda: F.leaky_relu(x, 0.01),
        "elu": lambda: F.elu(x),
        "elu_grad": lambda: aten.elu_backward(ones, 1.0, 1.0, 1.0, False, x),
        "selu": lambda: F.selu(x),
        "celu": lambda: F.celu(x),
        "gelu": lambda: F.gelu(x),
        "gelu.tanh": lambda: F.gelu(x, approximate="tanh"),
        "gelu_grad": lambda: aten.gelu_backward(ones, x),
        "gelu_grad.tanh": lambda: aten.gelu_backward(ones, x, approximate="tanh"),
        "silu": lambda: F.silu(x),
        "silu_grad": lambda: aten.silu_backward(ones, x),
        "mish": lambda: F.mish(x),
        "mish_grad": lambda: aten.mish_backward(ones, x),
        "hardswish": lambda: F.hardswish(x),
        "softplus": lambda: F.softplus(x),
        "softplus_grad": lambda: aten.softplus_backward(ones, x, 1.0, 20.0),
        "softsign": lambda: F.softsign(x),
        "hardtanh": lambda: F.hardtanh(x),
        "hardshrink": lambda: F.hardshrink(x),
        "softshrink": lambda: F.softshrink(x),
        "tanhshrink": lambda: F.tanhshrink(x),
        "tanh": lambda: torch.tanh(x),
        "tanh_grad": lambda: aten.tanh_backward(ones, th),
        "tanh_grad.from_x": lambda: aten.tanh_backward(ones, torch.tanh(x)),
    }


def main():
    torch.set_num_threads(1)
    x = torch.rand(N, dtype=torch.float64, generator=torch.Generator().manual_seed(7)) * 20 - 10
    print(f"# torch {torch.__version__}, 1 thread, float64, {N} values, median of {REPS}")
    print("kernel,ns_per_value")
    for name, f in kernels(x).items():
        for _ in range(3):
            f()
        times = []
        for _ in range(REPS):
            start = time.perf_counter_ns()
            f()
            times.append(time.perf_counter_ns() - start)
        print(f"{name},{statistics.median(times) / N:.2f}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
