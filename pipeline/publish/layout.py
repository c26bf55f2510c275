"""Where a release keeps its tables: the one place that knows the paths, used by writing,
reading, validation, the Data Package, the card, loading, the site and ``hydrate``.

From 2.0.0 each format has its own folder, ``data/parquet/<table>.parquet`` and
``data/csv/<table>.csv``, so that a tool pointed at a folder (Hugging Face ``datasets`` with
``data_dir``, DuckDB with a glob) finds one format only. Releases 1.x, published before, keep
both in ``data/`` and the 1.x table layout (:mod:`schemas.legacy`); they are read as they are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from schemas import TABLES, Table, table
from schemas.legacy import legacy_table

Format = Literal["parquet", "csv"]
FORMATS: tuple[Format, ...] = ("parquet", "csv")
DATA_DIR = "data"


def relative_path(name: str, fmt: Format, legacy: bool = False) -> str:
    """The POSIX path of a table's file inside a release."""
    if legacy:
        return f"{DATA_DIR}/{name}.{fmt}"
    return f"{DATA_DIR}/{fmt}/{name}.{fmt}"


def is_legacy(release_dir: Path) -> bool:
    """A release in the 1.x layout: tables beside each other in ``data/``."""
    return not (release_dir / DATA_DIR / "parquet").is_dir() and any(
        (release_dir / DATA_DIR).glob("*.parquet")
    )


def table_path(release_dir: Path, name: str, fmt: Format = "parquet") -> Path:
    """The file of table ``name`` in ``fmt`` inside a release of either layout."""
    return release_dir / relative_path(name, fmt, is_legacy(release_dir))


def format_dir(release_dir: Path, fmt: Format) -> Path:
    """The folder that holds one format's tables (a release of the current layout)."""
    return release_dir / DATA_DIR / fmt


def declaration(release_dir: Path, name: str) -> Table:
    """The table's declaration as this release was published: the registry's, or 1.x's."""
    return legacy_table(name) if is_legacy(release_dir) else table(name)


def release_tables(release_dir: Path) -> tuple[str, ...]:
    """The tables a release has, in the registry's order, as its ``datapackage.json`` lists
    them: a release published before a table existed (1.x and 2.0.0 have no corpus tables)
    lacks it. Without a readable descriptor, the tables whose Parquet file is there."""
    try:
        descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
        resources = descriptor["resources"]
        listed = {r["name"] for r in resources if isinstance(r, dict) and "name" in r}
    except (OSError, ValueError, KeyError, TypeError):
        listed = set()
    if listed & set(TABLES):
        return tuple(name for name in TABLES if name in listed)
    return tuple(name for name in TABLES if table_path(release_dir, name).is_file())
