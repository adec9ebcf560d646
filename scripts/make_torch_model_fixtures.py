#!/usr/bin/python3
"""Reference values for Candor's layers, losses and optimizers, computed with PyTorch.

Run: /usr/bin/python3 scripts/make_torch_model_fixtures.py   (needs Debian's python3-torch)
Writes test/fixtures/torch-model.json; tests never need Python.

Layouts are Candor's (channels-last, Dense kernel (in, out), conv kernel (k..., in, out)) and are
permuted to PyTorch's here. Where Keras and PyTorch differ, the Keras semantics are computed by
hand below and the difference is named (BatchNorm's moving variance, Adam's epsilon placement).
"""
import json
import os

import torch
import torch.nn.functional as F

torch.manual_seed(4)
torch.set_default_dtype(torch.float64)
cases = {}


def arr(t):
    return t.detach().reshape(-1).tolist()


def grads_of(y, inputs):
    r = torch.randn(*y.shape)
    (y * r).sum().backward()
    return arr(r), [arr(t.grad) for t in inputs]


# Dense: relu(x @ W + b)
x = torch.randn(4, 5, requires_grad=True)
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
y = F.relu(x @ w + b)
r, (dx, dw, db) = grads_of(y, [x, w, b])
cases["dense_relu"] = dict(x=arr(x), xShape=[4, 5], kernel=arr(w), bias=arr(b), units=3, out=arr(y), dyWeights=r, dx=dx, dkernel=dw, dbias=db)

# Conv1D layer: tanh(conv1d(x) + b), 'valid', stride 1
x = torch.randn(2, 9, 3, requires_grad=True)
w = torch.randn(4, 3, 5, requires_grad=True)
b = torch.randn(5, requires_grad=True)
y = torch.tanh(F.conv1d(x.permute(0, 2, 1), w.permute(2, 1, 0)).permute(0, 2, 1) + b)
r, (dx, dw, db) = grads_of(y, [x, w, b])
cases["conv1d_tanh"] = dict(x=arr(x), xShape=[2, 9, 3], kernel=arr(w), kernelSize=4, filters=5, bias=arr(b), out=arr(y), outShape=list(y.shape), dyWeights=r, dx=dx, dkernel=dw, dbias=db)

# Conv2D layer: relu(conv2d(x) + b), 'same' with a 3x3 kernel (symmetric padding 1 = TF 'same' here)
x = torch.randn(2, 5, 6, 2, requires_grad=True)
w = torch.randn(3, 3, 2, 4, requires_grad=True)
b = torch.randn(4, requires_grad=True)
y = F.relu(F.conv2d(x.permute(0, 3, 1, 2), w.permute(3, 2, 0, 1), padding=1).permute(0, 2, 3, 1) + b)
r, (dx, dw, db) = grads_of(y, [x, w, b])
cases["conv2d_same_relu"] = dict(x=arr(x), xShape=[2, 5, 6, 2], kernel=arr(w), bias=arr(b), filters=4, out=arr(y), outShape=list(y.shape), dyWeights=r, dx=dx, dkernel=dw, dbias=db)

# Embedding with a repeated id (gradients accumulate)
table = torch.randn(10, 4, requires_grad=True)
ids = torch.tensor([[1, 7, 1], [0, 9, 3]])
y = F.embedding(ids, table)
r, (dtable,) = grads_of(y, [table])
cases["embedding"] = dict(ids=ids.reshape(-1).tolist(), idsShape=[2, 3], table=arr(table), inputDim=10, outputDim=4, out=arr(y), dyWeights=r, dtable=dtable)

# BatchNormalization, training mode. Output and gradients match PyTorch; the moving variance is
# Keras' (biased batch variance), whereas PyTorch's running_var would use the unbiased one.
x = torch.randn(6, 3, requires_grad=True) * 2 + 1
x.retain_grad()
gamma = torch.randn(3, requires_grad=True)
beta = torch.randn(3, requires_grad=True)
eps, momentum = 1e-3, 0.99
y = F.batch_norm(x, None, None, gamma, beta, training=True, eps=eps)
r, (dx, dgamma, dbeta) = grads_of(y, [x, gamma, beta])
moving_mean = (1 - momentum) * x.detach().mean(0)
moving_var = momentum * torch.ones(3) + (1 - momentum) * x.detach().var(0, unbiased=False)
with torch.no_grad():
    infer = (x - moving_mean) / torch.sqrt(moving_var + eps) * gamma + beta
cases["batchnorm"] = dict(x=arr(x), xShape=[6, 3], gamma=arr(gamma), beta=arr(beta), out=arr(y), dyWeights=r, dx=dx, dgamma=dgamma, dbeta=dbeta,
                          movingMean=arr(moving_mean), movingVariance=arr(moving_var), inferenceOut=arr(infer))

# Losses: value (Keras default reduction: sum over batch / batch size) and gradient wrt predictions.
losses = {}


def loss_case(name, y_true, pred, fn, weights=None, loss=None, **options):
    pred = pred.clone().requires_grad_()
    per = fn(y_true, pred)
    value = (per * weights).sum() / per.shape[0] if weights is not None else per.mean()
    value.backward()
    losses[name] = dict(loss=loss or name, yTrue=arr(y_true), shape=list(pred.shape), yTrueShape=list(y_true.shape),
                        yPred=arr(pred), value=value.item(), grad=arr(pred.grad), options=options,
                        **({"sampleWeight": arr(weights)} if weights is not None else {}))


probs = torch.sigmoid(torch.randn(5, 3))
targets = (torch.rand(5, 3) > 0.5).double()
loss_case("binary_crossentropy", targets, probs, lambda t, p: F.binary_cross_entropy(p, t, reduction="none").mean(-1))
logits = torch.randn(5, 3) * 2
loss_case("binary_crossentropy_logits", targets, logits, lambda t, z: F.binary_cross_entropy_with_logits(z, t, reduction="none").mean(-1), fromLogits=True, loss="binary_crossentropy")
loss_case("binary_crossentropy_smoothing", targets, probs, lambda t, p: F.binary_cross_entropy(p, t * 0.8 + 0.1, reduction="none").mean(-1), labelSmoothing=0.2, loss="binary_crossentropy")
onehot = F.one_hot(torch.tensor([0, 2, 1, 3, 2]), 4).double()
softmax = F.softmax(torch.randn(5, 4), -1)
loss_case("categorical_crossentropy", onehot, softmax, lambda t, p: -(t * torch.log(p / p.sum(-1, keepdim=True))).sum(-1))
clogits = torch.randn(5, 4) * 2
loss_case("categorical_crossentropy_logits_smoothing", onehot, clogits, lambda t, z: F.cross_entropy(z, t, reduction="none", label_smoothing=0.1), fromLogits=True, labelSmoothing=0.1, loss="categorical_crossentropy")
ids = torch.tensor([0., 2., 1., 3., 2.])
loss_case("sparse_categorical_crossentropy_logits", ids, clogits, lambda t, z: F.cross_entropy(z, t.long(), reduction="none"), fromLogits=True, loss="sparse_categorical_crossentropy")
# Keras renormalises probabilities to sum to 1 before the log, which changes the gradient (not the value).
loss_case("sparse_categorical_crossentropy", ids, softmax, lambda t, p: F.nll_loss(torch.log(p / p.sum(-1, keepdim=True)), t.long(), reduction="none"))
reg_true = torch.randn(5, 2)
reg_pred = torch.randn(5, 2)
loss_case("mean_squared_error", reg_true, reg_pred, lambda t, p: ((p - t) ** 2).mean(-1))
loss_case("mean_absolute_error", reg_true, reg_pred, lambda t, p: (p - t).abs().mean(-1))
loss_case("huber", reg_true, reg_pred * 2, lambda t, p: F.huber_loss(p, t, reduction="none", delta=1.0).mean(-1))
loss_case("mean_squared_error_weighted", reg_true, reg_pred, lambda t, p: ((p - t) ** 2).mean(-1), weights=torch.tensor([1.0, 0.0, 2.0, 0.5, 1.0]), loss="mean_squared_error")
signs = (torch.rand(5, 3) > 0.5).double()
loss_case("hinge", signs, torch.randn(5, 3), lambda t, p: torch.clamp(1 - (2 * t - 1) * p, min=0).mean(-1))
dist = F.softmax(torch.randn(5, 4), -1)
loss_case("kl_divergence", dist, softmax, lambda t, p: F.kl_div(torch.log(p), t, reduction="none").sum(-1))
counts = torch.randint(0, 5, (5, 2)).double()
rates = torch.rand(5, 2) * 3 + 0.1
loss_case("poisson", counts, rates, lambda t, p: (p - t * torch.log(p + 1e-7)).mean(-1))
cases["losses"] = losses

# Optimizers: three steps from the same start with fixed gradients.
w0 = torch.randn(7)
gs = [torch.randn(7) for _ in range(3)]
opts = {
    "sgd": (lambda p: torch.optim.SGD(p, lr=0.1), {"name": "sgd", "learningRate": 0.1}),
    "sgd_momentum": (lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9), {"name": "sgd", "learningRate": 0.1, "momentum": 0.9}),
    "sgd_nesterov": (lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True), {"name": "sgd", "learningRate": 0.1, "momentum": 0.9, "nesterov": True}),
    # epsilon sits in a different place in Keras and PyTorch; at 1e-10 both formulas agree to float32 precision.
    "adam": (lambda p: torch.optim.Adam(p, lr=0.01, eps=1e-10), {"name": "adam", "learningRate": 0.01, "epsilon": 1e-10}),
    "adam_amsgrad": (lambda p: torch.optim.Adam(p, lr=0.01, eps=1e-10, amsgrad=True), {"name": "adam", "learningRate": 0.01, "epsilon": 1e-10, "amsgrad": True}),
    "adamw": (lambda p: torch.optim.AdamW(p, lr=0.01, eps=1e-10, weight_decay=0.05), {"name": "adamw", "learningRate": 0.01, "epsilon": 1e-10, "weightDecay": 0.05}),
    "rmsprop": (lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.9, eps=1e-7), {"name": "rmsprop", "learningRate": 0.01, "rho": 0.9, "epsilon": 1e-7}),
    "rmsprop_centered_momentum": (lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.9, eps=1e-7, momentum=0.5, centered=True),
                                  {"name": "rmsprop", "learningRate": 0.01, "rho": 0.9, "epsilon": 1e-7, "momentum": 0.5, "centered": True}),
    "adagrad": (lambda p: torch.optim.Adagrad(p, lr=0.1, initial_accumulator_value=0.1, eps=1e-7), {"name": "adagrad", "learningRate": 0.1, "epsilon": 1e-7}),
}
optimizer_cases = {}
for name, (make, config) in opts.items():
    p = w0.clone().requires_grad_()
    opt = make([p])
    steps = []
    for g in gs:
        p.grad = g.clone()
        opt.step()
        steps.append(arr(p))
    optimizer_cases[name] = dict(config=config, steps=steps)
cases["optimizers"] = dict(w0=arr(w0), grads=[arr(g) for g in gs], cases=optimizer_cases)

out_path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "torch-model.json")
with open(out_path, "w") as f:
    json.dump({"generator": "scripts/make_torch_model_fixtures.py", "torch": torch.__version__, "cases": cases}, f)
print(f"wrote {out_path}")
