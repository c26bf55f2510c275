"""The pandera schema of every published table, derived from the field registry
(:mod:`schemas.registry`), which is where columns are declared."""

from __future__ import annotations

from functools import cache
from typing import Any

import pandera.pandas as pa

from schemas.registry import REGISTRY, Column, Table, table

TABLES: tuple[str, ...] = tuple(entry.name for entry in REGISTRY)
"""Every published table by name, in the order they are documented and written."""

DATA_TABLES = tuple(entry.name for entry in REGISTRY if entry.origin == "sources")
"""The tables built from sources; ``changes`` is computed against the previous release."""

CORPUS_TABLES = tuple(entry.name for entry in REGISTRY if entry.origin == "corpus")
"""The tables built from the annotated corpus (its gold, for the release's sources): absent
from releases published before they existed (1.x, 2.0.0)."""


def _checks(column: Column) -> list[pa.Check]:
    checks = []
    if column.minimum is not None:
        checks.append(pa.Check.ge(column.minimum))
    if column.values:
        checks.append(pa.Check.isin(list(column.values)))
    if column.pattern is not None:
        checks.append(pa.Check.str_matches(column.pattern))
    return checks


DATE_DTYPE = "datetime64[ms]"
"""How a date column is held in pandas (a Parquet ``date32`` read back, midnight UTC-free)."""


def _dtype(column: Column) -> Any:
    return DATE_DTYPE if column.is_date else column.type


@cache
def schema_of(entry: Table) -> pa.DataFrameSchema:
    """The pandera schema of a table declaration (the registry's, or a frozen older layout)."""
    # Building a pandera schema is slow, so once per table declaration.
    return pa.DataFrameSchema(
        {
            c.name: pa.Column(
                _dtype(c),
                checks=_checks(c),
                nullable=c.nullable,
                unique=c.unique,
                description=c.description,
            )
            for c in entry.columns
        },
        strict=True,
        ordered=True,
        name=entry.name,
        description=entry.description,
    )


def schema(name: str) -> pa.DataFrameSchema:
    """The pandera schema of one table, from its registry entry."""
    return schema_of(table(name))


def table_metadata(name: str) -> dict[str, Any]:
    """The table's title, primary key and foreign keys, as the registry declares them."""
    entry = table(name)
    return {
        "title": entry.title,
        "primary_key": list(entry.primary_key),
        "foreign_keys": [
            {"fields": list(fields), "reference": {"resource": other, "fields": list(keys)}}
            for fields, other, keys in entry.foreign_keys
        ],
    }
