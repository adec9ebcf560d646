#!/usr/bin/python3
"""Reference values for Candor's MultiHeadAttention from PyTorch's nn.MultiheadAttention
(Debian's python3-torch), in Keras' weight layouts.

Writes test/fixtures/attention.json: per case, the weights (query/key/value kernels (input, heads,
key_dim) with biases (heads, key_dim), the output kernel (heads, value_dim, output) and bias), the
inputs, the output, and the gradients of sum(output * r) with respect to the query, the value and
every weight. Cases: self-attention, causal self-attention, cross-attention with other key/value
widths and a padding mask on the value, and an explicit (batch, Tq, Tv) attention mask.
PyTorch's mapping: in_proj rows h*head_dim + k are Keras' kernel[:, h, k]; out_proj's input column
h*head_dim + v is Keras' output kernel[h, v, :]; both scale the query by 1/sqrt(head_dim).
Run: /usr/bin/python3 scripts/make_attention_fixtures.py
"""
import json
import os

import torch

torch.manual_seed(3)
torch.set_default_dtype(torch.float64)
B, E, H = 2, 8, 2
D = E // H


def case(name, tq, tv, kv_dim, causal=False, padding=None, explicit=None):
    mha = torch.nn.MultiheadAttention(E, H, batch_first=True, kdim=kv_dim, vdim=kv_dim)
    with torch.no_grad():
        for p in mha.parameters():
            p.uniform_(-0.5, 0.5)
    q = torch.randn(B, tq, E, requires_grad=True)
    v = (q if kv_dim == E and tq == tv and name.startswith("self") else torch.randn(B, tv, kv_dim)).detach().clone().requires_grad_(True)
    attn_mask = None  # PyTorch: True = not allowed
    if causal:
        attn_mask = torch.triu(torch.ones(tq, tv, dtype=torch.bool), diagonal=1)
    if explicit is not None:
        allowed = torch.tensor(explicit, dtype=torch.bool)  # (B, Tq, Tv), True = allowed (Keras)
        attn_mask = (~allowed).repeat_interleave(H, dim=0)
    key_padding = None if padding is None else ~torch.tensor(padding, dtype=torch.bool)
    query = q
    value = q if v is q else v
    out, _ = mha(query, value, value, attn_mask=attn_mask, key_padding_mask=key_padding, need_weights=False)
    r = torch.randn(B, tq, E)
    (out * r).sum().backward()
    if mha._qkv_same_embed_dim:
        wq, wk, wv = mha.in_proj_weight.split(E, dim=0)
        gq, gk, gv = mha.in_proj_weight.grad.split(E, dim=0)
    else:
        wq, wk, wv = mha.q_proj_weight, mha.k_proj_weight, mha.v_proj_weight
        gq, gk, gv = mha.q_proj_weight.grad, mha.k_proj_weight.grad, mha.v_proj_weight.grad
    bq, bk, bv = mha.in_proj_bias.split(E)
    gbq, gbk, gbv = mha.in_proj_bias.grad.split(E)
    kern = lambda w: w.detach().T.reshape(w.shape[1], H, D).tolist()
    bias = lambda b: b.detach().reshape(H, D).tolist()
    out_kernel = lambda w: w.detach().T.reshape(H, D, E).tolist()
    return {
        "name": name,
        "causal": causal,
        "padding": padding,
        "explicit": explicit,
        "self": v is q,
        "weights": [kern(wq), bias(bq), kern(wk), bias(bk), kern(wv), bias(bv), out_kernel(mha.out_proj.weight), mha.out_proj.bias.detach().tolist()],
        "query": q.detach().tolist(),
        "value": v.detach().tolist(),
        "r": r.tolist(),
        "output": out.detach().tolist(),
        "gradQuery": q.grad.tolist(),
        "gradValue": None if v is q else v.grad.tolist(),
        "gradWeights": [kern(gq), bias(gbq), kern(gk), bias(gbk), kern(gv), bias(gbv), out_kernel(mha.out_proj.weight.grad), mha.out_proj.bias.grad.tolist()],
    }


cases = [
    case("self-attention", 5, 5, E),
    case("self-attention, causal", 5, 5, E, causal=True),
    case("cross-attention, value width 6, padded value steps", 4, 6, 6, padding=[[1, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 0]]),
    case("cross-attention, explicit attention mask", 3, 4, 6, explicit=[[[1, 0, 1, 1], [1, 1, 0, 0], [0, 1, 1, 1]], [[1, 1, 1, 0], [0, 0, 1, 1], [1, 0, 0, 1]]]),
]
path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "attention.json")
with open(path, "w") as f:
    json.dump({"generator": "scripts/make_attention_fixtures.py", "torch": torch.__version__, "batch": B, "embed": E, "heads": H, "cases": cases}, f)
print(f"wrote {len(cases)} cases to {os.path.normpath(path)}")
