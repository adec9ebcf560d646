#!/usr/bin/python3
"""PyTorch on the workloads of bench/run.mjs (DESIGN.md's G1, W1-W4), float32, 2 threads.

Prints one JSON object: {"torch": version, "threads": n, "G1": GFLOP/s, "W1": seconds, "W2": samples/s, ...}.
A benchmarking aid only (Debian's python3-torch); Candor never needs it.
"""
import json
import statistics
import sys
import time

import torch
import torch.nn as nn

torch.set_num_threads(2)
torch.manual_seed(0)
quick = "--quick" in sys.argv


def median_time(fn, reps, warmup=1):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def g1():
    a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
    t = median_time(lambda: a @ b, 5)
    return 2 * 1024 ** 3 / t / 1e9


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
    t = median_time(train_steps(model, x, y, nn.BCELoss(), 32, 24 * epochs), 1 if quick else 3, warmup=0)
    return t * 150 / epochs


REPS = 3 if quick else 5  # as bench/run.mjs


def samples_per_second(model, x, y, loss_fn, batch, steps):
    t = median_time(train_steps(model, x, y, loss_fn, batch, steps), REPS)
    return batch * steps / t


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
    x, y = torch.rand(512, 28, 28, 1), torch.randint(0, 10, (512,))
    return samples_per_second(model, x, y, nn.CrossEntropyLoss(), 128, 2 if quick else 8)


def w3():
    model = nn.Sequential(nn.Linear(4096, 2048), nn.ReLU(), nn.Linear(2048, 512), nn.ReLU(), nn.Linear(512, 416))
    x, y = torch.rand(320, 4096), (torch.rand(320, 416) < 0.01).float()
    return samples_per_second(model, x, y, nn.BCEWithLogitsLoss(), 32, 5 if quick else 10)


def w4():
    model = nn.Sequential(nn.Embedding(20000, 100), nn.Dropout(0.25), Chan((0, 2, 1)), nn.Conv1d(100, 32, 4), nn.ReLU(), nn.MaxPool1d(2),
                          nn.Flatten(), nn.Linear(198 * 32, 256), nn.Dropout(0.25), nn.ReLU(), nn.Linear(256, 20))
    x, y = torch.randint(0, 20000, (256, 400)), torch.randint(0, 20, (256,))
    return samples_per_second(model, x, y, nn.CrossEntropyLoss(), 32, 4 if quick else 8)


print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "G1": g1(), "W1": w1(), "W2": w2(), "W3": w3(), "W4": w4()}))
