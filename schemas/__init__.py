"""The dataset's tables: the field registry (:mod:`schemas.registry`), where every column is
declared once, and the pandera schemas derived from it."""

from schemas.registry import REGISTRY, Column, Table, table
from schemas.tables import CORPUS_TABLES, DATA_TABLES, TABLES, schema, table_metadata

__all__ = [
    "CORPUS_TABLES",
    "DATA_TABLES",
    "REGISTRY",
    "TABLES",
    "Column",
    "Table",
    "schema",
    "table",
    "table_metadata",
]
