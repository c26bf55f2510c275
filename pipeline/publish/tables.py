"""Turn one extracted document into the dataset's tables, and combine and type them.

Column order and dtypes come from the pandera models in :mod:`schemas`, so every writer
(Parquet, CSV) and every check sees the same table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import pandas as pd
import pyarrow as pa

from pipeline.extract.model import Claim, Document, Extractor, Passage
from pipeline.publish import ids
from schemas import DATA_TABLES, TABLES

Tables = dict[str, pd.DataFrame]
ArrowTables = dict[str, pa.Table]
"""A source's tables as Arrow: how extraction hands them on, because 1,000 of them load
and combine in a third of the time pandas frames take."""
STRING = pd.Series([], dtype="str").dtype
_ARROW_TYPES = {"int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}


@cache
def arrow_schema(name: str) -> pa.Schema:
    """The table's Arrow schema, from its model: the same types whatever the rows hold."""
    columns = TABLES[name].to_schema().columns
    return pa.schema(
        [
            pa.field(col, _ARROW_TYPES.get(str(spec.dtype), pa.string()), nullable=spec.nullable)
            for col, spec in columns.items()
        ]
    )


def to_arrow(tables: Tables) -> ArrowTables:
    """The data tables of ``tables`` as Arrow tables with the models' schemas."""
    return {
        name: pa.Table.from_pandas(tables[name], schema=arrow_schema(name), preserve_index=False)
        for name in DATA_TABLES
    }


@cache
def _column_dtypes(name: str) -> tuple[tuple[str, Any], ...]:
    """(column, pandas dtype) in the model's order; building a pandera schema is slow, so
    once per table."""
    kinds = {"int64": "int64", "bool": "bool", "float64": "float64"}
    return tuple(
        (column, kinds.get(str(spec.dtype), "str"))
        for column, spec in TABLES[name].to_schema().columns.items()
    )


def typed(name: str, rows: Iterable[Mapping[str, Any]] | pd.DataFrame) -> pd.DataFrame:
    """A table with exactly the model's columns, in its order, with its dtypes."""
    dtypes = _column_dtypes(name)
    columns = [column for column, _ in dtypes]
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows), columns=columns)
    frame = frame.reindex(columns=columns)
    out = {}
    for column, dtype in dtypes:
        series = frame[column]
        if dtype != "str":
            series = series.astype(dtype)
        elif series.dtype != STRING:  # typed already (tables being combined) is left alone
            series = series.astype(object).where(series.notna(), None).astype("str")
            series = series.where(frame[column].notna(), None)
        out[column] = series
    return pd.DataFrame(out, columns=columns).reset_index(drop=True)


def _joined(names: tuple[str, ...]) -> str | None:
    return "; ".join(names) if names else None


def source_tables(
    document: Document, passages: list[Passage], claims: list[Claim], extractor: Extractor
) -> Tables:
    """Every data table for one document, with content-derived ids."""
    text = document.text
    sid = document.source_id
    meta = document.meta
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in DATA_TABLES}
    tables["documents"].append(
        {
            "source_id": sid,
            "title": meta.title,
            "url": meta.url,
            "publisher": meta.publisher,
            "interviewee": _joined(meta.interviewee),
            "interviewer": _joined(meta.interviewer),
            "interview_date": meta.interview_date.isoformat(),
            "published_date": meta.published_date.isoformat() if meta.published_date else None,
            "language": meta.language,
            "license": meta.license,
            "sha256": document.sha256,
            "text": text,
        }
    )
    passage_texts = [text[p.char_start : p.char_end] for p in passages]
    passage_ids = {
        p.seq: ids.passage_id(sid, t, n)
        for p, t, n in zip(passages, passage_texts, ids.occurrences(passage_texts), strict=True)
    }
    for passage, passage_text in zip(passages, passage_texts, strict=True):
        tables["passages"].append(
            {
                "passage_id": passage_ids[passage.seq],
                "source_id": sid,
                "seq": passage.seq,
                "kind": passage.kind,
                "speaker": passage.speaker,
                "speaker_role": passage.speaker_role,
                "question_id": passage_ids.get(passage.question_seq)
                if passage.question_seq is not None
                else None,
                "char_start": passage.char_start,
                "char_end": passage.char_end,
                "text": passage_text,
            }
        )
    entities: dict[str, dict[str, Any]] = {}
    label = f"{extractor.name}/{extractor.version}"
    claim_texts = [c.text for c in claims]
    for seq, (claim, occurrence) in enumerate(
        zip(claims, ids.occurrences(claim_texts), strict=True)
    ):
        cid = ids.claim_id(sid, claim.text, occurrence)
        tables["claims"].append(
            {
                "claim_id": cid,
                "source_id": sid,
                "passage_id": passage_ids[claim.passage_seq],
                "seq": seq,
                "speaker": claim.speaker,
                "speaker_role": claim.speaker_role,
                "text": claim.text,
                "char_start": claim.char_start,
                "char_end": claim.char_end,
                "claim_type": claim.claim_type,
                "hedged": claim.hedged,
                "extractor": label,
            }
        )
        for m in claim.mentions:
            eid = ids.entity_id(m.name, m.type)
            entities.setdefault(
                eid,
                {"entity_id": eid, "name": m.name, "type": m.type, "wikidata_id": m.wikidata_id},
            )
            tables["mentions"].append(
                {
                    "claim_id": cid,
                    "entity_id": eid,
                    "text": m.text,
                    "char_start": m.char_start,
                    "char_end": m.char_end,
                }
            )
        for q in claim.quantities:
            tables["quantities"].append(
                {
                    "claim_id": cid,
                    "text": q.text,
                    "value": q.value,
                    "value_low": q.value_low,
                    "value_high": q.value_high,
                    "unit": q.unit,
                    "char_start": q.char_start,
                    "char_end": q.char_end,
                }
            )
        for t in claim.times:
            tables["times"].append(
                {
                    "claim_id": cid,
                    "text": t.text,
                    "start": t.start,
                    "end": t.end,
                    "char_start": t.char_start,
                    "char_end": t.char_end,
                }
            )
    tables["entities"] = sorted(entities.values(), key=lambda e: e["entity_id"])
    return {name: typed(name, rows) for name, rows in tables.items()}


SORT_KEYS: dict[str, list[str]] = {
    "documents": ["source_id"],
    "passages": ["source_id", "seq"],
    "claims": ["source_id", "seq"],
    "entities": ["entity_id"],
    "mentions": ["claim_id", "char_start", "char_end"],
    "quantities": ["claim_id", "char_start", "char_end"],
    "times": ["claim_id", "char_start", "char_end"],
    "changes": ["source_id", "claim_id"],
}


def combine(per_source: Iterable[Mapping[str, pd.DataFrame | pa.Table]]) -> Tables:
    """Concatenate the tables of several sources (pandas or Arrow) in a deterministic row
    order; entities named by several sources appear once."""
    parts: dict[str, list[pd.DataFrame | pa.Table]] = {name: [] for name in DATA_TABLES}
    for tables in per_source:
        for name in DATA_TABLES:
            parts[name].append(tables[name])
    combined = {}
    for name in DATA_TABLES:
        arrow = [t for t in parts[name] if isinstance(t, pa.Table)]
        frames = [f for f in parts[name] if isinstance(f, pd.DataFrame) and len(f)]
        if arrow:
            frames.append(pa.concat_tables(arrow).to_pandas())
        frame = pd.concat(frames, ignore_index=True) if frames else typed(name, [])
        if name == "entities":
            frame = frame.drop_duplicates(subset=["entity_id"])
        frame = frame.sort_values(SORT_KEYS[name], kind="stable")
        combined[name] = typed(name, frame)
    return combined
