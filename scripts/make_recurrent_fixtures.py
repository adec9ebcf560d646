"""Reference values for Candor's recurrent layers from PyTorch (Debian's python3-torch).

Writes test/fixtures/recurrent.json: for SimpleRNN, LSTM and GRU (reset_after, PyTorch's form),
seeded weights in Keras' layouts, an input batch, the full output sequence, and the gradients of
sum(sequence * r) with respect to the input and every weight (also in Keras' layouts). Each case is
run forwards and backwards in time (Keras' go_backwards: the sequence read from its end, outputs in
reading order). Also a bidirectional LSTM, LayerNormalization (epsilon 1e-3, Keras' default) and a causal Conv1D.
Run: /usr/bin/python3 scripts/make_recurrent_fixtures.py
"""
import json
import torch

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
B, T, F, U = 3, 5, 4, 6
out = {"batch": B, "steps": T, "features": F, "units": U, "cases": []}


def keras_gates(w, order):
    """Rows of a PyTorch (gates*U, ...) weight reordered to Keras' gate order, as a list."""
    parts = w.split(U, dim=0)
    return torch.cat([parts[i] for i in order], dim=0)


for kind in ["SimpleRNN", "LSTM", "GRU"]:
    for backwards in [False, True]:
        cls = {"SimpleRNN": torch.nn.RNN, "LSTM": torch.nn.LSTM, "GRU": torch.nn.GRU}[kind]
        layer = cls(F, U, batch_first=True)
        with torch.no_grad():
            for p in layer.parameters():
                p.uniform_(-0.5, 0.5)
        x = torch.randn(B, T, F, requires_grad=True)
        r = torch.randn(B, T, U)
        seq, _ = layer(x.flip(1) if backwards else x)
        loss = (seq * r).sum()
        loss.backward()
        # Keras gate order from PyTorch's: LSTM i,f,g,o -> i,f,c,o (same); GRU r,z,n -> z,r,h.
        order = [1, 0, 2] if kind == "GRU" else list(range({"SimpleRNN": 1, "LSTM": 4}[kind]))
        w_ih, w_hh, b_ih, b_hh = layer.weight_ih_l0, layer.weight_hh_l0, layer.bias_ih_l0, layer.bias_hh_l0
        kernel = keras_gates(w_ih, order).T
        recurrent = keras_gates(w_hh, order).T
        grad_kernel = keras_gates(w_ih.grad, order).T
        grad_recurrent = keras_gates(w_hh.grad, order).T
        if kind == "GRU":
            bias = torch.stack([keras_gates(b_ih, order), keras_gates(b_hh, order)])
            grad_bias = torch.stack([keras_gates(b_ih.grad, order), keras_gates(b_hh.grad, order)])
        else:
            # Keras keeps one bias: b_ih + b_hh, whose gradient is either one's.
            bias = keras_gates(b_ih + b_hh, order)
            grad_bias = keras_gates(b_ih.grad, order)
        out["cases"].append({
            "layer": kind, "goBackwards": backwards,
            "kernel": kernel.tolist(), "recurrentKernel": recurrent.tolist(), "bias": bias.tolist(),
            "x": x.tolist(), "r": r.tolist(), "sequence": seq.tolist(),
            "gradX": x.grad.tolist(), "gradKernel": grad_kernel.tolist(), "gradRecurrentKernel": grad_recurrent.tolist(), "gradBias": grad_bias.tolist(),
        })

# Bidirectional LSTM (PyTorch's bidirectional=True: forward and time-realigned backward outputs, concatenated).
layer = torch.nn.LSTM(F, U, batch_first=True, bidirectional=True)
with torch.no_grad():
    for p in layer.parameters():
        p.uniform_(-0.5, 0.5)
x = torch.randn(B, T, F, requires_grad=True)
r = torch.randn(B, T, 2 * U)
seq, _ = layer(x)
(seq * r).sum().backward()
weights = []
for suffix in ["", "_reverse"]:
    w_ih, w_hh = getattr(layer, "weight_ih_l0" + suffix), getattr(layer, "weight_hh_l0" + suffix)
    b_ih, b_hh = getattr(layer, "bias_ih_l0" + suffix), getattr(layer, "bias_hh_l0" + suffix)
    weights += [w_ih.T.tolist(), w_hh.T.tolist(), (b_ih + b_hh).tolist()]
out["bidirectional"] = {"weights": weights, "x": x.tolist(), "r": r.tolist(), "sequence": seq.tolist(), "gradX": x.grad.tolist()}

# LayerNormalization with Keras' epsilon (1e-3), over the last axis.
x = torch.randn(B, T, F, requires_grad=True)
gamma = torch.randn(F, requires_grad=True)
beta = torch.randn(F, requires_grad=True)
r = torch.randn(B, T, F)
y = torch.nn.functional.layer_norm(x, (F,), gamma, beta, eps=1e-3)
(y * r).sum().backward()
out["layerNormalization"] = {"x": x.tolist(), "gamma": gamma.tolist(), "beta": beta.tolist(), "r": r.tolist(), "y": y.tolist(),
                             "gradX": x.grad.tolist(), "gradGamma": gamma.grad.tolist(), "gradBeta": beta.grad.tolist()}

# Conv1D with Keras' padding='causal': zeros before the sequence, (kernel - 1) * dilation of them.
k, dil, cout = 3, 2, 5
x = torch.randn(B, T, F, requires_grad=True)
w = torch.randn(cout, F, k, requires_grad=True)
b = torch.randn(cout, requires_grad=True)
y = torch.nn.functional.conv1d(torch.nn.functional.pad(x.transpose(1, 2), ((k - 1) * dil, 0)), w, b, dilation=dil).transpose(1, 2)
r = torch.randn(*y.shape)
(y * r).sum().backward()
out["causalConv1d"] = {"kernelSize": k, "dilation": dil, "filters": cout, "kernel": w.permute(2, 1, 0).tolist(), "bias": b.tolist(), "x": x.tolist(), "r": r.tolist(),
                       "y": y.tolist(), "gradX": x.grad.tolist(), "gradKernel": w.grad.permute(2, 1, 0).tolist()}

with open("test/fixtures/recurrent.json", "w") as f:
    json.dump(out, f)
print("wrote test/fixtures/recurrent.json:", len(out["cases"]), "cases")
