#!/usr/bin/python3
"""Keras model files with weights, for candor.loadKerasModel: Keras cannot be installed here, so
Debian's python3-h5py writes the two layouts Keras writes, from the weights of equivalent PyTorch
models (Debian's python3-torch), and PyTorch's outputs on fixed inputs are stored beside them.

Layouts (as Keras writes them):
- legacy .h5 (Keras 2 model.save): root attributes model_config / training_config / keras_version;
  group model_weights with attribute layer_names; per layer a group with attribute weight_names
  and datasets model_weights/<layer>/<layer>/<weight>:0.
- .keras (Keras 3): a zip of config.json, metadata.json and model.weights.h5, whose groups are
  layers/<snake_case class name, with _1, _2 … counters per class>/vars/<i> in each layer's
  variable order (kernel, bias; gamma, beta, moving_mean, moving_variance).

Run: /usr/bin/python3 scripts/make_keras_weight_fixtures.py
"""
import io
import json
import os
import zipfile

import h5py
import numpy as np
import torch

torch.manual_seed(5)
out = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "keras-weights")
os.makedirs(out, exist_ok=True)


def keras2_layer(cls, name, **config):
    return {"class_name": cls, "config": {"name": name, **config}}


def snake(cls):
    import re
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", cls).lower()


def write(name, layers, weights, x, y, loss):
    """layers: Keras 2 layer dicts; weights: {layer name: [arrays in Keras order]}."""
    model_config = {"class_name": "Sequential", "config": {"name": name, "layers": layers}, "keras_version": "2.15.0", "backend": "tensorflow"}
    training_config = {"loss": loss, "metrics": ["accuracy"], "loss_weights": None}
    with h5py.File(os.path.join(out, f"{name}.h5"), "w") as h5:
        h5.attrs["keras_version"] = b"2.15.0"
        h5.attrs["backend"] = b"tensorflow"
        h5.attrs["model_config"] = json.dumps(model_config).encode()
        h5.attrs["training_config"] = json.dumps(training_config).encode()
        g = h5.create_group("model_weights")
        names = [l["config"]["name"] for l in layers]
        g.attrs["layer_names"] = [n.encode() for n in names]
        for l in layers:
            n = l["config"]["name"]
            lg = g.create_group(n)
            arrays = weights.get(n, [])
            wnames = [f"{n}/{w}:0" for w in weight_names(l["class_name"])[: len(arrays)]]
            lg.attrs["weight_names"] = [w.encode() for w in wnames]
            for wn, arr in zip(wnames, arrays):
                lg.create_dataset(wn, data=arr.astype(np.float32))
    # Keras 3: the same model as config.json + model.weights.h5 in a zip.
    k3_layers = [{"module": "keras.layers", "class_name": l["class_name"], "config": l["config"], "registered_name": None} for l in layers]
    config = {"module": "keras", "class_name": "Sequential", "config": {"name": name, "layers": k3_layers}, "registered_name": None,
              "compile_config": {"loss": loss, "metrics": ["accuracy"], "loss_weights": None}}
    buf = io.BytesIO()
    with h5py.File(buf, "w") as h5:
        counters = {}
        for l in layers:
            cls = l["class_name"]
            if cls == "InputLayer":
                continue
            k = counters.get(cls, 0)
            counters[cls] = k + 1
            path = snake(cls) if k == 0 else f"{snake(cls)}_{k}"
            vg = h5.create_group(f"layers/{path}/vars")
            for i, arr in enumerate(weights.get(l["config"]["name"], [])):
                vg.create_dataset(str(i), data=arr.astype(np.float32))
    with zipfile.ZipFile(os.path.join(out, f"{name}.keras"), "w") as z:
        z.writestr("config.json", json.dumps(config))
        z.writestr("metadata.json", json.dumps({"keras_version": "3.6.0"}))
        z.writestr("model.weights.h5", buf.getvalue())
    return {"x": x.tolist(), "y": y.tolist()}


def weight_names(cls):
    return {"Dense": ["kernel", "bias"], "Conv1D": ["kernel", "bias"], "Conv2D": ["kernel", "bias"], "Embedding": ["embeddings"],
            "BatchNormalization": ["gamma", "beta", "moving_mean", "moving_variance"]}.get(cls, [])


cases = {}
t = lambda a: a.detach().numpy()

# 1. Dense MLP with softmax.
l1, l2 = torch.nn.Linear(8, 12), torch.nn.Linear(12, 3)
x = torch.randn(6, 8)
y = torch.softmax(l2(torch.relu(l1(x))), -1)
cases["mlp"] = write("mlp", [keras2_layer("Dense", "hidden", units=12, activation="relu", batch_input_shape=[None, 8]), keras2_layer("Dense", "out", units=3, activation="softmax")],
                     {"hidden": [t(l1.weight).T, t(l1.bias)], "out": [t(l2.weight).T, t(l2.bias)]}, t(x), t(y), "categorical_crossentropy")

# 2. Conv2D + MaxPooling2D + Flatten + Dense, channels-last (PyTorch computes in NCHW and is permuted back before Flatten).
conv, dense = torch.nn.Conv2d(2, 4, 3), torch.nn.Linear(4 * 3 * 3, 2)
x = torch.randn(3, 8, 8, 2)
h = torch.max_pool2d(torch.relu(conv(x.permute(0, 3, 1, 2))), 2).permute(0, 2, 3, 1).reshape(3, -1)
y = torch.softmax(dense(h), -1)
cases["cnn"] = write("cnn", [keras2_layer("Conv2D", "conv", filters=4, kernel_size=[3, 3], activation="relu", padding="valid", batch_input_shape=[None, 8, 8, 2]),
                             keras2_layer("MaxPooling2D", "pool", pool_size=[2, 2]), keras2_layer("Flatten", "flat"), keras2_layer("Dense", "out", units=2, activation="softmax")],
                     {"conv": [t(conv.weight).transpose(2, 3, 1, 0), t(conv.bias)], "out": [t(dense.weight).T, t(dense.bias)]}, t(x), t(y), "categorical_crossentropy")

# 3. Embedding + Conv1D + GlobalMaxPooling1D + Dense(sigmoid).
emb, c1, d = torch.nn.Embedding(20, 4), torch.nn.Conv1d(4, 3, 3), torch.nn.Linear(3, 1)
ids = torch.randint(0, 20, (5, 10))
h = torch.relu(c1(emb(ids).permute(0, 2, 1))).max(dim=2).values
y = torch.sigmoid(d(h))
cases["text"] = write("text", [keras2_layer("Embedding", "embed", input_dim=20, output_dim=4, batch_input_shape=[None, 10]), keras2_layer("Conv1D", "conv", filters=3, kernel_size=[3], activation="relu"),
                               keras2_layer("GlobalMaxPooling1D", "gmp"), keras2_layer("Dense", "out", units=1, activation="sigmoid")],
                      {"embed": [t(emb.weight)], "conv": [t(c1.weight).transpose(2, 1, 0), t(c1.bias)], "out": [t(d.weight).T, t(d.bias)]}, t(ids).astype(np.float32), t(y), "binary_crossentropy")

# 4. Dense + BatchNormalization (inference: moving statistics, Keras' epsilon 1e-3) + Dense.
a, bn, b = torch.nn.Linear(5, 6), torch.nn.BatchNorm1d(6, eps=1e-3), torch.nn.Linear(6, 2)
with torch.no_grad():
    bn.weight.uniform_(0.5, 1.5); bn.bias.uniform_(-0.5, 0.5); bn.running_mean.uniform_(-1, 1); bn.running_var.uniform_(0.5, 2)
bn.eval()
x = torch.randn(4, 5)
y = torch.softmax(b(bn(a(x))), -1)
cases["bn"] = write("bn", [keras2_layer("Dense", "a", units=6, batch_input_shape=[None, 5]), keras2_layer("BatchNormalization", "bn", epsilon=1e-3, momentum=0.99),
                           keras2_layer("Dense", "b", units=2, activation="softmax")],
                    {"a": [t(a.weight).T, t(a.bias)], "bn": [t(bn.weight), t(bn.bias), t(bn.running_mean), t(bn.running_var)], "b": [t(b.weight).T, t(b.bias)]}, t(x), t(y), "categorical_crossentropy")

# 5. A Functional model with two inputs and two outputs (Keras 2's and Keras 3's graph formats):
#    ids -> Embedding -> LSTM, num -> Dense(relu); concatenate -> Dense(3, softmax) "topic" and Dense(1, sigmoid) "flag".
def write_functional(name, x_ids, x_num):
    emb, lstm, dn = torch.nn.Embedding(15, 4), torch.nn.LSTM(4, 5, batch_first=True), torch.nn.Linear(3, 4)
    topic, flag = torch.nn.Linear(9, 3), torch.nn.Linear(9, 1)
    seq, _ = lstm(emb(x_ids))
    joined = torch.cat([seq[:, -1], torch.relu(dn(x_num))], dim=1)
    y_topic, y_flag = torch.softmax(topic(joined), -1), torch.sigmoid(flag(joined))
    # Keras' LSTM: kernel (input, 4u), recurrent_kernel (u, 4u), one bias (4u), gates i, f, c, o = PyTorch's i, f, g, o.
    lstm_w = [t(lstm.weight_ih_l0).T, t(lstm.weight_hh_l0).T, t(lstm.bias_ih_l0 + lstm.bias_hh_l0)]
    weights = {"embed": [t(emb.weight)], "lstm": lstm_w, "num_dense": [t(dn.weight).T, t(dn.bias)],
               "topic": [t(topic.weight).T, t(topic.bias)], "flag": [t(flag.weight).T, t(flag.bias)]}
    specs = [("InputLayer", "ids", {"batch_input_shape": [None, 6], "dtype": "int32", "sparse": False, "ragged": False}, []),
             ("InputLayer", "num", {"batch_input_shape": [None, 3], "dtype": "float32", "sparse": False, "ragged": False}, []),
             ("Embedding", "embed", {"input_dim": 15, "output_dim": 4}, ["ids"]),
             ("LSTM", "lstm", {"units": 5}, ["embed"]),
             ("Dense", "num_dense", {"units": 4, "activation": "relu"}, ["num"]),
             ("Concatenate", "joined", {"axis": -1}, ["lstm", "num_dense"]),
             ("Dense", "topic", {"units": 3, "activation": "softmax"}, ["joined"]),
             ("Dense", "flag", {"units": 1, "activation": "sigmoid"}, ["joined"])]
    ends = {"input_layers": [["ids", 0, 0], ["num", 0, 0]], "output_layers": [["topic", 0, 0], ["flag", 0, 0]]}
    compile_config = {"loss": {"topic": "categorical_crossentropy", "flag": "binary_crossentropy"}, "loss_weights": {"topic": 1.0, "flag": 0.5},
                      "metrics": {"topic": ["accuracy"], "flag": ["accuracy"]}}
    k2_layers = [{"class_name": c, "config": {"name": n, **cfg}, "name": n, "inbound_nodes": [[[i, 0, 0, {}] for i in ins]] if ins else []} for c, n, cfg, ins in specs]
    with h5py.File(os.path.join(out, f"{name}.h5"), "w") as h5:
        h5.attrs["keras_version"] = b"2.15.0"
        h5.attrs["backend"] = b"tensorflow"
        h5.attrs["model_config"] = json.dumps({"class_name": "Functional", "config": {"name": name, "layers": k2_layers, **ends}, "keras_version": "2.15.0"}).encode()
        h5.attrs["training_config"] = json.dumps(compile_config).encode()
        g = h5.create_group("model_weights")
        g.attrs["layer_names"] = [n.encode() for _, n, _, _ in specs]
        names = {"Embedding": ["embeddings"], "LSTM": ["lstm_cell/kernel", "lstm_cell/recurrent_kernel", "lstm_cell/bias"], "Dense": ["kernel", "bias"]}
        for c, n, _, _ in specs:
            lg = g.create_group(n)
            wnames = [f"{n}/{w}:0" for w in names.get(c, [])]
            lg.attrs["weight_names"] = [w.encode() for w in wnames]
            for wn, arr in zip(wnames, weights.get(n, [])):
                lg.create_dataset(wn, data=arr.astype(np.float32))
    tensor = lambda n: {"class_name": "__keras_tensor__", "config": {"shape": [None], "dtype": "float32", "keras_history": [n, 0, 0]}}
    k3_layers = []
    for c, n, cfg, ins in specs:
        cfg3 = {k: v for k, v in cfg.items() if k != "batch_input_shape"}
        if c == "InputLayer":
            cfg3["batch_shape"] = cfg["batch_input_shape"]
        args = [] if not ins else [tensor(ins[0])] if len(ins) == 1 else [[tensor(i) for i in ins]]
        k3_layers.append({"module": "keras.layers", "class_name": c, "config": {"name": n, **cfg3}, "name": n, "inbound_nodes": [{"args": args, "kwargs": {}}] if ins else []})
    config = {"module": "keras.src.models.functional", "class_name": "Functional", "config": {"name": name, "layers": k3_layers, **ends},
              "registered_name": "Functional", "compile_config": compile_config}
    buf = io.BytesIO()
    with h5py.File(buf, "w") as h5:
        counters = {}
        for c, n, _, _ in specs:
            if c == "InputLayer":
                continue
            k = counters.get(c, 0)
            counters[c] = k + 1
            path = snake(c) if k == 0 else f"{snake(c)}_{k}"
            vg = h5.create_group(f"layers/{path}/cell/vars" if c == "LSTM" else f"layers/{path}/vars")
            for i, arr in enumerate(weights.get(n, [])):
                vg.create_dataset(str(i), data=arr.astype(np.float32))
    with zipfile.ZipFile(os.path.join(out, f"{name}.keras"), "w") as z:
        z.writestr("config.json", json.dumps(config))
        z.writestr("metadata.json", json.dumps({"keras_version": "3.6.0"}))
        z.writestr("model.weights.h5", buf.getvalue())
    return {"ids": t(x_ids).astype(np.float32).tolist(), "num": t(x_num).tolist(), "topic": t(y_topic).tolist(), "flag": t(y_flag).tolist()}


# Test data for `candor evaluate mlp.keras --data mlp_test.npz`: inputs with labels drawn independently of them.
xt = torch.randn(200, 8)
labels = torch.randint(0, 3, (200,))
np.savez(os.path.join(out, "mlp_test.npz"), x=t(xt).astype(np.float32), y=np.eye(3, dtype=np.float32)[t(labels)])

# Drawn after the cases above, so adding it left their numbers as they were.
functional = write_functional("two_inputs", torch.randint(1, 15, (4, 6)), torch.randn(4, 3))

with open(os.path.join(out, "expected.json"), "w") as f:
    json.dump({"generator": "scripts/make_keras_weight_fixtures.py", "torch": torch.__version__, "cases": cases, "functional": functional}, f)
print(f"wrote {len(cases)} models (.h5 and .keras) to {os.path.normpath(out)}")
