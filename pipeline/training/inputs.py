"""What a candidate model sees of a span: the encoders of the cross-validation.

* :class:`Binary`: the classifier's binary features (``classifier.features``), optionally
  with more feature names made from the text (:func:`vader_features`,
  :func:`subjectivity_features`); the only encoding the
  extractor can score today (a linear model stored as data);
* :class:`Embedded`: a static sentence embedding (wordllama's vectors, shipped in its wheel),
  alone or beside the binary features;
* :class:`Texts`: the raw texts, for a model that reads text itself (a spaCy text classifier).

An encoder is fitted on the training examples of a fold (vocabulary, scaling) and then turns
any examples into the estimator's input. Every encoder is deterministic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol
from xml.etree import ElementTree

import numpy as np
from scipy.sparse import csr_matrix, hstack

from pipeline.extract.classifier.features import tokens
from pipeline.training.data import Example

MIN_COUNT = 2
"""A feature seen in fewer training examples than this is left out (it cannot generalise
and it would bloat the model file)."""


class Encoder(Protocol):
    names: list[str]
    """The binary feature names (empty for an encoder that has none)."""
    runtime_bytes: int
    """What the extractor would have to ship besides the weights (embedding tables, ...)."""

    def transform(self, examples: Sequence[Example]) -> Any: ...


Encode = Callable[[Sequence[Example]], Encoder]
"""Fits an encoder on a fold's training examples."""


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


# --- binary features, with or without a lexicon's ---------------------------------------


Extra = Callable[[str], list[str]]


def _with_extra(examples: Sequence[Example], extra: Extra | None) -> list[Example]:
    if extra is None:
        return list(examples)
    return [
        Example(e.source_id, e.text, e.role, e.features + tuple(extra(e.text)), e.label)
        for e in examples
    ]


@dataclass
class Binary:
    """The binary features seen at least :data:`MIN_COUNT` times in training."""

    names: list[str]
    extra: Extra | None = None
    runtime_bytes: int = 0

    def transform(self, examples: Sequence[Example]) -> csr_matrix:
        return matrix(_with_extra(examples, self.extra), self.names)


def binary(extra: Extra | None = None) -> Callable[[Sequence[Example]], Binary]:
    def encode(examples: Sequence[Example]) -> Binary:
        return Binary(vocabulary(_with_extra(examples, extra)), extra)

    return encode


@cache
def _vader_lexicon() -> dict[str, float]:
    """VADER's valence lexicon (Hutto and Gilbert 2014), read from the vaderSentiment wheel."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return {str(k): float(v) for k, v in SentimentIntensityAnalyzer().lexicon.items()}


@cache
def _vader_analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _bucket(value: float, limits: Sequence[float], name: str) -> str:
    for limit in limits:
        if value <= limit:
            return f"{name}<={limit}"
    return f"{name}>{limits[-1]}"


def vader_features(text: str) -> list[str]:
    """VADER as feature names: how many lexicon words the span has, the strongest valence
    and its sign, and VADER's compound score (negation, intensifiers, "but") in buckets."""
    lexicon = _vader_lexicon()
    valences = [lexicon[w] for w in tokens(text) if w in lexicon]
    features = [_bucket(len(valences), (0, 1, 2), "vader_words")]
    if valences:
        strongest = max(valences, key=abs)
        sign = "pos" if strongest > 0 else "neg"
        features.append(f"vader_max_{sign}:{min(3, int(abs(strongest)))}")
    compound = float(_vader_analyzer().polarity_scores(text)["compound"])
    features.append(_bucket(compound, (-0.5, -0.05, 0.05, 0.5), "vader_compound"))
    return features


@cache
def _subjectivity_lexicon() -> dict[str, tuple[float, float]]:
    """Pattern's adjective lexicon (De Smedt and Daelemans; PDDL), as TextBlob ships it: each
    word form's subjectivity and polarity, averaged over its senses. Read from the installed
    wheel's file without importing TextBlob (which would import NLTK)."""
    path = Path(str(metadata.distribution("textblob").locate_file("textblob/en/en-sentiment.xml")))
    senses: dict[str, list[tuple[float, float]]] = {}
    for word in ElementTree.parse(path).getroot().iter("word"):
        form = (word.get("form") or "").lower()
        senses.setdefault(form, []).append(
            (float(word.get("subjectivity") or 0), float(word.get("polarity") or 0))
        )
    return {
        form: (sum(s for s, _ in v) / len(v), sum(p for _, p in v) / len(v))
        for form, v in senses.items()
    }


def subjectivity_features(text: str) -> list[str]:
    """The subjectivity lexicon as feature names: how many of the span's words are subjective
    (>= 0.5), the most subjective word's score and the sign of the strongest polarity, in
    buckets: evaluative claims are the ones that judge, and judging adjectives are subjective."""
    lexicon = _subjectivity_lexicon()
    scores = [lexicon[w] for w in tokens(text) if w in lexicon]
    subjective = [s for s, _ in scores if s >= 0.5]
    features = [_bucket(len(subjective), (0, 1, 2), "subj_words")]
    if scores:
        features.append(_bucket(max(s for s, _ in scores), (0.25, 0.5, 0.75), "subj_max"))
        strongest = max((p for _, p in scores), key=abs)
        if strongest:
            features.append("subj_polarity_" + ("pos" if strongest > 0 else "neg"))
    return features


def word_ending_features(text: str) -> list[str]:
    """The last four letters of every long word (seven letters or more) as feature names:
    evaluative adjectives and nouns the training data has not seen often share an ending
    (-able, -ible, -less, -ness, -ment, ...), so an ending generalises where the word cannot."""
    return sorted({f"suf:{w[-4:]}" for w in tokens(text) if len(w) >= 7 and w.isalpha()})


# --- static embeddings ------------------------------------------------------------------


@cache
def _wordllama() -> Any:
    """wordllama's default model (256 dimensions) from the files inside its wheel; downloads
    disabled. (Its loader looks for the tokenizer in ``tokenizer/`` but the wheel ships it in
    ``tokenizers/``; giving the package folder as the cache folder finds both files.)"""
    import wordllama

    return wordllama.WordLlama.load(
        cache_dir=Path(wordllama.__file__).parent, disable_download=True
    )


def wordllama_bytes() -> int:
    """The size of the files the extractor would need to embed a span (weights, tokenizer)."""
    import wordllama

    root = Path(wordllama.__file__).parent
    files = [*root.glob("weights/*.safetensors"), *root.glob("tokenizers/*.json")]
    return sum(p.stat().st_size for p in files)


_EMBEDDED: dict[str, np.ndarray] = {}


def embed(texts: Sequence[str]) -> np.ndarray:
    """One normalised vector per text (cached: every fold embeds the same spans)."""
    missing = sorted({t for t in texts if t not in _EMBEDDED})
    if missing:
        vectors = np.asarray(_wordllama().embed(missing, norm=True), dtype=np.float64)
        _EMBEDDED.update(zip(missing, vectors, strict=True))
    return np.vstack([_EMBEDDED[t] for t in texts]) if texts else np.zeros((0, 256))


@dataclass
class Embedded:
    """The embedding, each dimension standardised on the training examples (so that one
    regularisation suits it and the binary features), optionally beside the binary features."""

    mean: np.ndarray
    scale: np.ndarray
    words: Binary | None
    names: list[str] = field(default_factory=list)
    runtime_bytes: int = 0

    def transform(self, examples: Sequence[Example]) -> Any:
        dense = (embed([e.text for e in examples]) - self.mean) / self.scale
        if self.words is None:
            return dense
        return hstack([self.words.transform(examples), csr_matrix(dense)], format="csr")


def embedded(with_words: bool) -> Encode:
    def encode(examples: Sequence[Example]) -> Embedded:
        vectors = embed([e.text for e in examples])
        scale = vectors.std(axis=0)
        scale[scale == 0] = 1.0
        words = binary()(examples) if with_words else None
        return Embedded(
            vectors.mean(axis=0),
            scale,
            words,
            words.names if words else [],
            wordllama_bytes(),
        )

    return encode


# --- raw texts --------------------------------------------------------------------------


@dataclass
class Texts:
    """The spans' texts with the speaker's role (for a model with its own tokenizer)."""

    names: list[str] = field(default_factory=list)
    runtime_bytes: int = 0

    def transform(self, examples: Sequence[Example]) -> list[str]:
        return [f"{e.role}: {e.text}" for e in examples]


def texts(examples: Sequence[Example]) -> Texts:
    return Texts()
