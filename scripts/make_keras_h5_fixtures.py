#!/usr/bin/python3
"""A legacy Keras .h5 model file for `candor doctor`, written with Debian's python3-h5py in the layout
Keras 2 uses for model.save('model.h5'): root attributes keras_version, backend, model_config (the
model.to_json() text) and training_config (the compile settings as JSON). Keras cannot be installed
here; the JSON is seed 000's model as Keras 2.2.4 writes it (test/fixtures/keras/seed000-keras2.json).

Run: /usr/bin/python3 scripts/make_keras_h5_fixtures.py
"""
import json
import os

import h5py

here = os.path.dirname(__file__)
fixtures = os.path.join(here, "..", "test", "fixtures", "keras")
with open(os.path.join(fixtures, "seed000-keras2.json")) as f:
    model_config = json.load(f)
training_config = {"loss": "binary_crossentropy", "metrics": ["accuracy"], "weighted_metrics": None, "sample_weight_mode": None,
                   "loss_weights": None, "optimizer_config": {"class_name": "Adam", "config": {"lr": 0.001}}}
with h5py.File(os.path.join(fixtures, "seed000-keras2.h5"), "w") as h5:
    h5.attrs["keras_version"] = b"2.2.4"
    h5.attrs["backend"] = b"tensorflow"
    h5.attrs["model_config"] = json.dumps(model_config).encode("utf8")
    h5.attrs["training_config"] = json.dumps(training_config).encode("utf8")
    h5.create_group("model_weights")  # weights are not needed for a diagnosis
print("wrote test/fixtures/keras/seed000-keras2.h5")
