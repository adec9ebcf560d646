#!/usr/bin/python3
"""Small files in the formats of Keras' imdb.npz and reuters.npz, and what Keras' load_data makes
of them, for Candor's datasets.imdb / datasets.reuters loaders (tests never need Python).

The .npz files hold object arrays of Python lists, as the real ones do: imdb-small.npz is written
with pickle protocol 2 (how the 2017 file was made, Python 2's pickler), reuters-small.npz with
NumPy's default (np.savez, protocol 3/4). Also a ragged array of int32 NumPy arrays and an object
array of strings, which `candor score` reads from .npy.

The expected outputs follow keras/src/datasets/imdb.py and reuters.py (Keras 3.x) line for line,
with NumPy's legacy RandomState(seed).shuffle — the generator Keras uses — so a test that passes
means Candor splits, orders and remaps the words as Keras does.
Also: the order np.random.RandomState(seed).shuffle gives np.arange(n), for Candor's MT19937.
Run: /usr/bin/python3 scripts/make_keras_text_fixtures.py
"""
import io
import json
import os
import pickle
import zipfile

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "datasets")
os.makedirs(OUT, exist_ok=True)
gen = np.random.RandomState(7)


def ragged(n, vocab, lo, hi):
    arr = np.empty(n, dtype=object)
    for i in range(n):
        arr[i] = [int(w) for w in gen.randint(1, vocab, size=gen.randint(lo, hi))]
    return arr


def npy_bytes(arr, protocol=None):
    if protocol is None:
        buf = io.BytesIO()
        np.save(buf, arr, allow_pickle=True)
        return buf.getvalue()
    header = {"descr": "|O", "fortran_order": False, "shape": arr.shape}
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, header)
    return buf.getvalue() + pickle.dumps(arr, protocol=protocol)


def write_npz(name, arrays, protocol=None):
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for key, arr in arrays.items():
            data = npy_bytes(arr, protocol) if arr.dtype == object else npy_bytes(arr)
            z.writestr(key + ".npy", data)


def remove_long_seq(maxlen, seq, label):
    new_seq, new_label = [], []
    for x, y in zip(seq, label):
        if len(x) < maxlen:
            new_seq.append(x)
            new_label.append(y)
    return new_seq, new_label


def imdb(f, num_words=None, skip_top=0, maxlen=None, seed=113, start_char=1, oov_char=2, index_from=3):
    x_train, labels_train = f["x_train"], f["y_train"]
    x_test, labels_test = f["x_test"], f["y_test"]
    rng = np.random.RandomState(seed)
    indices = np.arange(len(x_train))
    rng.shuffle(indices)
    x_train, labels_train = x_train[indices], labels_train[indices]
    indices = np.arange(len(x_test))
    rng.shuffle(indices)
    x_test, labels_test = x_test[indices], labels_test[indices]
    if start_char is not None:
        x_train = [[start_char] + [w + index_from for w in x] for x in x_train]
        x_test = [[start_char] + [w + index_from for w in x] for x in x_test]
    elif index_from:
        x_train = [[w + index_from for w in x] for x in x_train]
        x_test = [[w + index_from for w in x] for x in x_test]
    else:
        x_train = [[w for w in x] for x in x_train]
        x_test = [[w for w in x] for x in x_test]
    if maxlen:
        x_train, labels_train = remove_long_seq(maxlen, x_train, labels_train)
        x_test, labels_test = remove_long_seq(maxlen, x_test, labels_test)
    xs = x_train + x_test
    labels = np.concatenate([labels_train, labels_test])
    if not num_words:
        num_words = max(max(x) for x in xs)
    if oov_char is not None:
        xs = [[w if (skip_top <= w < num_words) else oov_char for w in x] for x in xs]
    else:
        xs = [[w for w in x if skip_top <= w < num_words] for x in xs]
    idx = len(x_train)
    return xs[:idx], labels[:idx], xs[idx:], labels[idx:]


def reuters(f, num_words=None, skip_top=0, maxlen=None, test_split=0.2, seed=113, start_char=1, oov_char=2, index_from=3):
    xs, labels = f["x"], f["y"]
    rng = np.random.RandomState(seed)
    indices = np.arange(len(xs))
    rng.shuffle(indices)
    xs, labels = xs[indices], labels[indices]
    if start_char is not None:
        xs = [[start_char] + [w + index_from for w in x] for x in xs]
    elif index_from:
        xs = [[w + index_from for w in x] for x in xs]
    else:
        xs = [[w for w in x] for x in xs]
    if maxlen:
        xs, labels = remove_long_seq(maxlen, xs, labels)
    if not num_words:
        num_words = max(max(x) for x in xs)
    if oov_char is not None:
        xs = [[w if skip_top <= w < num_words else oov_char for w in x] for x in xs]
    else:
        xs = [[w for w in x if skip_top <= w < num_words] for x in xs]
    idx = int(len(xs) * (1 - test_split))
    return xs[:idx], labels[:idx], xs[idx:], labels[idx:]


def as_json(split):
    xtr, ytr, xte, yte = split
    return {"xTrain": xtr, "yTrain": [int(v) for v in ytr], "xTest": xte, "yTest": [int(v) for v in yte]}


imdb_arrays = {
    "x_train": ragged(30, 60, 3, 16),
    "y_train": gen.randint(0, 2, size=30).astype(np.int64),
    "x_test": ragged(20, 60, 3, 16),
    "y_test": gen.randint(0, 2, size=20).astype(np.int64),
}
write_npz("imdb-small.npz", imdb_arrays, protocol=2)
reuters_arrays = {"x": ragged(40, 80, 2, 14), "y": gen.randint(0, 46, size=40).astype(np.int64)}
write_npz("reuters-small.npz", reuters_arrays)

imdb_cases = [
    {"options": {}, "keras": {}},
    {"options": {"numWords": 30, "skipTop": 5}, "keras": {"num_words": 30, "skip_top": 5}},
    {"options": {"maxlen": 10, "seed": 5}, "keras": {"maxlen": 10, "seed": 5}},
    {"options": {"numWords": 25, "oovChar": None}, "keras": {"num_words": 25, "oov_char": None}},
    {"options": {"startChar": None, "indexFrom": 0}, "keras": {"start_char": None, "index_from": 0}},
]
reuters_cases = [
    {"options": {}, "keras": {}},
    {"options": {"numWords": 40, "testSplit": 0.3}, "keras": {"num_words": 40, "test_split": 0.3}},
    {"options": {"maxlen": 8, "startChar": None, "indexFrom": 2}, "keras": {"maxlen": 8, "start_char": None, "index_from": 2}},
]
with np.load(os.path.join(OUT, "imdb-small.npz"), allow_pickle=True) as f:
    for c in imdb_cases:
        c["expected"] = as_json(imdb(f, **c.pop("keras")))
with np.load(os.path.join(OUT, "reuters-small.npz"), allow_pickle=True) as f:
    for c in reuters_cases:
        c["expected"] = as_json(reuters(f, **c.pop("keras")))

# Other object arrays: ragged int32 arrays (NumPy arrays inside), string labels, mixed ints.
inner = np.empty(3, dtype=object)
for i, n in enumerate([2, 4, 1]):
    inner[i] = np.arange(n, dtype=np.int32) * (i + 1)
with open(os.path.join(OUT, "ragged-int32.npy"), "wb") as fh:
    np.save(fh, inner, allow_pickle=True)
with open(os.path.join(OUT, "labels-object.npy"), "wb") as fh:
    np.save(fh, np.array(["cat", "dog", "cat", "bird"], dtype=object), allow_pickle=True)
with open(os.path.join(OUT, "labels-object-p2.npy"), "wb") as fh:
    fh.write(npy_bytes(np.array([np.int64(1), 0, 2.5, True], dtype=object), protocol=2))

shuffles = {}
for seed, n in [(113, 1), (113, 2), (113, 25), (113, 1000), (0, 17), (4294967295, 300)]:
    idx = np.arange(n)
    np.random.RandomState(seed).shuffle(idx)
    shuffles[f"{seed}:{n}"] = [int(v) for v in idx]
# Two shuffles in a row from one generator (imdb shuffles train, then test).
rng = np.random.RandomState(113)
a, b = np.arange(30), np.arange(20)
rng.shuffle(a)
rng.shuffle(b)
shuffles["113:30,20"] = [int(v) for v in a] + [int(v) for v in b]

with open(os.path.join(OUT, "keras-text.json"), "w") as fh:
    json.dump({"imdb": imdb_cases, "reuters": reuters_cases, "shuffles": shuffles}, fh)
print("wrote", OUT)
