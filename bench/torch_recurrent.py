#!/usr/bin/python3
"""PyTorch on bench/recurrent.mjs's W5 (LSTM(128) text classifier), float32, 2 threads: {"W5": samples/s}."""
import json
import sys
import time

import torch
import torch.nn as nn

torch.set_num_threads(2)
torch.manual_seed(0)
steps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
batch, seq = 64, 200


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(20000, 100)
        self.lstm = nn.LSTM(100, 128, batch_first=True)
        self.out = nn.Linear(128, 5)

    def forward(self, x):
        _, (h, _) = self.lstm(self.embedding(x))
        return self.out(h[-1])


model = Classifier()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x = torch.tensor([[((r * 131 + i * 17) % 19999) + 1 for i in range(seq)] for r in range(batch * steps)])
y = torch.tensor([i % 5 for i in range(batch * steps)])
loss_fn = nn.CrossEntropyLoss()


def epoch():
    for s in range(steps):
        opt.zero_grad()
        loss = loss_fn(model(x[s * batch:(s + 1) * batch]), y[s * batch:(s + 1) * batch])
        loss.backward()
        opt.step()


epoch()  # warm-up
t0 = time.perf_counter()
epoch()
print(json.dumps({"W5": batch * steps / (time.perf_counter() - t0)}))
