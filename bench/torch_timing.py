"""What bench/torch_recurrent.py and bench/torch_transformer.py share: the deterministic token batches
and one timed epoch of Adam on cross-entropy after a warm-up, in samples per second."""
import time

import torch
import torch.nn as nn


def token_batches(steps, batch, seq):
    """The same ids and labels bench/*.mjs builds: ((r * 131 + i * 17) % 19999) + 1, class r % 5."""
    x = torch.tensor([[((r * 131 + i * 17) % 19999) + 1 for i in range(seq)] for r in range(batch * steps)])
    y = torch.tensor([i % 5 for i in range(batch * steps)])
    return x, y


def samples_per_second(model, x, y, steps, batch):
    """One warm-up epoch, then one timed epoch of Adam (lr 1e-3) on cross-entropy."""
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()

    def epoch():
        for s in range(steps):
            opt.zero_grad()
            loss = loss_fn(model(x[s * batch:(s + 1) * batch]), y[s * batch:(s + 1) * batch])
            loss.backward()
            opt.step()

    epoch()
    t0 = time.perf_counter()
    epoch()
    return batch * steps / (time.perf_counter() - t0)
