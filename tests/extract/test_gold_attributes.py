"""The attribute extractors on the gold claim spans, scored with the keys of the project's scorer.

Spans come from the gold annotation, so these figures measure the attributes alone; the
end-to-end scorer (pipeline/evaluation/scoring.py) also counts span errors. Keys, as in the scorer:
quantities by (value, low, high, unit) rounded to 3 places, times by (start, end), entities by
case-folded canonical name; one set a claim; micro precision, recall and F1.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.evaluation import REFERENCE_ID as REFERENCE
from pipeline.evaluation import targets
from pipeline.evaluation.scoring import entity_key, quantity_key, time_key
from pipeline.extract.attributes import claim_type, is_hedged
from pipeline.extract.entities import find_mentions, link_people
from pipeline.extract.model import Mention
from pipeline.extract.quantities import find_quantities
from pipeline.extract.times import find_times

DATA = Path(__file__).resolve().parents[1] / "data"
PROJECT = DATA.parents[1]
INTERVIEWS = sorted(
    p.name.removesuffix(".gold.jsonl") for p in (DATA / "interviews").glob("*.gold.jsonl")
)

REFERENCE_TARGETS = targets.attributes_on_gold_spans("reference")
# Other interviews, other topics and layouts: a guard against rules that only fit the reference.
INTERVIEW_TARGETS = targets.attributes_on_gold_spans("fixtures")


@dataclass(frozen=True)
class Source:
    """A gold annotation with the metadata its attributes need."""

    records: list[dict[str, Any]]
    anchor: date
    people: list[str]


def _names(value: Any) -> list[str]:
    if not value:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def load(gold: Path, meta: Path) -> Source:
    records = [json.loads(line) for line in gold.read_text("utf-8").splitlines() if line.strip()]
    data = yaml.safe_load(meta.read_text("utf-8"))
    anchor = data["interview_date"]
    anchor = anchor if isinstance(anchor, date) else date.fromisoformat(str(anchor))
    return Source(
        records, anchor, _names(data.get("interviewee")) + _names(data.get("interviewer"))
    )


def reference() -> Source:
    return load(
        PROJECT / "corpus" / "gold" / f"{REFERENCE}.jsonl",
        PROJECT / "sources" / f"{REFERENCE}.yaml",
    )


def interview(source_id: str) -> Source:
    folder = DATA / "interviews"
    return load(folder / f"{source_id}.gold.jsonl", folder / f"{source_id}.yaml")


@dataclass
class Counts:
    """Micro counts for one set-valued attribute."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, gold: set[Any], predicted: set[Any]) -> None:
        self.tp += len(gold & predicted)
        self.predicted += len(predicted)
        self.gold += len(gold)

    @property
    def f1(self) -> float:
        if not self.predicted and not self.gold:
            return 1.0
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def _as_dicts(items: Iterable[Any]) -> list[dict[str, Any]]:
    return [
        {
            k: getattr(x, k)
            for k in ("value", "value_low", "value_high", "unit", "start", "end", "name")
            if hasattr(x, k)
        }
        for x in items
    ]


def score(sources: Iterable[Source], link: bool = True) -> dict[str, float]:
    """Attribute figures over the gold claims of ``sources``."""
    correct = total = 0
    hedged = Counts()
    sets: dict[str, Counts] = {"quantities": Counts(), "times": Counts(), "entities": Counts()}
    keyers: dict[str, Callable[[Mapping[str, Any]], Any]] = {
        "quantities": quantity_key,
        "times": time_key,
        "entities": entity_key,
    }
    for source in sources:
        texts = [r["text"] for r in source.records]
        mentions: list[list[Mention]] = [find_mentions(t) for t in texts]
        if link:
            mentions = link_people(mentions, source.people)
        for record, text, found in zip(source.records, texts, mentions, strict=True):
            correct += claim_type(text) == record["claim_type"]
            total += 1
            hedged.add({0} if record["hedged"] else set(), {0} if is_hedged(text) else set())
            predicted = {
                "quantities": find_quantities(text),
                "times": find_times(text, source.anchor),
                "entities": found,
            }
            for name, keyer in keyers.items():
                sets[name].add(
                    {keyer(x) for x in record.get(name, [])},
                    {keyer(x) for x in _as_dicts(predicted[name])},
                )
    return {
        "claim_type": correct / total,
        "hedged": hedged.f1,
        **{name: counts.f1 for name, counts in sets.items()},
    }


@pytest.fixture(scope="module")
def reference_figures() -> dict[str, float]:
    return score([reference()])


@pytest.mark.parametrize("measure", sorted(REFERENCE_TARGETS))
def test_reference_targets(reference_figures: dict[str, float], measure: str) -> None:
    assert reference_figures[measure] >= REFERENCE_TARGETS[measure], reference_figures


def test_reference_entities_without_linking_people() -> None:
    """What the pipeline gets until claims.py links "Prof. Jones" to "Pauline Jones"."""
    assert score([reference()], link=False)["entities"] >= REFERENCE_TARGETS["entities"]


@pytest.mark.skipif(not INTERVIEWS, reason="no annotated interviews under tests/data/interviews")
@pytest.mark.parametrize("measure", sorted(INTERVIEW_TARGETS))
def test_other_interviews(measure: str) -> None:
    figures = score(interview(i) for i in INTERVIEWS)
    assert figures[measure] >= INTERVIEW_TARGETS[measure], figures
