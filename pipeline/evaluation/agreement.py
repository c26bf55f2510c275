"""How far each independent annotation pass agrees with the adjudicated gold: the pass is
scored as if it were an extractor's output, by the same scorer, so the figures read like the
extractor's and bound what any extractor can be expected to reach."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from pipeline.evaluation.corpus import Corpus, Interview
from pipeline.evaluation.scoring import aggregate, locate, read_gold, score_tables


def annotation_tables(
    source_id: str, text: str, records: Sequence[Mapping[str, Any]]
) -> dict[str, pd.DataFrame]:
    """The tables the scorer reads, built from an annotation instead of an extractor."""
    claims: list[dict[str, Any]] = []
    quantities: list[dict[str, Any]] = []
    times: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    for number, record in enumerate(records):
        claim_id = f"{source_id}#{number}"
        start, end = locate(text, str(record["text"]), int(record.get("occurrence", 0)))
        claims.append(
            {
                "claim_id": claim_id,
                "source_id": source_id,
                "text": text[start:end],
                "char_start": start,
                "char_end": end,
                "speaker_role": record.get("speaker_role"),
                "claim_type": record.get("claim_type"),
                "hedged": bool(record.get("hedged")),
            }
        )
        quantities += [{"claim_id": claim_id, **q} for q in record.get("quantities", [])]
        times += [{"claim_id": claim_id, **t} for t in record.get("times", [])]
        for entity in record.get("entities", []):
            entity_id = names.setdefault(str(entity.get("name")), f"e{len(names)}")
            mentions.append({"claim_id": claim_id, "entity_id": entity_id})
    return {
        "documents": pd.DataFrame([{"source_id": source_id, "text": text}]),
        "claims": _frame(claims, ["claim_id", "source_id", "text", "char_start", "char_end"]),
        "quantities": _frame(quantities, ["claim_id", "value", "value_low", "value_high", "unit"]),
        "times": _frame(times, ["claim_id", "start", "end"]),
        "mentions": _frame(mentions, ["claim_id", "entity_id"]),
        "entities": _frame(
            [{"entity_id": i, "name": n} for n, i in names.items()], ["entity_id", "name"]
        ),
    }


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    """Rows as a frame that has at least ``columns``, even when there are no rows."""
    frame = pd.DataFrame(rows)
    for column in columns:
        if column not in frame:
            frame[column] = pd.Series(dtype=object)
    return frame


def pass_agreement(corpus: Corpus, interview: Interview) -> dict[str, dict[str, Any]]:
    """Each recorded pass of one interview scored against its adjudicated gold."""
    from pipeline.extract.documents import read_source

    document = read_source(corpus.folder(interview), interview.source_id)
    gold = corpus.gold(interview)
    return {
        name: score_tables(
            annotation_tables(interview.source_id, document.text, read_gold(path)),
            gold,
            interview.source_id,
        )
        for name, path in corpus.passes(interview).items()
    }


def agreement(corpus: Corpus) -> dict[str, Any]:
    """Per interview and pass, and micro and macro per pass over the corpus."""
    per_interview: dict[str, dict[str, Any]] = {}
    by_pass: dict[str, list[dict[str, Any]]] = {}
    for interview in (i for i in corpus.interviews if not i.pending):
        scored = pass_agreement(corpus, interview)
        if scored:
            per_interview[interview.source_id] = scored
        for name, result in scored.items():
            by_pass.setdefault(name, []).append(result)
    return {
        "interviews": per_interview,
        "passes": {name: aggregate(results) for name, results in sorted(by_pass.items())},
    }
