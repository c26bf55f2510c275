"""A linear classifier stored as data: for each label a bias and a weight per feature name,
in a JSON file. Prediction is a sum of weights and a softmax (one label against the rest for
a binary decision), in plain Python: no numerical library, no pickle, nothing executed on
load."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class LinearModel:
    """``labels`` in order; ``weights[feature][i]`` is the feature's weight for label ``i``
    (for two labels, one weight: the log-odds of the second label)."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]

    @property
    def binary(self) -> bool:
        return len(self.labels) == 2

    @cached_property
    def _binary_weights(self) -> dict[str, float]:
        """A binary model's weights as plain numbers: the extractor scores a dozen thousand
        boundaries and spans per hundred thousand words, and summing floats found by one
        look-up each is about twice as fast as transposing one-element rows."""
        return {name: row[0] for name, row in self.weights.items()}

    def scores(self, features: Iterable[str]) -> list[float]:
        if self.binary:
            # the same weights added in the same order as below: the same sum, bit for bit
            # (a missing feature and a zero weight add nothing either way)
            return [self.bias[0] + sum(filter(None, map(self._binary_weights.get, features)))]
        get = self.weights.get
        rows = [row for row in map(get, features) if row is not None]
        if not rows:
            return list(self.bias)
        return [
            b + sum(column) for b, column in zip(self.bias, zip(*rows, strict=True), strict=True)
        ]

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """The probability of each label, in the order of ``labels``."""
        scores = self.scores(features)
        if self.binary:
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, scores[0]))))
            return [1.0 - p, p]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        norm = sum(exps)
        return [e / norm for e in exps]

    def probability(self, label: str, features: Iterable[str]) -> float:
        """The probability of one label (0.0 for a label the model does not know)."""
        if label not in self.labels:
            return 0.0
        return self.probabilities(features)[self.labels.index(label)]

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable label and its probability."""
        probs = self.probabilities(features)
        best = max(range(len(probs)), key=probs.__getitem__)
        return self.labels[best], probs[best]

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "bias": [round(b, 6) for b in self.bias],
            "weights": {k: [round(w, 6) for w in v] for k, v in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinearModel:
        labels = tuple(str(label) for label in data["labels"])
        bias = tuple(float(b) for b in data["bias"])
        weights = {str(k): tuple(float(w) for w in v) for k, v in data["weights"].items()}
        width = 1 if len(labels) == 2 else len(labels)
        if len(bias) != width or any(len(v) != width for v in weights.values()):
            raise ValueError("a linear model needs one weight per label (one for two labels)")
        return cls(labels, bias, weights)


def from_coefficients(
    labels: Sequence[str],
    bias: Sequence[float],
    names: Sequence[str],
    coef: Sequence[Sequence[float]],
) -> LinearModel:
    """A model from a fitted linear classifier's intercepts and coefficient rows (one row per
    label, or one row for two labels), dropping features whose weights are all zero."""
    weights = {}
    for j, name in enumerate(names):
        row = tuple(float(coef[i][j]) for i in range(len(coef)))
        if any(abs(w) > 1e-9 for w in row):
            weights[name] = row
    return LinearModel(tuple(labels), tuple(float(b) for b in bias), weights)
