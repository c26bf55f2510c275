"""The corpus's adjudicated annotations as release tables: a benchmark for claim extraction
that researchers can reuse. Only interviews that are sources of the release (their licence
allows republishing) are included; the rest of the corpus stays test data.

``annotations`` has one row per gold claim, located in ``documents.text``; its quantities,
times and entities are JSON arrays exactly as the gold records them. ``annotation_agreement``
has one row per interview and annotation pass: how far that independent pass agreed with the
adjudicated gold, by the scorer the extractor is measured with.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.evaluation.agreement import pass_agreement
from pipeline.evaluation.corpus import Corpus, load_corpus
from pipeline.evaluation.scoring import locate
from pipeline.publish.tables import Tables, typed
from schemas import CORPUS_TABLES, table

log = logging.getLogger(__name__)

ATTRIBUTE_LISTS = ("quantities", "times", "entities")
AGREEMENT_MEASURES = {
    "claims_f1": ("claims", "f1"),
    "speaker_role_accuracy": ("speaker_role", "accuracy"),
    "claim_type_accuracy": ("claim_type", "accuracy"),
    "hedged_f1": ("hedged", "f1"),
    "quantities_f1": ("quantities", "f1"),
    "times_f1": ("times", "f1"),
    "entities_f1": ("entities", "f1"),
}
"""Column name -> (scorer measure, figure)."""


def annotation_id(source_id: str, char_start: int, char_end: int) -> str:
    """Derived from the content's place, so the same gold claim keeps its id across releases."""
    digest = hashlib.sha256(f"{source_id}\x1f{char_start}\x1f{char_end}".encode()).hexdigest()
    return f"a_{digest[:16]}"


def _json(items: Any) -> str:
    # Sorted keys and no whitespace: the same gold gives the same bytes.
    return json.dumps(list(items or []), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def annotation_rows(corpus: Corpus, texts: Mapping[str, str]) -> pd.DataFrame:
    """One row per adjudicated gold claim of every corpus interview whose text is in
    ``texts`` (source id -> the document text the release's offsets refer to)."""
    rows: list[dict[str, Any]] = []
    for interview in corpus.interviews:
        text = texts.get(interview.source_id)
        if interview.pending or text is None:
            continue
        for seq, record in enumerate(corpus.gold(interview)):
            start, end = locate(text, str(record["text"]), int(record.get("occurrence", 0)))
            rows.append(
                {
                    "annotation_id": annotation_id(interview.source_id, start, end),
                    "source_id": interview.source_id,
                    "seq": seq,
                    "split": interview.split,
                    "speaker_role": record["speaker_role"],
                    "text": text[start:end],
                    "char_start": start,
                    "char_end": end,
                    "claim_type": record["claim_type"],
                    "hedged": bool(record["hedged"]),
                    **{name: _json(record.get(name)) for name in ATTRIBUTE_LISTS},
                    "codebook_version": corpus.codebook_version,
                }
            )
    return _table("annotations", rows)


def agreement_rows(corpus: Corpus, source_ids: set[str]) -> pd.DataFrame:
    """One row per interview and pass: the pass's agreement with the adjudicated gold."""
    rows: list[dict[str, Any]] = []
    for interview in corpus.interviews:
        if interview.pending or interview.source_id not in source_ids:
            continue
        for name, result in sorted(pass_agreement(corpus, interview).items()):
            row: dict[str, Any] = {"source_id": interview.source_id, "annotation_pass": name}
            for column, (measure, figure) in AGREEMENT_MEASURES.items():
                part = result[measure]
                # Undefined (null) where neither side has an item: no agreement to measure.
                defined = part["n"] if figure == "accuracy" else part["gold"] or part["predicted"]
                row[column] = float(part[figure]) if defined else None
            rows.append(row)
    return _table("annotation_agreement", rows)


def _table(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Typed by the registry (with its columns when there are no rows), in its row order."""
    frame = typed(name, rows)
    keys = list(table(name).sort_keys)
    return frame.sort_values(keys, kind="stable").reset_index(drop=True)


def benchmark_tables(corpus_dir: Path, documents: pd.DataFrame) -> Tables:
    """The corpus tables of a release whose ``documents`` (every text present, as built,
    before the licence policy withholds any) are given: the gold of each corpus interview
    that is one of them with the corpus's text, located in it. Empty tables when there is
    no corpus."""
    if not (corpus_dir / "corpus.yaml").is_file():
        return {name: _table(name, []) for name in CORPUS_TABLES}
    from pipeline.extract.documents import read_source

    corpus = load_corpus(corpus_dir)
    given = dict(zip(documents["source_id"].tolist(), documents["text"].tolist(), strict=True))
    texts = {}
    for interview in corpus.interviews:
        text = given.get(interview.source_id)
        if interview.pending or not isinstance(text, str):
            continue
        # The gold describes the corpus's copy of the text: a source of the same id whose
        # text differs (edited, or another interview) is not the annotated interview.
        if read_source(corpus.folder(interview), interview.source_id).text != text:
            log.warning(
                "%s: the source's text is not the corpus's; no gold published", interview.source_id
            )
            continue
        texts[interview.source_id] = text
    return {
        "annotations": annotation_rows(corpus, texts),
        "annotation_agreement": agreement_rows(corpus, set(texts)),
    }
