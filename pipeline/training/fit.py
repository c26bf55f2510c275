"""Fitting the decisions' models and exporting them as data (``classifier.linear``).

A candidate is an encoder of the spans (``pipeline.training.inputs``) and a fresh estimator
for each decision. Only logistic regression over the binary features is exported (its
probabilities are a softmax of a linear score, which the extractor recomputes in plain
Python); the others are measured for the model card.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix

from pipeline.extract.classifier.linear import LinearModel, from_coefficients
from pipeline.training import inputs
from pipeline.training.data import Example
from pipeline.training.inputs import MIN_COUNT, matrix, vocabulary

SEED = 15


@dataclass(frozen=True)
class Candidate:
    """A kind of model: how to encode the spans and make a fresh estimator for a decision."""

    name: str
    make: Callable[[], Any]
    exportable: bool
    encode: inputs.Encode = field(default_factory=inputs.binary)
    interview_balanced: bool = False
    """Weight each training example so that every interview weighs the same in total (on top
    of any class balancing): the measure that matters is on unseen interviews, and without
    this the longest interviews dominate the fit."""


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


def _lightgbm(balanced: bool) -> Callable[[], Any]:
    """Gradient-boosted trees, small (15 leaves, 300 rounds of 0.05), one thread and
    LightGBM's deterministic mode, so that a fold gives the same trees every time."""

    def make() -> Any:
        from lightgbm import LGBMClassifier

        return LGBMClassifier(
            n_estimators=300,
            learning_rate=0.05,
            num_leaves=15,
            min_child_samples=5,
            colsample_bytree=0.5,
            class_weight="balanced" if balanced else None,
            random_state=SEED,
            deterministic=True,
            force_row_wise=True,
            n_jobs=1,
            verbose=-1,
        )

    return make


def _spacy_textcat() -> Any:
    from pipeline.training.spacy_textcat import SpacyTextcat

    return SpacyTextcat(SEED)


CANDIDATES = {
    c.name: c
    for c in (
        Candidate("logreg C=1", _logreg(1.0, False), True),
        Candidate("logreg C=1 balanced", _logreg(1.0, True), True),
        Candidate("logreg C=0.3 balanced", _logreg(0.3, True), True),
        Candidate("logreg C=3 balanced", _logreg(3.0, True), True),
        Candidate("linear SVM calibrated C=0.1", _svm_calibrated(0.1), False),
        Candidate("Bernoulli naive Bayes", _naive_bayes, False),
        Candidate("LightGBM", _lightgbm(False), False),
        Candidate("LightGBM balanced", _lightgbm(True), False),
        Candidate(
            "logreg C=0.3 balanced + VADER",
            _logreg(0.3, True),
            True,
            inputs.binary(inputs.vader_features),
        ),
        Candidate(
            "logreg C=1 + VADER", _logreg(1.0, False), True, inputs.binary(inputs.vader_features)
        ),
        Candidate(
            "logreg C=0.3 balanced + subjectivity lexicon",
            _logreg(0.3, True),
            True,
            inputs.binary(inputs.subjectivity_features),
        ),
        Candidate(
            "wordllama embedding, logreg C=0.3 balanced",
            _logreg(0.3, True),
            False,
            inputs.embedded(with_words=False),
        ),
        Candidate(
            "wordllama embedding, logreg C=1",
            _logreg(1.0, False),
            False,
            inputs.embedded(with_words=False),
        ),
        Candidate(
            "words + wordllama, logreg C=0.3 balanced",
            _logreg(0.3, True),
            False,
            inputs.embedded(with_words=True),
        ),
        Candidate(
            "words + wordllama, logreg C=1",
            _logreg(1.0, False),
            False,
            inputs.embedded(with_words=True),
        ),
        Candidate("spaCy textcat (blank en, bag of words)", _spacy_textcat, False, inputs.texts),
        Candidate(
            "logreg C=0.3 balanced, interviews weighed equally",
            _logreg(0.3, True),
            True,
            interview_balanced=True,
        ),
        Candidate(
            "logreg C=0.3 balanced + word endings",
            _logreg(0.3, True),
            True,
            inputs.binary(inputs.word_ending_features),
        ),
    )
}


@dataclass(frozen=True)
class Fitted:
    """A fitted estimator with its feature names: predicts on examples."""

    estimator: Any
    encoder: inputs.Encoder

    @property
    def names(self) -> list[str]:
        return self.encoder.names

    @property
    def labels(self) -> list[str]:
        return [str(c) for c in self.estimator.classes_]

    def probabilities(self, examples: Sequence[Example]) -> np.ndarray:
        return np.asarray(self.estimator.predict_proba(self.encoder.transform(examples)))

    def size_bytes(self) -> int:
        """What the model would weigh in the repository: the exported weights (JSON) for a
        linear model, LightGBM's text dump for trees, spaCy's serialised pipeline (what the
        encoder needs at run time, an embedding table, is ``encoder.runtime_bytes``)."""
        estimator = self.estimator
        if hasattr(estimator, "booster_"):
            own = len(estimator.booster_.model_to_string().encode())
        elif hasattr(estimator, "size_bytes"):
            own = int(estimator.size_bytes())
        elif hasattr(estimator, "coef_"):
            coef = np.asarray(estimator.coef_)
            own = len(json.dumps([round(float(w), 6) for w in coef.ravel() if w != 0]).encode())
            own += sum(len(n) + 4 for n in self.names)
        else:  # calibrated SVM, naive Bayes: not exported, size not measured
            own = 0
        return own

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
    labels = {e.label for e in examples}
    if len(labels) == 1 and labels <= {"True", "False"}:
        words = inputs.binary()(examples)
        return Fitted(_Constant(labels.pop(), len(words.names)), words)
    encoder = candidate.encode(examples)
    estimator = candidate.make()
    x, y = encoder.transform(examples), [e.label for e in examples]
    if candidate.interview_balanced:
        estimator.fit(x, y, sample_weight=interview_weights(examples))
    else:
        estimator.fit(x, y)
    return Fitted(estimator, encoder)


def interview_weights(examples: Sequence[Example]) -> np.ndarray:
    """Per-example weights under which every interview weighs the same in total, scaled so
    that they average one (the regularisation strength keeps its meaning)."""
    counts = Counter(e.source_id for e in examples)
    mean = len(examples) / len(counts)
    return np.array([mean / counts[e.source_id] for e in examples], dtype=np.float64)


__all__ = [
    "CANDIDATES",
    "MIN_COUNT",
    "SEED",
    "Candidate",
    "Fitted",
    "fit",
    "interview_weights",
    "matrix",
    "vocabulary",
]
