"""The learned part of the extractor: linear classifiers over a span's words and the rule
cues, trained on the corpus's development gold (``make train``, see ``docs/model-card.md``).

* ``claim``: does a candidate span that passed the rules assert something at all (not
  meta-talk, voiced speech, furniture)?
* ``claim_type``: factual, evaluative or predictive.
* ``hedged``: does the speaker mark uncertainty or personal stance?
* ``boundary``: is a candidate clause boundary inside a sentence (a comma, "and", a dash) where
  one claim ends and the next begins? (optional: a model file without it leaves the
  decision to the rules)

The model is ``model.json`` beside this file: weights as data, read with the standard JSON
parser (no pickle: loading a model file never runs code), with the sha256 of the data it was
trained on. Nothing is downloaded. :func:`using` swaps the model for a block (cross-validation,
the rule-only throughput benchmark); the environment variable ``INTERVIEW_CLAIMS_RULES_ONLY``
does the same for a whole process and its workers (the benchmark's rule-only build, which
runs ``interview-claims build`` in a subprocess). It is a benchmark switch, not a user option:
the claims asset's code version does not change with it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

from pipeline.extract.classifier.boundaries import SPLIT_LABEL, boundary_features
from pipeline.extract.classifier.linear import LinearModel
from pipeline.extract.sentences import SPLIT, Boundary

MODEL_FILE = "model.json"
FORMAT = 1
RULES_ONLY_ENV = "INTERVIEW_CLAIMS_RULES_ONLY"
"""Set (to anything but "" or "0"), the process extracts with the rules alone."""


@dataclass(frozen=True)
class ClaimModel:
    """The decisions' models and what the model file says about their training."""

    claim: LinearModel
    claim_type: LinearModel
    hedged: LinearModel
    claim_threshold: float = 0.5
    """A candidate is dropped when its probability of being a claim is below this."""
    rules_decide: tuple[str, ...] = ()
    """The decisions ("claim_type", "hedged") the rules keep, where they measured better: the
    model then only says how probable the rules' value is."""
    meta: Mapping[str, Any] = field(default_factory=dict)
    boundary: LinearModel | None = None
    """Where to cut a sentence into claims (None: the rules decide)."""
    boundary_thresholds: tuple[float, float] = (0.5, 0.5)
    """The probability of a cut at or above which the model cuts where the rules cut, and where
    they do not: a lower first value leaves the rules' cuts alone unless the model is sure."""

    @cached_property
    def decided_by_rules(self) -> frozenset[str]:
        """The decisions the rules make under this model: those it hands back to them
        (:attr:`rules_decide`), whether a span is a claim when the claim threshold is 0 (the
        filter is off), and where a sentence is cut when the file has no split model."""
        return frozenset(
            {
                *self.rules_decide,
                *(("claim",) if self.claim_threshold <= 0 else ()),
                *(("boundary",) if self.boundary is None else ()),
            }
        )

    def splits(self, boundary: Boundary) -> bool:
        """Whether to cut the sentence at a candidate boundary (the model's decision)."""
        assert self.boundary is not None
        probability = self.boundary.probability(SPLIT_LABEL, boundary_features(boundary))
        where_cut, where_kept = self.boundary_thresholds
        return probability >= (where_cut if boundary.verdict == SPLIT else where_kept)

    def to_json(self) -> dict[str, Any]:
        optional = {}
        if self.boundary is not None:
            optional = {
                "boundary": self.boundary.to_json(),
                "boundary_thresholds": list(self.boundary_thresholds),
            }
        return {
            **optional,
            "format": FORMAT,
            "meta": dict(self.meta),
            "claim_threshold": self.claim_threshold,
            "rules_decide": list(self.rules_decide),
            "claim": self.claim.to_json(),
            "claim_type": self.claim_type.to_json(),
            "hedged": self.hedged.to_json(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClaimModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown claim model format {data.get('format')!r}")
        return cls(
            claim=LinearModel.from_json(data["claim"]),
            claim_type=LinearModel.from_json(data["claim_type"]),
            hedged=LinearModel.from_json(data["hedged"]),
            claim_threshold=float(data["claim_threshold"]),
            rules_decide=tuple(str(d) for d in data.get("rules_decide", ())),
            meta=dict(data.get("meta", {})),
            boundary=LinearModel.from_json(data["boundary"]) if "boundary" in data else None,
            boundary_thresholds=_pair(data.get("boundary_thresholds", (0.5, 0.5))),
        )


def _pair(values: Any) -> tuple[float, float]:
    first, second = (float(v) for v in values)
    return first, second


def dumps(model: ClaimModel) -> str:
    """The model file's text: sorted keys and fixed rounding, so one model is one text."""
    return json.dumps(model.to_json(), sort_keys=True, indent=1) + "\n"


@cache
def packaged() -> ClaimModel | None:
    """The model shipped in the package, or None when there is none (before ``make train``)
    or when :data:`RULES_ONLY_ENV` asks for the rules alone."""
    if os.environ.get(RULES_ONLY_ENV, "") not in ("", "0"):
        return None
    path = resources.files(__name__).joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return ClaimModel.from_json(json.loads(path.read_text("utf-8")))


_override: list[ClaimModel | None] = []


def active() -> ClaimModel | None:
    """The model the extractor uses now: the packaged one unless :func:`using` says otherwise."""
    return _override[-1] if _override else packaged()


@contextmanager
def using(model: ClaimModel | None) -> Iterator[None]:
    """Extract with ``model`` (None: the rules alone) inside the block."""
    _override.append(model)
    try:
        yield
    finally:
        _override.pop()
