#!/usr/bin/python3
"""NumPy files for Candor's .npy / .npz readers and `candor score`, written by NumPy itself.

Run: /usr/bin/python3 scripts/make_array_fixtures.py   (needs Debian's python3-numpy and python3-sklearn)
Writes test/fixtures/arrays/*.npy|*.npz and test/fixtures/arrays/expected.json; tests never need Python.
"""
import json
import os

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score, roc_auc_score

out = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "arrays")
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(11)
expected = {"arrays": {}, "score": {}}

base = np.arange(24).reshape(2, 3, 4) - 7
for dtype in ["float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool"]:
    for order in ["C", "F"]:
        a = (base % 2 == 0) if dtype == "bool" else (base * 0.5 if dtype.startswith("float") else np.abs(base) if dtype == "uint8" else base).astype(dtype)
        a = np.asfortranarray(a) if order == "F" else np.ascontiguousarray(a)
        name = f"{dtype}_{order}.npy"
        np.save(os.path.join(out, name), a)
        expected["arrays"][name] = {"shape": list(a.shape), "values": a.astype(float).ravel(order="C").tolist()}
strings = np.array(["cat", "dog", "bird", "dog"])
np.save(os.path.join(out, "strings.npy"), strings)
expected["arrays"]["strings.npy"] = {"shape": [4], "values": strings.tolist()}

# Seed 002's situation, saved as a Keras user would: targets with ~3 of 40 tags, sigmoid outputs of a model that learned.
n, k = 300, 40
Y = (rng.uniform(size=(n, k)) < 3 / k).astype(np.int8)
logits = np.where(Y == 1, rng.normal(1.0, 1.2, (n, k)), rng.normal(-3.2, 1.2, (n, k)))
P = (1 / (1 + np.exp(-logits))).astype(np.float32)
np.savez_compressed(os.path.join(out, "tags.npz"), y_test=Y, probs=P)
pred = (P > 0.5).astype(int)
expected["score"]["tags"] = {"binary_accuracy": float((pred == Y).mean()), "subset_accuracy": float(accuracy_score(Y, pred)),
                             "f1_micro": float(f1_score(Y, pred, average="micro", zero_division=0)), "f1_macro": float(f1_score(Y, pred, average="macro", zero_division=0))}

# Binary labels coded -1 / 1 (an SVM's habit) with logits; scikit-learn's pos_label=1.
y = np.where(rng.uniform(size=120) < 0.35, 1, -1)
z = np.where(y == 1, rng.normal(0.8, 1.0, 120), rng.normal(-0.8, 1.0, 120))
np.save(os.path.join(out, "svm_y.npy"), y)
np.save(os.path.join(out, "svm_logits.npy"), z)
p = 1 / (1 + np.exp(-z))
np.save(os.path.join(out, "svm_pred.npy"), np.where(p > 0.5, 1, -1))  # hard decisions in the same coding
expected["score"]["svm"] = {"accuracy": float(accuracy_score(y, np.where(p > 0.5, 1, -1))), "precision": float(precision_score(y, np.where(p > 0.5, 1, -1), pos_label=1)),
                            "recall": float(recall_score(y, np.where(p > 0.5, 1, -1), pos_label=1)), "auc": float(roc_auc_score(y, z)),
                            "precision_pos_minus1": float(precision_score(y, np.where(p > 0.5, 1, -1), pos_label=-1))}

with open(os.path.join(out, "expected.json"), "w") as f:
    json.dump(expected, f)
print(f"wrote {len(expected['arrays'])} arrays and {len(expected['score'])} scoring cases to {os.path.normpath(out)}")
