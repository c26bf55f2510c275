"""Turn one extracted document into the dataset's tables, and combine and type them.

Columns, their order and types come from the field registry (:mod:`schemas.registry`), so
every writer (Parquet, CSV) and every check sees the same table. A row is built from the
extractor's dataclass by field name; a row whose keys differ from its table's columns is an
error (:class:`RowError`), never filled in or dropped silently.
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from typing import Any

import pandas as pd
import pyarrow as pa

from pipeline.extract.model import Claim, Document, Extractor, Passage
from pipeline.publish import ids
from schemas import DATA_TABLES, Table, table
from schemas.tables import DATE_DTYPE

Tables = dict[str, pd.DataFrame]
ArrowTables = dict[str, pa.Table]
"""A source's tables as Arrow: how extraction hands them on, because 1,000 of them load
and combine in a third of the time pandas frames take."""
STRING = pd.Series([], dtype="str").dtype
_ARROW_TYPES = {
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    str: pa.string(),
    date: pa.date32(),
}
_PANDAS_TYPES: dict[type, Any] = {
    int: "int64",
    float: "float64",
    bool: "bool",
    str: "str",
    date: DATE_DTYPE,
}


class RowError(ValueError):
    """A row or frame whose columns are not its table's: a misspelt, missing or extra key."""


@cache
def arrow_schema_of(entry: Table, described: bool = False) -> pa.Schema:
    """A table declaration's Arrow schema; ``described``: with each column's description as
    field metadata and the table's as schema metadata (what the Parquet files carry)."""
    fields = [
        pa.field(
            c.name,
            _ARROW_TYPES[c.type],
            nullable=c.nullable,
            metadata={"description": c.description} if described else None,
        )
        for c in entry.columns
    ]
    meta = {"table": entry.name, "description": entry.description} if described else None
    return pa.schema(fields, metadata=meta)


def arrow_schema(name: str, described: bool = False) -> pa.Schema:
    """The table's Arrow schema, from the registry: the same types whatever the rows hold."""
    return arrow_schema_of(table(name), described)


def to_arrow(tables: Tables) -> ArrowTables:
    """The data tables of ``tables`` as Arrow tables with the registry's schemas."""
    return {
        name: pa.Table.from_pandas(tables[name], schema=arrow_schema(name), preserve_index=False)
        for name in DATA_TABLES
    }


def _mismatch(name: str, columns: tuple[str, ...], keys: Iterable[str], what: str) -> RowError:
    keys = list(keys)
    missing = [c for c in columns if c not in keys]
    unexpected = [k for k in keys if k not in columns]
    parts = [f"missing {', '.join(missing)}" if missing else ""]
    parts.append(f"not columns of {name}: {', '.join(map(str, unexpected))}" if unexpected else "")
    return RowError(
        f"{what} of table {name} does not match its columns in schemas/registry.py: "
        + "; ".join(p for p in parts if p)
    )


def typed(
    name: str, rows: Iterable[Mapping[str, Any]] | pd.DataFrame, entry: Table | None = None
) -> pd.DataFrame:
    """A table with exactly the registry's columns, in its order, with its types (or those of
    ``entry``, an older layout of the table).

    Rows (or a frame) must carry exactly the table's columns, in any order: a missing or
    unknown key raises :class:`RowError`."""
    entry = entry or table(name)
    columns = entry.column_names
    wanted = set(columns)
    if isinstance(rows, pd.DataFrame):
        frame = rows
        if set(frame.columns) != wanted or len(frame.columns) != len(columns):
            raise _mismatch(name, columns, frame.columns, "a frame")
    else:
        records = list(rows)
        for record in records:
            if record.keys() != wanted:
                raise _mismatch(name, columns, record.keys(), "a row")
        frame = pd.DataFrame(records, columns=list(columns))
    out = {}
    for column in entry.columns:
        series = frame[column.name]
        dtype = _PANDAS_TYPES[column.type]
        if column.is_date:
            if series.dtype != DATE_DTYPE:
                series = pd.to_datetime(series.astype(object), format="ISO8601").astype(dtype)
        elif dtype != "str":
            series = series.astype(dtype)
        elif series.dtype != STRING:  # typed already (tables being combined) is left alone
            series = series.astype(object).where(series.notna(), None).astype("str")
            series = series.where(frame[column.name].notna(), None)
        out[column.name] = series
    return pd.DataFrame(out, columns=list(columns)).reset_index(drop=True)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names


def _cell(value: Any) -> Any:
    """A dataclass value as a table cell: names joined by '; '."""
    if isinstance(value, tuple):
        return "; ".join(value) if value else None
    return value


def text_sha256(text: str) -> str:
    """The hash of a document's normalised text, which a restored copy must match."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _granularity(iso: str) -> str:
    return ("year", "month", "day")[iso.count("-")]


def _first_day(iso: str) -> date:
    parts = [int(p) for p in iso.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last_day(iso: str) -> date:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return date(*parts)
    month = parts[1] if len(parts) == 2 else 12
    return date(parts[0], month, calendar.monthrange(parts[0], month)[1])


def time_columns(start: str | None, end: str | None) -> dict[str, Any]:
    """A time expression's columns from its ISO text (YYYY, YYYY-MM or YYYY-MM-DD, or None):
    the text as given, the first and last day it covers, and its granularity (the coarser of
    the two ends). ``2022-03`` covers 2022-03-01 to 2022-03-31."""
    given = [_granularity(iso) for iso in (start, end) if iso]
    order = ("year", "month", "day")
    return {
        "start_iso": start,
        "end_iso": end,
        "period_start": _first_day(start) if start else None,
        "period_end": _last_day(end) if end else None,
        "granularity": min(given, key=order.index) if given else None,
    }


def row(item: Any, skip: frozenset[str] = frozenset(), **given: Any) -> dict[str, Any]:
    """A table row from a dataclass: each field by its name (as a cell), but those in ``skip``
    (structure, not columns), plus the values ``given`` (ids, references). Whether the keys
    are the table's columns is checked by :func:`typed`."""
    values = {n: _cell(getattr(item, n)) for n in _field_names(type(item)) if n not in skip}
    values.update(given)
    return values


# Dataclass fields that hold structure (children, positions used to build ids), not columns.
_PASSAGE_STRUCTURE = frozenset({"question_seq"})
_CLAIM_STRUCTURE = frozenset({"passage_seq", "quantities", "times", "mentions"})
_ENTITY_FIELDS = frozenset({"name", "type", "wikidata_id"})
_MENTION_SPAN = frozenset({"char_start", "char_end", "text"})
_TIME_ENDS = frozenset({"start", "end"})


def source_tables(
    document: Document, passages: list[Passage], claims: list[Claim], extractor: Extractor
) -> Tables:
    """Every data table for one document, with content-derived ids."""
    text = document.text
    sid = document.source_id
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in DATA_TABLES}
    meta = document.meta
    tables["documents"].append(
        row(
            meta,
            source_id=sid,
            license=meta.license or "unknown",
            sha256=document.sha256,
            text_sha256=text_sha256(text),
            text=text,
        )
    )
    passage_texts = [text[p.char_start : p.char_end] for p in passages]
    passage_ids = {
        p.seq: ids.passage_id(sid, t, n)
        for p, t, n in zip(passages, passage_texts, ids.occurrences(passage_texts), strict=True)
    }
    question_of = {
        p.seq: passage_ids.get(p.question_seq) if p.question_seq is not None else None
        for p in passages
    }
    for passage, passage_text in zip(passages, passage_texts, strict=True):
        question = passage.question_seq
        tables["passages"].append(
            row(
                passage,
                _PASSAGE_STRUCTURE,
                passage_id=passage_ids[passage.seq],
                source_id=sid,
                question_id=passage_ids.get(question) if question is not None else None,
                text=passage_text,
            )
        )
    entities: dict[str, dict[str, Any]] = {}
    label = f"{extractor.name}/{extractor.version}"
    claim_texts = [c.text for c in claims]
    for seq, (claim, occurrence) in enumerate(
        zip(claims, ids.occurrences(claim_texts), strict=True)
    ):
        cid = ids.claim_id(sid, claim.text, occurrence)
        tables["claims"].append(
            row(
                claim,
                _CLAIM_STRUCTURE,
                claim_id=cid,
                source_id=sid,
                passage_id=passage_ids[claim.passage_seq],
                question_id=question_of[claim.passage_seq],
                seq=seq,
                extractor=label,
            )
        )
        for m in claim.mentions:
            eid = ids.entity_id(m.name, m.type)
            if eid not in entities:
                entities[eid] = row(m, _MENTION_SPAN, entity_id=eid)
            tables["mentions"].append(row(m, _ENTITY_FIELDS, claim_id=cid, entity_id=eid))
        for q in claim.quantities:
            tables["quantities"].append(row(q, claim_id=cid))
        for t in claim.times:
            tables["times"].append(row(t, _TIME_ENDS, claim_id=cid, **time_columns(t.start, t.end)))
    tables["entities"] = sorted(entities.values(), key=lambda e: e["entity_id"])
    return {name: typed(name, rows) for name, rows in tables.items()}


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
        frame = frame.sort_values(list(table(name).sort_keys), kind="stable")
        combined[name] = typed(name, frame)
    return combined
