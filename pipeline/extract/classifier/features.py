"""The features the claim classifier sees: the words of a span, the speaker's role and the
rule cues (:func:`pipeline.extract.attributes.rule_signals`).

Every feature is a name; a span's features are the names present (binary). The same function
serves training and prediction, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.extract.model import ClaimType

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_DIGIT = re.compile(r"\d")


def _shapes(text: str) -> list[str]:
    """A few shapes that words miss: a span that asks, quotes, counts or introduces."""
    shapes = []
    if text.rstrip().endswith("?"):
        shapes.append("ends_question")
    if '"' in text or "“" in text or "”" in text:
        shapes.append("quote")
    if _DIGIT.search(text):
        shapes.append("digit")
    if ":" in text:
        shapes.append("colon")
    first = text[:1]
    if "A" <= first <= "Z":
        shapes.append("starts_upper")
    elif "a" <= first <= "z":
        shapes.append("starts_lower")
    return shapes


def _length_bucket(words: int) -> str:
    for limit in (3, 6, 10, 20, 40):
        if words <= limit:
            return f"len<={limit}"
    return "len>40"


def tokens(text: str) -> list[str]:
    """The lower-case words of a span (contractions kept whole: "don't", "it's")."""
    return _TOKEN.findall(text.translate(_QUOTES).lower())


def span_features(
    text: str, role: str, rule_type: ClaimType, rule_hedged: bool, signals: list[str]
) -> list[str]:
    """The feature names of one span: words and word pairs, its first words, its length,
    its shape, the speaker's role, and the rules' decisions and cues."""
    words = tokens(text)
    features = [f"w:{w}" for w in words]
    features += [f"b:{a}_{b}" for a, b in pairwise(words)]
    if words:
        features.append(f"first:{words[0]}")
        features.append(f"first2:{'_'.join(words[:2])}")
    features.append(_length_bucket(len(words)))
    features += _shapes(text)
    features.append(f"role:{role}")
    features.append(f"rule_type:{rule_type}")
    features.append(f"rule_hedged:{rule_hedged}")
    features += [f"cue:{s}" for s in signals]
    features += [f"cue_kind:{s.split(':')[0]}" for s in signals if ":" in s]
    return list(dict.fromkeys(features))  # each once, in a fixed order (sums are repeatable)
