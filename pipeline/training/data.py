"""The training examples, built from the corpus's adjudicated gold.

* Type and hedging: every gold claim's verbatim text, role, type and hedging.
* Claim or not: every span the rule extractor produces on a training interview (the rules
  alone, no model), labelled a claim when it matches a gold claim one to one at intersection
  over union >= 0.5 (the scorer's rule) and not a claim otherwise: the meta-talk, voiced speech
  and furniture the rules let through.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.evaluation.corpus import Corpus, Interview
from pipeline.evaluation.scoring import IOU_MIN, locate
from pipeline.extract import attributes, classifier
from pipeline.extract.model import SpeakerRole
from pipeline.extraction import extract_source

TRAINING_SPLITS = ("dev", "reference")
"""Never ``test``: its figures are measured once, on a model that never saw it."""


@dataclass(frozen=True)
class Example:
    source_id: str
    text: str
    role: SpeakerRole
    features: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class Examples:
    """One interview's examples for each decision."""

    source_id: str
    split: str
    claim_type: tuple[Example, ...]
    hedged: tuple[Example, ...]
    claim: tuple[Example, ...]


def training_interviews(corpus: Corpus, splits: Sequence[str] = TRAINING_SPLITS) -> list[Interview]:
    """The adjudicated interviews of the training splits, in id order."""
    if "test" in splits:
        raise ValueError("the test split is never trained on")
    chosen = [i for split in splits for i in corpus.in_split(split)]
    return sorted(chosen, key=lambda i: i.source_id)


def data_sha256(corpus: Corpus, interviews: Sequence[Interview]) -> str:
    """The hash of everything the model is trained from: each interview's id, text and gold."""
    digest = hashlib.sha256()
    for interview in sorted(interviews, key=lambda i: i.source_id):
        digest.update(interview.source_id.encode() + b"\0")
        digest.update((corpus.folder(interview) / f"{interview.source_id}.txt").read_bytes())
        digest.update((corpus.gold_dir / f"{interview.source_id}.jsonl").read_bytes())
    return digest.hexdigest()


def _features(text: str, role: SpeakerRole) -> tuple[str, ...]:
    return attributes.model_inputs(text, role)[2]


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def matched(gold: Sequence[tuple[int, int]], found: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Which found span matches which gold span (found index -> gold index), one to one,
    best overlap first, as the scorer pairs them."""
    pairs = sorted(
        (
            (_iou(g, f), gi, fi)
            for gi, g in enumerate(gold)
            for fi, f in enumerate(found)
            if _iou(g, f) >= IOU_MIN
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used: set[int] = set()
    out: dict[int, int] = {}
    for _, gi, fi in pairs:
        if gi not in used and fi not in out:
            used.add(gi)
            out[fi] = gi
    return out


def interview_examples(corpus: Corpus, interview: Interview) -> Examples:
    gold = corpus.gold(interview)
    sid = interview.source_id
    typed, hedged = [], []
    for record in gold:
        role: SpeakerRole = record["speaker_role"]
        features = _features(record["text"], role)
        typed.append(Example(sid, record["text"], role, features, str(record["claim_type"])))
        hedged.append(Example(sid, record["text"], role, features, str(bool(record["hedged"]))))
    with classifier.using(None):
        tables = extract_source(corpus.folder(interview), sid)
    claims = tables["claims"]
    claims = claims[claims["source_id"] == sid]
    document = str(tables["documents"]["text"].iloc[0])
    gold_spans = [locate(document, g["text"], int(g.get("occurrence", 0))) for g in gold]
    found = [
        (int(s), int(e)) for s, e in zip(claims["char_start"], claims["char_end"], strict=True)
    ]
    pairs = matched(gold_spans, found)
    candidates = []
    for i, (text, role) in enumerate(zip(claims["text"], claims["speaker_role"], strict=True)):
        features = _features(str(text), role)
        candidates.append(Example(sid, str(text), role, features, str(i in pairs)))
    return Examples(sid, interview.split, tuple(typed), tuple(hedged), tuple(candidates))
