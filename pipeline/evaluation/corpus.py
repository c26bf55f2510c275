"""The annotated corpus: real published interviews with adjudicated gold claims, split once
into a development part (for rule and model work) and a test part that nobody tunes on.

``corpus/corpus.yaml`` lists each interview with its split, its layout and where its text
lives: ``sources`` (the project's ``sources/``, beside ``corpus/``) for texts the dataset
republishes, ``texts`` (``corpus/texts/``) for texts it may not.
Publisher, licence and dates are in the text's own yaml, never repeated here. Gold is in
``corpus/gold/<id>.jsonl``; the two independent annotation passes it was adjudicated from are
in ``corpus/passes/<id>.a.jsonl`` and ``<id>.b.jsonl``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pipeline.evaluation.scoring import GoldError, aggregate, read_gold, score_tables

SPLITS = ("test", "dev", "reference")
"""``reference`` is the interview the rules were first written from: tuned on, so in neither
the development nor the test figures."""
TEXT_FOLDERS = {"sources": "../sources", "texts": "texts"}
"""Where a text lives, relative to the corpus folder."""
PASSES = ("a", "b")


@dataclass(frozen=True)
class Interview:
    """One corpus interview: where its text is, which split it is in, how it is laid out."""

    source_id: str
    split: str
    layout: str
    text_folder: str
    retrieved_from: str | None
    retrieved: str | None
    pending: bool = False
    """Collected and in its split, but not yet adjudicated: left out of every figure."""


@dataclass(frozen=True)
class Corpus:
    root: Path
    """The corpus folder (``corpus/`` in the repository)."""
    codebook_version: str
    interviews: tuple[Interview, ...]

    @property
    def gold_dir(self) -> Path:
        return self.root / "gold"

    def folder(self, interview: Interview) -> Path:
        return (self.root / TEXT_FOLDERS[interview.text_folder]).resolve()

    def gold(self, interview: Interview) -> list[dict[str, Any]]:
        return read_gold(self.gold_dir / f"{interview.source_id}.jsonl")

    def passes(self, interview: Interview) -> dict[str, Path]:
        folder = self.root / "passes"
        found = {p: folder / f"{interview.source_id}.{p}.jsonl" for p in PASSES}
        return {p: path for p, path in found.items() if path.is_file()}

    def in_split(self, split: str) -> list[Interview]:
        """The adjudicated interviews of a split."""
        return [i for i in self.interviews if i.split == split and not i.pending]

    def dev_only(self, wanted: str | None = None) -> list[Interview]:
        """The development split's adjudicated interviews, or only ``wanted`` when it is one of
        them. The error-reading tools go through this and nothing else, so that the text and
        gold of a test or reference interview is never read while rules are written: any
        other id is refused."""
        dev = self.in_split("dev")
        if wanted is None:
            return dev
        chosen = [i for i in dev if i.source_id == wanted]
        if not chosen:
            raise GoldError(f"{wanted} is not a dev interview: only the dev split is read")
        return chosen


def load_corpus(root: Path) -> Corpus:
    """Read ``root/corpus.yaml``; every problem is a :class:`GoldError` naming it."""
    path = root / "corpus.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise GoldError(f"{path}: cannot be read ({err})") from None
    if not isinstance(data, dict) or not isinstance(data.get("interviews"), list):
        raise GoldError(f"{path}: needs a codebook_version and a list of interviews")
    interviews = []
    for number, entry in enumerate(data["interviews"], start=1):
        if not isinstance(entry, dict):
            raise GoldError(f"{path}: interview {number} is not a mapping")
        interview = Interview(
            source_id=str(entry.get("id", "")),
            split=str(entry.get("split", "")),
            layout=str(entry.get("layout", "")),
            text_folder=str(entry.get("text", "")),
            retrieved_from=entry.get("retrieved_from"),
            retrieved=None if entry.get("retrieved") is None else str(entry["retrieved"]),
            pending=bool(entry.get("pending", False)),
        )
        if interview.split not in SPLITS:
            raise GoldError(f"{path}: {interview.source_id}: split must be one of {SPLITS}")
        if interview.text_folder not in TEXT_FOLDERS:
            raise GoldError(
                f"{path}: {interview.source_id}: text must be one of {sorted(TEXT_FOLDERS)}"
            )
        interviews.append(interview)
    ids = [i.source_id for i in interviews]
    if len(set(ids)) != len(ids):
        raise GoldError(f"{path}: an interview is listed twice")
    return Corpus(root, str(data.get("codebook_version", "")), tuple(interviews))


def score_interview(corpus: Corpus, interview: Interview) -> dict[str, Any]:
    """Extract one corpus interview with the current extractor and score it against its gold."""
    from pipeline.extraction import extract_source  # the extractor is heavy: import on use

    tables = extract_source(corpus.folder(interview), interview.source_id)
    return score_tables(tables, corpus.gold(interview), interview.source_id)


def evaluate(corpus: Corpus, splits: Iterable[str] = SPLITS) -> dict[str, Any]:
    """Per split: each interview's result and the micro and macro figures over the split."""
    report: dict[str, Any] = {"codebook_version": corpus.codebook_version, "splits": {}}
    for split in splits:
        results = [score_interview(corpus, i) for i in corpus.in_split(split)]
        report["splits"][split] = {"results": results, **aggregate(results)}
    return report


def summary(report: Mapping[str, Any]) -> dict[str, Any]:
    """The report without per-interview span lists: what the card and metadata show."""
    return {
        "codebook_version": report["codebook_version"],
        "splits": {
            name: {k: v for k, v in split.items() if k != "results"}
            for name, split in report["splits"].items()
        },
    }


def layouts(interviews: Sequence[Interview]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for interview in interviews:
        counts[interview.layout] = counts.get(interview.layout, 0) + 1
    return dict(sorted(counts.items()))
