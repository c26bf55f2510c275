"""The training examples, built from the corpus's adjudicated gold.

* Type and hedging: every gold claim's verbatim text, role, type and hedging.
* Claim or not: every span the rule extractor produces on a training interview (the rules
  alone, no model), labelled a claim when it matches a gold claim one to one at intersection
  over union >= 0.5 (the scorer's rule) and not a claim otherwise: the meta-talk, voiced speech
  and furniture the rules let through.
* Split or not: every candidate clause boundary the sentence rules weigh inside a claim
  passage (a comma, "and", a dash; with the rules' verdict), labelled a split where a gold
  claim ends or begins at it and not a split where one gold claim runs across it; boundaries
  outside every gold claim say nothing and are left out. The sentence is cut where the gold
  cuts it (teacher forcing), so each boundary is seen with the clause the gold gives it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import cast

import pandas as pd

from pipeline.evaluation.corpus import Corpus, Interview
from pipeline.evaluation.scoring import IOU_MIN, locate
from pipeline.extract import attributes, classifier, sentences
from pipeline.extract.claims import CLAIM_KINDS
from pipeline.extract.classifier.boundaries import boundary_features
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
    boundary: tuple[Example, ...] = ()


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
    # the same document and passages, cut again where the gold cuts (no second read)
    boundary = boundary_examples(sid, document, tables["passages"], gold_spans)
    return Examples(
        sid, interview.split, tuple(typed), tuple(hedged), tuple(candidates), tuple(boundary)
    )


# How far (in characters) a gold claim's end or start may lie from a joiner's gap and still
# mark a boundary there: trimming leaves a claim's end before its comma or closing quote.
_SLACK = 2


def gold_boundary(
    gold: Sequence[tuple[int, int]], gap: tuple[int, int], joiner: tuple[int, int]
) -> bool | None:
    """Whether the gold cuts a sentence at a candidate boundary: True where a gold claim ends
    between the word before the joiner and the joiner's end, or begins between the joiner and
    the word after it; False where one gold claim runs across the whole gap; None (the gold
    says nothing) elsewhere. ``gap`` runs from the end of the word before the joiner to the
    start of the word after it; ``joiner`` is the joiner's own extent."""
    for start, end in gold:
        if gap[0] - _SLACK <= end <= joiner[1] + _SLACK:
            return True
        if joiner[0] - _SLACK <= start <= gap[1] + _SLACK:
            return True
    if any(start < gap[0] and end > gap[1] for start, end in gold):
        return False
    return None


def boundary_examples(
    sid: str, text: str, passages: pd.DataFrame, gold_spans: Sequence[tuple[int, int]]
) -> list[Example]:
    """The split examples of one document (see the module's docstring): ``text`` and
    ``passages`` as the extractor's tables hold them."""
    examples: list[Example] = []

    def record(role: SpeakerRole, boundary: sentences.Boundary) -> bool:
        tokens = boundary.tokens
        gap = (tokens[boundary.at - 1].end, tokens[boundary.right].start)
        joiner = (tokens[boundary.at].start, tokens[boundary.at].end)
        label = gold_boundary(gold_spans, gap, joiner)
        if label is None:
            return boundary.verdict == sentences.SPLIT
        window = text[tokens[max(boundary.left, boundary.at - 4)].start : gap[1] + 20]
        examples.append(Example(sid, window, role, boundary_features(boundary), str(label)))
        return label

    for kind, role, start, end in zip(
        passages["kind"],
        passages["speaker_role"],
        passages["char_start"],
        passages["char_end"],
        strict=True,
    ):
        if kind not in CLAIM_KINDS or not isinstance(role, str):
            continue  # furniture, or a passage nobody speaks: the extractor skips it too
        for s, e in sentences.sentence_spans(text, int(start), int(end)):
            sentences.claim_spans(text, s, e, partial(record, cast(SpeakerRole, role)))
    return examples
