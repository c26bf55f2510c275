"""Identifiers derived from content, never from row numbers or run order.

A changing id is a breaking change for everyone who cited it, so ids depend only on what
the row says: a claim's id survives edits elsewhere in its source, edits to other sources and
shifts of its offsets.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form of a text that ids are derived from: NFKC, straight quotes, single spaces,
    case folded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().casefold()


def _digest(prefix: str, *parts: str) -> str:
    return f"{prefix}_" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def occurrences(texts: Iterable[str]) -> Iterator[int]:
    """For each text in order, how many identical (normalised) texts came before it."""
    seen: Counter[str] = Counter()
    for text in texts:
        key = normalise(text)
        yield seen[key]
        seen[key] += 1


def claim_id(source_id: str, text: str, occurrence: int) -> str:
    return _digest("c", "claim", source_id, normalise(text), str(occurrence))


def passage_id(source_id: str, text: str, occurrence: int) -> str:
    return _digest("p", "passage", source_id, normalise(text), str(occurrence))


def entity_id(name: str, entity_type: str) -> str:
    return _digest("e", "entity", entity_type, normalise(name))
