"""Turn one extracted document into the dataset's tables, and combine and type them.

Columns, their order and types come from the field registry (:mod:`schemas.registry`), so
every writer (Parquet, CSV) and every check sees the same table. A row is built from the
extractor's dataclass by field name; a row whose keys differ from its table's columns is an
error (:class:`RowError`), never filled in or dropped silently.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from typing import Any

import pandas as pd
import pyarrow as pa

from pipeline.extract.model import Claim, Document, Extractor, Passage
from pipeline.publish import ids
from schemas import DATA_TABLES, Table, table

Tables = dict[str, pd.DataFrame]
ArrowTables = dict[str, pa.Table]
"""A source's tables as Arrow: how extraction hands them on, because 1,000 of them load
and combine in a third of the time pandas frames take."""
STRING = pd.Series([], dtype="str").dtype
_ARROW_TYPES = {int: pa.int64(), float: pa.float64(), bool: pa.bool_(), str: pa.string()}
_PANDAS_TYPES: dict[type, Any] = {int: "int64", float: "float64", bool: "bool", str: "str"}


class RowError(ValueError):
    """A row or frame whose columns are not its table's: a misspelt, missing or extra key."""


@cache
def _arrow_schema(entry: Table) -> pa.Schema:
    return pa.schema(
        [pa.field(c.name, _ARROW_TYPES[c.type], nullable=c.nullable) for c in entry.columns]
    )


def arrow_schema(name: str) -> pa.Schema:
    """The table's Arrow schema, from the registry: the same types whatever the rows hold."""
    return _arrow_schema(table(name))


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


def typed(name: str, rows: Iterable[Mapping[str, Any]] | pd.DataFrame) -> pd.DataFrame:
    """A table with exactly the registry's columns, in its order, with its types.

    Rows (or a frame) must carry exactly the table's columns, in any order: a missing or
    unknown key raises :class:`RowError`."""
    entry = table(name)
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
        if dtype != "str":
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
    """A dataclass value as a table cell: names joined by '; ', dates as YYYY-MM-DD."""
    if isinstance(value, tuple):
        return "; ".join(value) if value else None
    if isinstance(value, date):
        return value.isoformat()
    return value


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


def source_tables(
    document: Document, passages: list[Passage], claims: list[Claim], extractor: Extractor
) -> Tables:
    """Every data table for one document, with content-derived ids."""
    text = document.text
    sid = document.source_id
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in DATA_TABLES}
    tables["documents"].append(row(document.meta, source_id=sid, sha256=document.sha256, text=text))
    passage_texts = [text[p.char_start : p.char_end] for p in passages]
    passage_ids = {
        p.seq: ids.passage_id(sid, t, n)
        for p, t, n in zip(passages, passage_texts, ids.occurrences(passage_texts), strict=True)
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
            tables["times"].append(row(t, claim_id=cid))
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
