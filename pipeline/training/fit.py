"""Fitting the three linear models and exporting them as data (``classifier.linear``).

Candidates are scikit-learn estimators over the same binary features; only logistic
regression is exported (its probabilities are a softmax of a linear score, which the
extractor recomputes in plain Python). The others are measured for the model card.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix

from pipeline.extract.classifier.linear import LinearModel, from_coefficients
from pipeline.training.data import Example

SEED = 15
MIN_COUNT = 2
"""A feature seen in fewer training examples than this is left out (it cannot generalise
and it would bloat the model file)."""


@dataclass(frozen=True)
class Candidate:
    """A kind of model: how to make a fresh estimator for a decision."""

    name: str
    make: Callable[[], Any]
    exportable: bool


def _logreg(c: float, balanced: bool) -> Callable[[], Any]:
    def make() -> Any:
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(
            C=c,
            max_iter=5000,
            class_weight="balanced" if balanced else None,
            random_state=SEED,
        )

    return make


def _svm_calibrated(c: float) -> Callable[[], Any]:
    def make() -> Any:
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.svm import LinearSVC

        return CalibratedClassifierCV(LinearSVC(C=c, random_state=SEED), cv=3, method="sigmoid")

    return make


def _naive_bayes() -> Any:
    from sklearn.naive_bayes import BernoulliNB

    return BernoulliNB(alpha=0.5)


CANDIDATES = {
    c.name: c
    for c in (
        Candidate("logreg C=1", _logreg(1.0, False), True),
        Candidate("logreg C=1 balanced", _logreg(1.0, True), True),
        Candidate("logreg C=0.3 balanced", _logreg(0.3, True), True),
        Candidate("logreg C=3 balanced", _logreg(3.0, True), True),
        Candidate("linear SVM calibrated C=0.1", _svm_calibrated(0.1), False),
        Candidate("Bernoulli naive Bayes", _naive_bayes, False),
    )
}


def vocabulary(examples: Sequence[Example], min_count: int = MIN_COUNT) -> list[str]:
    counts = Counter(f for e in examples for f in e.features)
    return sorted(f for f, n in counts.items() if n >= min_count)


def matrix(examples: Sequence[Example], names: Sequence[str]) -> csr_matrix:
    index = {name: j for j, name in enumerate(names)}
    rows, cols = [], []
    for i, example in enumerate(examples):
        for feature in example.features:
            j = index.get(feature)
            if j is not None:
                rows.append(i)
                cols.append(j)
    data = np.ones(len(rows), dtype=np.float64)
    return csr_matrix((data, (rows, cols)), shape=(len(examples), len(names)))


@dataclass(frozen=True)
class Fitted:
    """A fitted estimator with its feature names: predicts on examples."""

    estimator: Any
    names: list[str]

    @property
    def labels(self) -> list[str]:
        return [str(c) for c in self.estimator.classes_]

    def probabilities(self, examples: Sequence[Example]) -> np.ndarray:
        return np.asarray(self.estimator.predict_proba(matrix(examples, self.names)))

    def export(self) -> LinearModel:
        coef = np.asarray(self.estimator.coef_)
        bias = np.asarray(self.estimator.intercept_)
        return from_coefficients(self.labels, list(bias), self.names, coef.tolist())


class _Constant:
    """What a yes/no decision learns from examples that all say the same (a small corpus
    where the rules let no non-claim through): that answer, with a probability near one."""

    def __init__(self, label: str, width: int) -> None:
        self.classes_ = np.array(["False", "True"])
        self.coef_ = np.zeros((1, width))
        self.intercept_ = np.array([10.0 if label == "True" else -10.0])

    def predict_proba(self, x: csr_matrix) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-self.intercept_[0]))
        return np.tile([1.0 - p, p], (x.shape[0], 1))


def fit(candidate: Candidate, examples: Sequence[Example]) -> Fitted:
    names = vocabulary(examples)
    labels = {e.label for e in examples}
    if len(labels) == 1 and labels <= {"True", "False"}:
        return Fitted(_Constant(labels.pop(), len(names)), names)
    estimator = candidate.make()
    estimator.fit(matrix(examples, names), [e.label for e in examples])
    return Fitted(estimator, names)
