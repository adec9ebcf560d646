#!/usr/bin/python3
"""PyTorch on one workload of bench/run.mjs (DESIGN.md's G1, W1-W4, and W2's convolution passes),
float32, 2 threads, in a process of its own: bench/run.mjs runs it in rounds beside Candor.

  /usr/bin/python3 bench/torch_peers.py --workload W2 --reps 5 [--quick]

Prints one JSON object: {"torch": version, "threads": n, "values": [one per timed repetition],
"peakRssMB": VmHWM} (for "conv": {"passes": {name: [GFLOP/s, ...]}, "layouts": {name: "NCHW" | "channels_last"}}). A benchmarking aid only
(Debian's python3-torch); Candor never needs it.
"""
import argparse
import json
import re
import time

import torch
import torch.nn as nn

torch.set_num_threads(2)
torch.manual_seed(0)
args = argparse.ArgumentParser()
args.add_argument("--workload", required=True, choices=["G1", "W1", "W2", "W3", "W4", "conv"])
args.add_argument("--reps", type=int, default=5)
args.add_argument("--quick", action="store_true")
opts = args.parse_args()
quick = opts.quick
STEPS = {"W2": 2, "W3": 5, "W4": 4} if quick else {"W2": 8, "W3": 10, "W4": 8}  # as bench/candor_workload.mjs


def times_of(fn, reps, warmup=1, warmup_seconds=0.0):
    """`warmup` untimed calls, and more until `warmup_seconds` have passed; then `reps` timed ones."""
    start = time.perf_counter()
    done = 0
    while done < warmup or time.perf_counter() - start < warmup_seconds:
        fn()
        done += 1
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def peak_rss_mb():
    with open("/proc/self/status") as f:
        return int(re.search(r"VmHWM:\s*(\d+)\s*kB", f.read()).group(1)) / 1024


G1_PRODUCTS = 10  # products per timed repetition, as bench/candor_workload.mjs
G1_WARMUP_S = 1.0  # seconds of untimed products first, as bench/candor_workload.mjs


def g1():
    a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)

    def products():
        for _ in range(G1_PRODUCTS):
            a @ b

    return [G1_PRODUCTS * 2 * 1024 ** 3 / t / 1e9 for t in times_of(products, opts.reps, 1, G1_WARMUP_S)]


def train_steps(model, x, y, loss_fn, batch, steps):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    n = x.shape[0]

    def run():
        for s in range(steps):
            i = (s * batch) % n
            opt.zero_grad()
            loss = loss_fn(model(x[i:i + batch]), y[i:i + batch])
            loss.backward()
            opt.step()
    return run


def w1():
    # Pima MLP 8-12-8-1, 150 epochs of 768 samples, batch 32, Adam.
    x, y = torch.randn(768, 8), (torch.rand(768, 1) > 0.65).float()
    model = nn.Sequential(nn.Linear(8, 12), nn.ReLU(), nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 1), nn.Sigmoid())
    epochs = 15 if quick else 150
    return [t * 150 / epochs for t in times_of(train_steps(model, x, y, nn.BCELoss(), 32, 24 * epochs), opts.reps)]


def samples_per_second(model, x, y, loss_fn, batch, steps):
    return [batch * steps / t for t in times_of(train_steps(model, x, y, loss_fn, batch, steps), opts.reps)]


class Chan(nn.Module):
    """Channels-last input (N,H,W,C) like Keras, permuted for PyTorch's NCHW convolutions."""
    def __init__(self, dims):
        super().__init__()
        self.dims = dims

    def forward(self, x):
        return x.permute(*self.dims)


def w2():
    model = nn.Sequential(Chan((0, 3, 1, 2)), nn.Conv2d(1, 32, 3), nn.ReLU(), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Dropout(0.25), nn.Flatten(), nn.Linear(9216, 128), nn.ReLU(), nn.Dropout(0.5), nn.Linear(128, 10))
    x, y = torch.rand(128 * STEPS["W2"], 28, 28, 1), torch.randint(0, 10, (128 * STEPS["W2"],))
    return samples_per_second(model, x, y, nn.CrossEntropyLoss(), 128, STEPS["W2"])


def w3():
    model = nn.Sequential(nn.Linear(4096, 2048), nn.ReLU(), nn.Linear(2048, 512), nn.ReLU(), nn.Linear(512, 416))
    x, y = torch.rand(32 * STEPS["W3"], 4096), (torch.rand(32 * STEPS["W3"], 416) < 0.01).float()
    return samples_per_second(model, x, y, nn.BCEWithLogitsLoss(), 32, STEPS["W3"])


def w4():
    model = nn.Sequential(nn.Embedding(20000, 100), nn.Dropout(0.25), Chan((0, 2, 1)), nn.Conv1d(100, 32, 4), nn.ReLU(), nn.MaxPool1d(2),
                          nn.Flatten(), nn.Linear(198 * 32, 256), nn.Dropout(0.25), nn.ReLU(), nn.Linear(256, 20))
    x, y = torch.randint(0, 20000, (32 * STEPS["W4"], 400)), torch.randint(0, 20, (32 * STEPS["W4"],))
    return samples_per_second(model, x, y, nn.CrossEntropyLoss(), 32, STEPS["W4"])


def conv_passes():
    """W2's two convolutions at batch 128, each pass alone, GFLOP/s: in NCHW (PyTorch's native
    layout) and in channels_last, each pass keeping the faster layout (PyTorch at its best), and
    the layout each pass kept."""
    out, layouts = {}, {}
    for layer, cin, size, cout in [("conv1", 1, 28, 32), ("conv2", 32, 26, 64)]:
        o = size - 2
        flops = 2 * 128 * o * o * cout * 9 * cin
        reps = max(opts.reps, 10)  # as bench/candor_workload.mjs: passes take milliseconds
        for layout, fmt in [("NCHW", torch.contiguous_format), ("channels_last", torch.channels_last)]:
            x = torch.randn(128, cin, size, size).contiguous(memory_format=fmt)
            w = torch.randn(cout, cin, 3, 3).contiguous(memory_format=fmt)
            b = torch.zeros(cout)
            dy = torch.randn(128, cout, o, o).contiguous(memory_format=fmt)
            passes = {layer + " forward": lambda: torch.relu(torch.nn.functional.conv2d(x, w, b))}
            if cin > 1:
                passes[layer + " backprop input"] = lambda: torch.nn.grad.conv2d_input(x.shape, w, dy)
            passes[layer + " backprop filter"] = lambda: torch.nn.grad.conv2d_weight(x, w.shape, dy)
            with torch.no_grad():
                for name, fn in passes.items():
                    values = [flops / t / 1e9 for t in times_of(fn, reps, 3)]
                    if name not in out or sorted(values)[len(values) // 2] > sorted(out[name])[len(out[name]) // 2]:
                        out[name], layouts[name] = values, layout
    return out, layouts


run = {"G1": g1, "W1": w1, "W2": w2, "W3": w3, "W4": w4}
if opts.workload == "conv":
    passes, layouts = conv_passes()
    result = {"passes": passes, "layouts": layouts}
else:
    result = {"values": run[opts.workload]()}
print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), **result, "peakRssMB": peak_rss_mb()}))
