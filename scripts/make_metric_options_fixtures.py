#!/usr/bin/python3
"""Reference values for Candor's metric options, from scikit-learn (Debian's python3-sklearn 1.2.1)
and, for the Keras-rule names, from Keras' documented formulas written out in NumPy.

Run: /usr/bin/python3 scripts/make_metric_options_fixtures.py
Writes test/fixtures/metric-options.json; tests never need Python.

Each case holds targets in Candor's encoding, the model output (probabilities), optional sample
weights, and a list of (metric spec, expected value). Cases include ties, a class never predicted
(undefined precision), single-sample rows, multi-label rows without labels, and weights.
"""
import json
import os
import warnings

import numpy as np
from sklearn.metrics import (classification_report, confusion_matrix, multilabel_confusion_matrix, accuracy_score, average_precision_score, balanced_accuracy_score, brier_score_loss,
                             cohen_kappa_score, fbeta_score, hamming_loss, log_loss, matthews_corrcoef,
                             precision_score, recall_score, roc_auc_score, top_k_accuracy_score)

warnings.filterwarnings("ignore")
rng = np.random.default_rng(20261201)
EPS = 1e-7  # Keras' backend epsilon


def f32(a):
    return np.asarray(a, dtype=np.float32).astype(np.float64)


def keras_bce(y, p):
    p = np.clip(p, EPS, 1 - EPS)
    return -(y * np.log(p) + (1 - y) * np.log(1 - p)).mean(axis=-1)


def keras_cce(y, p):
    p = np.clip(p / p.sum(axis=-1, keepdims=True), EPS, 1 - EPS)
    return -(y * np.log(p)).sum(axis=-1)


def keras_in_top_k(ids, p, k):
    """tf.math.in_top_k: a hit when fewer than k classes score strictly above the true class."""
    target = p[np.arange(len(ids)), ids]
    return ((p > target[:, None]).sum(axis=1) < k).astype(float)


def keras_auc(y, p, w, num_thresholds=200, multi_label=False):
    """keras.metrics.AUC(curve='ROC', summation_method='interpolation'), from its documented definition."""
    y = np.asarray(y, float).reshape(len(y), -1)
    p = np.asarray(p, float).reshape(len(p), -1)
    w = np.ones(len(y)) if w is None else np.asarray(w, float)
    th = np.array([-EPS] + [(i + 1) / (num_thresholds - 1) for i in range(num_thresholds - 2)] + [1 + EPS])
    def area(yc, pc, wc):
        above = pc[None, :] > th[:, None]
        tp = (above * (yc * wc)[None, :]).sum(1)
        fp = (above * ((1 - yc) * wc)[None, :]).sum(1)
        pos, neg = (yc * wc).sum(), ((1 - yc) * wc).sum()
        tpr = tp / pos if pos else np.zeros_like(tp)
        fpr = fp / neg if neg else np.zeros_like(fp)
        return float(np.sum((fpr[:-1] - fpr[1:]) * (tpr[:-1] + tpr[1:]) / 2))
    if multi_label:
        return float(np.mean([area(y[:, j], p[:, j], w) for j in range(y.shape[1])]))
    return area(y.ravel(), p.ravel(), np.repeat(w, y.shape[1]))


def wmean(v, w):
    return float(np.average(v, weights=w)) if w is not None else float(np.mean(v))


def confusion_specs(kind, y, pred, w, averages, extra=()):
    out = []
    for average in averages:
        for zd in (0, 1):
            args = dict(average=average, sample_weight=w, zero_division=zd)
            out.append(({"name": "precision", "average": average, "zeroDivision": zd, **dict(extra)}, precision_score(y, pred, **args)))
            out.append(({"name": "recall", "average": average, "zeroDivision": zd, **dict(extra)}, recall_score(y, pred, **args)))
            for beta in (1, 2, 0.5):
                out.append(({"name": "fbeta", "beta": beta, "average": average, "zeroDivision": zd, **dict(extra)}, fbeta_score(y, pred, beta=beta, **args)))
    return out


cases = []


def add(kind, encoding, y_true, y_pred, weights, specs, note, labels_true=None, labels_pred=None):
    case = {"kind": kind, "encoding": encoding, "note": note, "yTrue": np.asarray(y_true).tolist(), "yPred": np.asarray(y_pred).tolist(),
            "weights": None if weights is None else np.asarray(weights).tolist(),
            "metrics": [{"spec": s, "expected": float(v)} for s, v in specs]}
    if labels_true is not None:
        # The confusion matrix and classification report at the default decision (threshold 0.5 / argmax).
        if kind == "multilabel":
            case["confusion"] = multilabel_confusion_matrix(labels_true, labels_pred, sample_weight=weights).tolist()
        else:
            case["confusion"] = confusion_matrix(labels_true, labels_pred, sample_weight=weights).tolist()
        case["report"] = classification_report(labels_true, labels_pred, sample_weight=weights, output_dict=True, zero_division=0)
    cases.append(case)


# ---- binary: one probability column ----
for trial, weighted in [(0, False), (1, True), (2, False)]:
    n = 40
    y = (rng.uniform(size=n) < 0.35).astype(int)
    y[:2] = [0, 1]
    p = f32(np.clip(0.35 * y + rng.uniform(0, 0.65, n), 0.001, 0.999).round(2))  # rounding makes ties
    w = f32(rng.uniform(0, 2, n).round(2)) if weighted else None
    specs = []
    for t in (0.3, 0.5, 0.7) if trial < 2 else (0.99,):  # at 0.99 nothing is predicted positive: precision is 0/0
        pred = (p > t).astype(int)
        specs += [({"name": "binary_accuracy", "threshold": t}, accuracy_score(y, pred, sample_weight=w))]
        specs += confusion_specs("binary", y, pred, w, ["binary"], extra=[("threshold", t)])
        specs += [({"name": "balanced_accuracy", "threshold": t}, balanced_accuracy_score(y, pred, sample_weight=w)),
                  ({"name": "matthews_corrcoef", "threshold": t}, matthews_corrcoef(y, pred, sample_weight=w)),
                  ({"name": "cohen_kappa", "threshold": t}, cohen_kappa_score(y, pred, sample_weight=w))]
    specs += [({"name": "log_loss"}, log_loss(y, p, sample_weight=w)), ({"name": "brier_score"}, brier_score_loss(y, p, sample_weight=w)),
              ({"name": "auc"}, roc_auc_score(y, p, sample_weight=w)), ({"name": "average_precision"}, average_precision_score(y, p, sample_weight=w)),
              ({"name": "binary_crossentropy"}, wmean(keras_bce(y[:, None], p[:, None]), w)),
              ({"name": "keras_auc"}, keras_auc(y, p, w)), ({"name": "keras_auc", "numThresholds": 7}, keras_auc(y, p, w, 7))]
    add("binary", "binary", y[:, None], p[:, None], w, specs, f"binary trial {trial}{' weighted' if weighted else ''}", y, (p > 0.5).astype(int))

# ---- multiclass: softmax over 4 classes, one-hot and sparse targets ----
for trial, (weighted, encoding) in enumerate([(False, "onehot"), (True, "onehot"), (False, "sparse"), (True, "sparse")]):
    n, k = 30, 4
    ids = rng.integers(0, k, n)
    ids[:k] = np.arange(k)
    logits = rng.normal(size=(n, k)) + 1.2 * np.eye(k)[ids]
    logits[:, 3] -= 3.0  # class 3 is rarely or never the argmax: its precision is often 0/0
    p = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    p = f32(p.round(3))
    p[0, :] = [0.3, 0.3, 0.3, 0.1]  # a three-way tie at the top
    p[1, :] = [0.4, 0.2, 0.2, 0.2]  # a tie at the top-2 cut-off
    p = f32(p / p.sum(1, keepdims=True))
    w = f32(rng.uniform(0, 2, n).round(2)) if weighted else None
    pred = p.argmax(1)
    specs = [({"name": "accuracy"}, accuracy_score(ids, pred, sample_weight=w))]
    specs += confusion_specs("multiclass", ids, pred, w, ["micro", "macro", "weighted"])
    specs += [({"name": "balanced_accuracy"}, balanced_accuracy_score(ids, pred, sample_weight=w)),
              ({"name": "matthews_corrcoef"}, matthews_corrcoef(ids, pred, sample_weight=w)),
              ({"name": "cohen_kappa"}, cohen_kappa_score(ids, pred, sample_weight=w)),
              ({"name": "cohen_kappa", "weights": "linear"}, cohen_kappa_score(ids, pred, weights="linear", sample_weight=w)),
              ({"name": "cohen_kappa", "weights": "quadratic"}, cohen_kappa_score(ids, pred, weights="quadratic", sample_weight=w)),
              ({"name": "log_loss"}, log_loss(ids, p, sample_weight=w, labels=list(range(k)))),
              ({"name": "auc"}, roc_auc_score(ids, p, multi_class="ovr", average="macro", sample_weight=w, labels=list(range(k)))),
              ({"name": "auc", "average": "weighted"}, roc_auc_score(ids, p, multi_class="ovr", average="weighted", sample_weight=w, labels=list(range(k)))),
              ({"name": "top_k_accuracy", "k": 2}, top_k_accuracy_score(ids, p, k=2, sample_weight=w, labels=list(range(k))))]
    if not weighted:  # scikit-learn has no sample weights for one-vs-one
        specs += [({"name": "auc", "multiClass": "ovo"}, roc_auc_score(ids, p, multi_class="ovo", average="macro", labels=list(range(k)))),
                  ({"name": "auc", "multiClass": "ovo", "average": "weighted"}, roc_auc_score(ids, p, multi_class="ovo", average="weighted", labels=list(range(k))))]
    specs += [({"name": "keras_auc"}, keras_auc(np.eye(k)[ids], p, w)), ({"name": "keras_auc", "multiLabel": True, "numThresholds": 50}, keras_auc(np.eye(k)[ids], p, w, 50, True))]
    keras_top = "sparse_top_k_categorical_accuracy" if encoding == "sparse" else "top_k_categorical_accuracy"
    specs += [({"name": keras_top, "k": 2}, wmean(keras_in_top_k(ids, p, 2), w)), ({"name": keras_top, "k": 1}, wmean(keras_in_top_k(ids, p, 1), w))]
    if encoding == "onehot":
        specs += [({"name": "categorical_crossentropy"}, wmean(keras_cce(np.eye(k)[ids], p), w)),
                  ({"name": "categorical_crossentropy", "labelSmoothing": 0.1}, wmean(keras_cce(np.eye(k)[ids] * 0.9 + 0.1 / k, p), w))]
    else:
        specs += [({"name": "sparse_categorical_crossentropy"}, wmean(keras_cce(np.eye(k)[ids], p), w))]
    add("multiclass", encoding, np.eye(k)[ids].astype(int) if encoding == "onehot" else ids, p, w, specs, f"multiclass {encoding}{' weighted' if weighted else ''}", ids, pred)

# ---- multi-label: 5 labels, rows without labels, a label never predicted ----
for trial, weighted in [(0, False), (1, True)]:
    n, k = 24, 5
    Y = (rng.uniform(size=(n, k)) < 0.3).astype(int)
    Y[0] = 0  # a row without labels
    Y[1, :] = [1, 0, 0, 0, 0]
    Y[2, :] = [0, 1, 0, 0, 1]
    P = f32(np.clip(0.4 * Y + rng.uniform(0, 0.6, (n, k)), 0.001, 0.999).round(2))
    P[:, 4] = f32(P[:, 4] * 0.5)  # label 4 is rarely predicted
    w = f32(rng.uniform(0, 2, n).round(2)) if weighted else None
    specs = []
    for t in (0.5, 0.65):
        pred = (P > t).astype(int)
        specs += [({"name": "subset_accuracy", "threshold": t}, accuracy_score(Y, pred, sample_weight=w)),
                  ({"name": "hamming_loss", "threshold": t}, hamming_loss(Y, pred, sample_weight=w))]
        specs += confusion_specs("multilabel", Y, pred, w, ["micro", "macro", "weighted", "samples"], extra=[("threshold", t)])
    specs += [({"name": "binary_crossentropy"}, wmean(keras_bce(Y, P), w)),
              ({"name": "keras_auc"}, keras_auc(Y, P, w)), ({"name": "keras_auc", "multiLabel": True}, keras_auc(Y, P, w, 200, True))]
    if all(0 < Y[:, j].sum() < n for j in range(k)):
        specs += [({"name": "auc"}, roc_auc_score(Y, P, average="macro", sample_weight=w)),
                  ({"name": "auc", "average": "micro"}, roc_auc_score(Y, P, average="micro", sample_weight=w)),
                  ({"name": "auc", "average": "weighted"}, roc_auc_score(Y, P, average="weighted", sample_weight=w))]
    specs += [({"name": "average_precision"}, average_precision_score(Y, P, average="macro", sample_weight=w)),
              ({"name": "average_precision", "average": "micro"}, average_precision_score(Y, P, average="micro", sample_weight=w)),
              ({"name": "average_precision", "average": "weighted"}, average_precision_score(Y, P, average="weighted", sample_weight=w))]
    add("multilabel", "multihot", Y, P, w, specs, f"multilabel{' weighted' if weighted else ''}", Y, (P > 0.5).astype(int))

import sklearn
out_path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "metric-options.json")
with open(out_path, "w") as f:
    json.dump({"generator": "scripts/make_metric_options_fixtures.py", "sklearn": sklearn.__version__, "cases": cases}, f)
print(f"wrote {len(cases)} cases, {sum(len(c['metrics']) for c in cases)} metric values to {os.path.normpath(out_path)}")
