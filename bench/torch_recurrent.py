#!/usr/bin/python3
"""PyTorch on bench/recurrent.mjs's W5 (LSTM(128) text classifier), float32, 2 threads: {"W5": samples/s}."""
import json
import sys

import torch
import torch.nn as nn

from torch_timing import samples_per_second, token_batches

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


x, y = token_batches(steps, batch, seq)
print(json.dumps({"W5": samples_per_second(Classifier(), x, y, steps, batch)}))
