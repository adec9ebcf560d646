#!/usr/bin/python3
"""Reference values for Candor's op tests, computed with PyTorch.

Run: /usr/bin/python3 scripts/make_torch_fixtures.py   (needs Debian's python3-torch)
Writes test/fixtures/torch-ops.json. Tests read the JSON and never need Python.

Layout conventions: Candor is channels-last like Keras. Inputs are stored in
Candor's layout (x: N,H,W,C; conv kernel: KH,KW,Cin,Cout) and permuted to
PyTorch's (N,C,H,W; Cout,Cin,KH,KW) here. 'same' padding follows TensorFlow:
out = ceil(in/stride), total padding split with the extra at the end, applied
with F.pad because PyTorch's own padding is symmetric.
"""
import json
import math
import os

import torch
import torch.nn.functional as F

torch.manual_seed(20261123)
torch.set_default_dtype(torch.float64)  # references in float64; tests compare float32 results

cases = {}


def arr(t):
    return t.detach().reshape(-1).tolist()


def rand(*shape):
    return torch.randn(*shape)


def same_pad(n, k, s, d):
    eff = (k - 1) * d + 1
    out = math.ceil(n / s)
    total = max((out - 1) * s + eff - n, 0)
    return total // 2, total - total // 2


def add(name, **kw):
    cases[name] = kw


# matmul: 2-D, transposed variants, batched, odd sizes
for name, (m, k, n) in {"matmul_2d": (5, 7, 3), "matmul_odd": (13, 1, 9)}.items():
    a, b = rand(m, k), rand(k, n)
    add(name, a=arr(a), aShape=[m, k], b=arr(b), bShape=[k, n], out=arr(a @ b), outShape=[m, n])
a, b = rand(4, 6), rand(5, 4)
add("matmul_tAtB", a=arr(a), aShape=[4, 6], b=arr(b), bShape=[5, 4], transposeA=True, transposeB=True,
    out=arr(a.T @ b.T), outShape=[6, 5])
a, b = rand(3, 4, 5), rand(3, 5, 2)
add("matmul_batched", a=arr(a), aShape=[3, 4, 5], b=arr(b), bShape=[3, 5, 2], out=arr(a @ b), outShape=[3, 4, 2])


def conv2d_case(name, n, h, w, cin, cout, kh, kw, stride, dilation, padding):
    x = rand(n, h, w, cin).requires_grad_()
    k = rand(kh, kw, cin, cout).requires_grad_()
    xt = x.permute(0, 3, 1, 2)
    kt = k.permute(3, 2, 0, 1)
    if padding == "same":
        top, bottom = same_pad(h, kh, stride[0], dilation[0])
        left, right = same_pad(w, kw, stride[1], dilation[1])
        xt = F.pad(xt, (left, right, top, bottom))
    y = F.conv2d(xt, kt, stride=stride, dilation=dilation).permute(0, 2, 3, 1)
    r = rand(*y.shape)
    (y * r).sum().backward()
    add(name, x=arr(x), xShape=list(x.shape), kernel=arr(k), kernelShape=list(k.shape),
        strides=list(stride), dilation=list(dilation), padding=padding,
        out=arr(y), outShape=list(y.shape), dyWeights=arr(r), dx=arr(x.grad), dkernel=arr(k.grad))


conv2d_case("conv2d_valid", 2, 7, 6, 3, 4, 3, 3, (1, 1), (1, 1), "valid")
conv2d_case("conv2d_same", 2, 7, 6, 3, 4, 3, 2, (1, 1), (1, 1), "same")
conv2d_case("conv2d_stride2_same", 1, 9, 8, 2, 3, 3, 3, (2, 2), (1, 1), "same")
conv2d_case("conv2d_stride2_valid", 2, 9, 8, 2, 3, 3, 3, (2, 2), (1, 1), "valid")
conv2d_case("conv2d_dilation2", 1, 9, 9, 2, 3, 3, 3, (1, 1), (2, 2), "valid")
conv2d_case("conv2d_dilation2_same", 1, 8, 7, 2, 2, 3, 2, (1, 1), (2, 2), "same")


def conv1d_case(name, n, length, cin, cout, k, stride, dilation, padding):
    x = rand(n, length, cin).requires_grad_()
    w = rand(k, cin, cout).requires_grad_()
    xt = x.permute(0, 2, 1)
    if padding == "same":
        left, right = same_pad(length, k, stride, dilation)
        xt = F.pad(xt, (left, right))
    y = F.conv1d(xt, w.permute(2, 1, 0), stride=stride, dilation=dilation).permute(0, 2, 1)
    r = rand(*y.shape)
    (y * r).sum().backward()
    add(name, x=arr(x), xShape=list(x.shape), kernel=arr(w), kernelShape=list(w.shape),
        strides=stride, dilation=dilation, padding=padding,
        out=arr(y), outShape=list(y.shape), dyWeights=arr(r), dx=arr(x.grad), dkernel=arr(w.grad))


conv1d_case("conv1d_valid", 2, 12, 3, 4, 4, 1, 1, "valid")
conv1d_case("conv1d_same_stride2", 2, 11, 2, 3, 3, 2, 1, "same")
conv1d_case("conv1d_dilation2", 1, 13, 2, 2, 3, 1, 2, "valid")


def pool2d_case(name, kind, n, h, w, c, pool, stride, padding):
    x = rand(n, h, w, c).requires_grad_()
    xt = x.permute(0, 3, 1, 2)
    if padding == "same":
        top, bottom = same_pad(h, pool[0], stride[0], 1)
        left, right = same_pad(w, pool[1], stride[1], 1)
    else:
        top = bottom = left = right = 0
    if kind == "max":
        y = F.max_pool2d(F.pad(xt, (left, right, top, bottom), value=-math.inf), pool, stride)
    else:
        # Keras averages over the window positions inside the input: sum / count of real cells.
        total = F.avg_pool2d(F.pad(xt, (left, right, top, bottom)), pool, stride) * (pool[0] * pool[1])
        ones = torch.ones_like(xt)
        count = F.avg_pool2d(F.pad(ones, (left, right, top, bottom)), pool, stride) * (pool[0] * pool[1])
        y = total / count
    y = y.permute(0, 2, 3, 1)
    r = rand(*y.shape)
    (y * r).sum().backward()
    add(name, kind=kind, x=arr(x), xShape=list(x.shape), poolSize=list(pool), strides=list(stride), padding=padding,
        out=arr(y), outShape=list(y.shape), dyWeights=arr(r), dx=arr(x.grad))


pool2d_case("maxpool2d_valid", "max", 2, 6, 6, 3, (2, 2), (2, 2), "valid")
pool2d_case("maxpool2d_same_stride1", "max", 1, 5, 5, 2, (3, 3), (1, 1), "same")
pool2d_case("maxpool2d_odd", "max", 1, 7, 5, 2, (2, 2), (2, 2), "valid")
pool2d_case("avgpool2d_valid", "avg", 2, 6, 6, 3, (2, 2), (2, 2), "valid")
pool2d_case("avgpool2d_same", "avg", 1, 5, 7, 2, (3, 3), (2, 2), "same")

# softmax family along the last axis and along axis 0
x = rand(4, 7) * 5
add("softmax_last", x=arr(x), xShape=[4, 7], axis=-1, out=arr(F.softmax(x, -1)))
add("logsoftmax_last", x=arr(x), xShape=[4, 7], axis=-1, out=arr(F.log_softmax(x, -1)))
add("softmax_axis0", x=arr(x), xShape=[4, 7], axis=0, out=arr(F.softmax(x, 0)))
add("logsumexp_axis1", x=arr(x), xShape=[4, 7], axes=[1], out=arr(torch.logsumexp(x, 1)), outShape=[4])
big = torch.tensor([[1000.0, 999.0, -1000.0], [-1000.0, -1001.0, -1002.0]])
add("logsumexp_large", x=arr(big), xShape=[2, 3], axes=[1], out=arr(torch.logsumexp(big, 1)), outShape=[2])
add("softmax_large", x=arr(big), xShape=[2, 3], axis=-1, out=arr(F.softmax(big, -1)))

# fused cross-entropies, unreduced, with gradients of sum(loss * r)
logits = (rand(6, 5) * 3).requires_grad_()
labels = F.softmax(rand(6, 5), -1)
loss = -(labels * F.log_softmax(logits, -1)).sum(-1)
r = rand(6)
(loss * r).sum().backward()
add("softmax_ce", logits=arr(logits), shape=[6, 5], labels=arr(labels), out=arr(loss), dyWeights=arr(r), dlogits=arr(logits.grad))

logits = (rand(6, 5) * 3).requires_grad_()
classes = torch.randint(0, 5, (6,))
loss = F.cross_entropy(logits, classes, reduction="none")
r = rand(6)
(loss * r).sum().backward()
add("sparse_softmax_ce", logits=arr(logits), shape=[6, 5], classes=classes.tolist(), out=arr(loss), dyWeights=arr(r), dlogits=arr(logits.grad))

logits = (rand(4, 3) * 4).requires_grad_()
targets = torch.rand(4, 3)
loss = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
r = rand(4, 3)
(loss * r).sum().backward()
add("sigmoid_ce", logits=arr(logits), shape=[4, 3], labels=arr(targets), out=arr(loss), dyWeights=arr(r), dlogits=arr(logits.grad))

extreme = torch.tensor([[-100.0, 100.0, 0.0, 50.0]])
z = torch.tensor([[1.0, 0.0, 0.5, 1.0]])
add("sigmoid_ce_extreme", logits=arr(extreme), shape=[1, 4], labels=arr(z),
    out=arr(F.binary_cross_entropy_with_logits(extreme, z, reduction="none")))

# every unary kernel, forward, on a grid that crosses the kinks and reaches the tails
grid = torch.cat([torch.linspace(-6, 6, 49), torch.tensor([-30.0, -3.1, 2.99, 3.01, 30.0])])
positive = torch.linspace(0.05, 9, 31)
unary = {
    "neg": (grid, torch.neg), "exp": (grid, torch.exp), "log": (positive, torch.log), "sqrt": (positive, torch.sqrt),
    "square": (grid, torch.square), "abs": (grid, torch.abs), "relu": (grid, F.relu),
    "leakyRelu": (grid, lambda t: F.leaky_relu(t, 0.2)), "elu": (grid, F.elu), "selu": (grid, F.selu),
    "gelu": (grid, F.gelu), "sigmoid": (grid, torch.sigmoid), "tanh": (grid, torch.tanh), "softplus": (grid, F.softplus),
    "softsign": (grid, F.softsign), "swish": (grid, F.silu),
}
add("unary", kinds={k: {"x": arr(x), "out": arr(fn(x))} for k, (x, fn) in unary.items()}, out=[])

out_path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "torch-ops.json")
with open(out_path, "w") as f:
    json.dump({"generator": "scripts/make_torch_fixtures.py", "torch": torch.__version__, "cases": cases}, f)
print(f"wrote {len(cases)} cases to {os.path.normpath(out_path)}")
