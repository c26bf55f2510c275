"""A spaCy text classifier trained from a blank English pipeline (no pretrained pipeline, no
download), wrapped as an estimator of the cross-validation (``fit``, ``predict_proba``,
``classes_``) over the texts of :class:`pipeline.training.inputs.Texts`.

Its architecture is spaCy's bag of words and word pairs (``spacy.TextCatBOW.v3``): the
ensemble with a convolutional layer costs minutes per fold on this machine's two shared cores
for a few hundred examples per class.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

import numpy as np

EPOCHS = 10
BATCH = 32


class SpacyTextcat:
    def __init__(self, seed: int, exclusive: bool = True) -> None:
        self.seed = seed
        self.exclusive = exclusive
        self.classes_ = np.array([])
        self.nlp: Any = None

    def _pipeline(self, labels: Sequence[str]) -> Any:
        import spacy

        spacy.util.fix_random_seed(self.seed)
        nlp = spacy.blank("en")
        model = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": self.exclusive,
                 "ngram_size": 2, "no_output_layer": False}  # fmt: skip
        textcat: Any = nlp.add_pipe("textcat", config={"model": model})
        for label in labels:
            textcat.add_label(label)
        return nlp

    def _cats(self, label: str) -> dict[str, float]:
        return {str(c): float(c == label) for c in self.classes_}

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> SpacyTextcat:
        from spacy.training import Example

        self.classes_ = np.array(sorted(set(labels)))
        nlp = self._pipeline([str(c) for c in self.classes_])
        examples = [
            Example.from_dict(nlp.make_doc(t), {"cats": self._cats(y)})
            for t, y in zip(texts, labels, strict=True)
        ]
        optimizer = nlp.initialize(lambda: examples)
        order = random.Random(self.seed)
        for _ in range(EPOCHS):
            order.shuffle(examples)
            for start in range(0, len(examples), BATCH):
                nlp.update(examples[start : start + BATCH], sgd=optimizer, drop=0.2)
        self.nlp = nlp
        return self

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        rows = [[doc.cats[str(c)] for c in self.classes_] for doc in self.nlp.pipe(texts)]
        probs = np.asarray(rows, dtype=np.float64).reshape(len(rows), len(self.classes_))
        return probs / np.clip(probs.sum(axis=1, keepdims=True), 1e-12, None)

    def size_bytes(self) -> int:
        return len(self.nlp.to_bytes())
