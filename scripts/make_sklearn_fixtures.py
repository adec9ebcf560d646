#!/usr/bin/python3
"""Reference metric values from scikit-learn for Candor's metric tests.

Run: /usr/bin/python3 scripts/make_sklearn_fixtures.py   (needs Debian's python3-sklearn)
Writes test/fixtures/sklearn-metrics.json; tests never need Python.

Every case stores targets in the encoding Candor receives (0/1 column, one-hot rows, integer
ids, multi-hot rows, continuous), the model output (probabilities / scores), the output
layer (units, activation), and scikit-learn's value for each metric name. A value of null
means scikit-learn refuses the case (e.g. ROC AUC with one class present).
precision_at_k / recall_at_k have no scikit-learn function; they are computed here with
NumPy using the same tie rule as top_k_accuracy_score (reversed stable argsort).
"""
import json
import os

import numpy as np
from sklearn.metrics import (accuracy_score, hamming_loss, mean_absolute_error, mean_squared_error,
                             precision_recall_fscore_support, r2_score, roc_auc_score, top_k_accuracy_score)

rng = np.random.default_rng(20261123)


def f32(a):
    """Candor holds float32: references are computed on the same rounded values."""
    return np.asarray(a, dtype=np.float32).astype(np.float64)
cases = []


def safe(f):
    try:
        return float(f())
    except ValueError:
        return None


def prf(y, p, average, labels=None):
    out = precision_recall_fscore_support(y, p, average=average, zero_division=0, labels=labels)
    return [float(v) for v in out[:3]]


def ranked(scores):
    return np.argsort(scores, axis=1, kind="mergesort")[:, ::-1]


def binary_case(n, edge=None):
    y = rng.integers(0, 2, n)
    p = f32(rng.random(n))
    if edge == "all_positive":
        y[:] = 1
    if edge == "predict_all_negative":
        p = f32(p * 0.4)
    if edge == "perfect":
        p = f32(np.where(y == 1, 0.9, 0.1))
    if edge == "ties":
        p = f32(np.round(p, 1))
    pred = (p > 0.5).astype(int)
    v = {
        "accuracy": accuracy_score(y, pred), "binary_accuracy": accuracy_score(y, pred),
        "auc": safe(lambda: roc_auc_score(y, p)), "hamming_loss": hamming_loss(y, pred),
    }
    for name, (pr, rc, f1) in {"binary": prf(y, pred, "binary"), "micro": prf(y, pred, "micro"), "macro": prf(y, pred, "macro")}.items():
        suffix = "" if name == "binary" else "_" + name
        v["precision" + suffix], v["recall" + suffix], v["f1" + suffix] = pr, rc, f1
    cases.append(dict(kind="binary", edge=edge, yTrue=y.astype(float).reshape(-1, 1).tolist(), yPred=p.reshape(-1, 1).tolist(),
                      output={"units": 1, "activation": "sigmoid"}, expected=v))


encoding_accuracy = {"onehot": "categorical_accuracy", "sparse": "sparse_categorical_accuracy"}


def multiclass_case(n, k, encoding, edge=None):
    y = rng.integers(0, k, n)
    scores = rng.random((n, k))
    if edge == "absent_class_in_predictions":
        scores[:, k - 1] = 0.0
    if edge == "absent_class_in_targets":
        y = rng.integers(0, k - 1, n)
    if edge == "argmax_ties":
        scores = np.round(scores * 2) / 2
    if edge == "one_class":
        y[:] = 2
    probs = f32(scores / scores.sum(1, keepdims=True))  # ties within a row survive the normalisation
    pred = np.argmax(probs, 1)
    labels = list(range(k))
    v = {
        "accuracy": accuracy_score(y, pred), encoding_accuracy[encoding]: accuracy_score(y, pred), "hamming_loss": hamming_loss(y, pred),
        "top_2_accuracy": top_k_accuracy_score(y, probs, k=2, labels=labels),
        "top_3_accuracy": top_k_accuracy_score(y, probs, k=3, labels=labels),
        "auc": safe(lambda: roc_auc_score(y, probs, multi_class="ovr", average="macro", labels=labels))
        if len(set(y.tolist())) == k else None,
    }
    for avg in ("micro", "macro"):
        v[f"precision_{avg}"], v[f"recall_{avg}"], v[f"f1_{avg}"] = prf(y, pred, avg)
    v["precision"], v["recall"], v["f1"] = v["precision_macro"], v["recall_macro"], v["f1_macro"]
    per = precision_recall_fscore_support(y, pred, average=None, labels=labels, zero_division=0)
    per_class = {name: [float(x) for x in arr] for name, arr in zip(("precision", "recall", "f1", "support"), per)}
    y_enc = np.eye(k)[y].tolist() if encoding == "onehot" else y.astype(float).tolist()
    cases.append(dict(kind="multiclass", encoding=encoding, edge=edge, yTrue=y_enc, yPred=probs.tolist(), output={"units": k, "activation": "softmax"}, expected=v, perClass=per_class))


def multilabel_case(n, k, edge=None):
    Y = (rng.random((n, k)) < 0.35).astype(int)
    Y[0, :] = 0  # never one-hot throughout
    Y[1, :2] = 1
    P = f32(rng.random((n, k)))
    if edge == "all_zero_predictions":
        P = f32(P * 0.3)
    if edge == "rare_labels":
        Y = (rng.random((n, k)) < 0.08).astype(int)
        Y[0, :] = 0
        Y[1, :2] = 1
    if edge == "score_ties":
        P = f32(np.round(P, 1))
    pred = (P > 0.5).astype(int)
    v = {
        "accuracy": accuracy_score(Y, pred), "subset_accuracy": accuracy_score(Y, pred),
        "binary_accuracy": float(np.mean(Y == pred)), "hamming_loss": hamming_loss(Y, pred),
        "auc": safe(lambda: roc_auc_score(Y, P, average="macro")) if all(0 < Y[:, j].sum() < n for j in range(k)) else None,
    }
    for avg in ("micro", "macro"):
        v[f"precision_{avg}"], v[f"recall_{avg}"], v[f"f1_{avg}"] = prf(Y, pred, avg)
    v["precision"], v["recall"], v["f1"] = v["precision_macro"], v["recall_macro"], v["f1_macro"]
    per = precision_recall_fscore_support(Y, pred, average=None, zero_division=0)
    per_class = {name: [float(x) for x in arr] for name, arr in zip(("precision", "recall", "f1", "support"), per)}
    top = ranked(P)
    for kk in (1, 3):
        hits = np.array([Y[i, top[i, :kk]].sum() for i in range(n)])
        v[f"precision_at_{kk}"] = float(np.mean(hits / kk))
        pos = Y.sum(1)
        v[f"recall_at_{kk}"] = float(np.mean(hits[pos > 0] / pos[pos > 0]))
    cases.append(dict(kind="multilabel", edge=edge, yTrue=Y.astype(float).tolist(), yPred=P.tolist(), output={"units": k, "activation": "sigmoid"}, expected=v, perClass=per_class))


def regression_case(n, outputs, edge=None):
    y = f32(rng.normal(size=(n, outputs)) * 3 + 100)
    p = f32(y + rng.normal(size=(n, outputs)))
    if edge == "constant_target":
        y[:, 0] = 5.0
    if edge == "constant_perfect":
        y[:] = 2.0
        p = y.copy()
    v = {"r2": r2_score(y, p), "mse": mean_squared_error(y, p), "mae": mean_absolute_error(y, p)}
    cases.append(dict(kind="regression", edge=edge, yTrue=y.tolist(), yPred=p.tolist(), output={"units": outputs, "activation": "linear"}, expected=v))


for i in range(20):
    binary_case(int(rng.integers(5, 40)))
for edge in ("all_positive", "predict_all_negative", "perfect", "ties"):
    binary_case(25, edge)
for i in range(32):  # 16 per encoding, plus 4 edge cases each
    multiclass_case(int(rng.integers(8, 40)), int(rng.integers(3, 6)), "onehot" if i % 2 else "sparse")
for edge in ("absent_class_in_predictions", "absent_class_in_targets", "argmax_ties", "one_class"):
    multiclass_case(30, 4, "onehot", edge)
    multiclass_case(30, 4, "sparse", edge)
for i in range(20):
    multilabel_case(int(rng.integers(8, 40)), int(rng.integers(3, 8)))
for edge in ("all_zero_predictions", "rare_labels", "score_ties"):
    multilabel_case(30, 6, edge)
for i in range(20):
    regression_case(int(rng.integers(5, 40)), int(rng.integers(1, 4)))
for edge in ("constant_target", "constant_perfect"):
    regression_case(20, 2, edge)

# TfidfTransformer on random count matrices (some terms in no document, some rows empty).
from sklearn.feature_extraction.text import TfidfTransformer
tfidf = []
for i, opts in enumerate([{}, {"sublinear_tf": True}, {"smooth_idf": False}, {"norm": "l1"}, {"norm": None, "use_idf": False}, {"sublinear_tf": True, "norm": "l2"}]):
    counts = rng.poisson(0.7, size=(12, 9)).astype(float)
    counts[:, 3] = 0
    counts[5, :] = 0
    out = TfidfTransformer(**opts).fit_transform(counts).toarray()
    tfidf.append(dict(options=opts, counts=counts.tolist(), expected=out.tolist()))

# TfidfVectorizer on a small corpus with Unicode, digits, underscores and one-letter words.
from sklearn.feature_extraction.text import TfidfVectorizer
corpus = ["The cat sat on the mat.", "Dogs and cats: 2 friends, 10 toys!", "Café déjà vu — naïve café.", "a b c I x_y z",
          "The THE the cat", "snake_case and CamelCase words", "Numbers 2024 and 3.14 and 42", "ünïcödé and more café"]
vectorizer = []
for opts in [{}, {"sublinear_tf": True}, {"min_df": 2}, {"max_df": 0.5}, {"lowercase": False}, {"norm": None}]:
    v = TfidfVectorizer(**opts)
    out = v.fit_transform(corpus).toarray()
    vectorizer.append(dict(options=opts, vocabulary=list(v.get_feature_names_out()), expected=out.tolist()))

# Sample-weighted metrics (own generator, so the cases above stay as they were): ROC AUC as the
# area under the weighted ROC curve, accuracy and F1 with weighted counts, MSE as a weighted mean.
wrng = np.random.default_rng(7)
weighted = []
for trial in range(4):
    n = 24
    w = f32(wrng.uniform(0, 3, n).round(2))
    w[trial] = 0.0  # a zero weight drops a sample
    y = (wrng.uniform(size=n) < 0.4).astype(int)
    y[:2] = [0, 1]
    p = f32(np.clip(0.3 * y + wrng.uniform(0, 0.7, n), 0, 1))
    weighted.append(dict(kind="binary", yTrue=[[int(v)] for v in y], yPred=[[float(v)] for v in p], weights=w.tolist(), expected={
        "auc": float(roc_auc_score(y, p, sample_weight=w)), "accuracy": float(accuracy_score(y, p >= 0.5, sample_weight=w)),
        "f1": float(precision_recall_fscore_support(y, p >= 0.5, average="binary", sample_weight=w, zero_division=0)[2])}))
    k = 4
    ids = wrng.integers(0, k, n)
    ids[:k] = np.arange(k)
    logits = wrng.normal(size=(n, k)) + 1.5 * np.eye(k)[ids]
    probs = f32(np.exp(logits) / np.exp(logits).sum(1, keepdims=True))
    probs = probs / probs.sum(1, keepdims=True)
    weighted.append(dict(kind="multiclass", yTrue=np.eye(k)[ids].astype(int).tolist(), yPred=probs.tolist(), weights=w.tolist(), expected={
        "auc": float(roc_auc_score(ids, probs, multi_class="ovr", average="macro", sample_weight=w)),
        "accuracy": float(accuracy_score(ids, probs.argmax(1), sample_weight=w)),
        "f1": float(precision_recall_fscore_support(ids, probs.argmax(1), average="macro", sample_weight=w, zero_division=0)[2])}))
    yr = f32(wrng.normal(size=(n, 1)))
    pr = f32(yr + wrng.normal(0, 0.5, size=(n, 1)))
    weighted.append(dict(kind="regression", yTrue=yr.tolist(), yPred=pr.tolist(), weights=w.tolist(), expected={
        "mse": float(mean_squared_error(yr, pr, sample_weight=w)), "mae": float(mean_absolute_error(yr, pr, sample_weight=w))}))

import sklearn
out_path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "sklearn-metrics.json")
with open(out_path, "w") as f:
    json.dump({"generator": "scripts/make_sklearn_fixtures.py", "sklearn": sklearn.__version__, "cases": cases, "weighted": weighted, "tfidf": tfidf, "vectorizer": {"corpus": corpus, "cases": vectorizer}}, f)
print(f"wrote {len(cases)} cases to {os.path.normpath(out_path)}")
