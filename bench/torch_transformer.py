#!/usr/bin/python3
"""PyTorch on bench/transformer.mjs's W6 (2-block Transformer encoder classifier), float32, 2 threads: {"W6": samples/s}.
The same architecture: token + learned position embeddings, two post-norm TransformerEncoderLayers (d_model 128, 4 heads,
feed-forward 256, ReLU, no dropout), mean over the sequence, a 5-way linear head, Adam."""
import json
import sys

import torch
import torch.nn as nn

from torch_timing import samples_per_second, token_batches

torch.set_num_threads(2)
torch.manual_seed(0)
steps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
batch, seq, d = 32, 128, 128


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.tokens = nn.Embedding(20000, d)
        self.positions = nn.Parameter(torch.randn(seq, d) * 0.02)
        layer = nn.TransformerEncoderLayer(d, 4, dim_feedforward=256, dropout=0.0, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, 2, enable_nested_tensor=False)
        self.out = nn.Linear(d, 5)

    def forward(self, x):
        return self.out(self.encoder(self.tokens(x) + self.positions).mean(dim=1))


x, y = token_batches(steps, batch, seq)
print(json.dumps({"W6": samples_per_second(Classifier(), x, y, steps, batch)}))
