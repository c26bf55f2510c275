"""Generate the Frictionless Data Package descriptor from the field registry.

Each table is published twice: as CSV, a tabular resource ``<table>`` whose rows Frictionless
validates against the Table Schema, primary and foreign keys; and as Parquet, a file resource
``<table>-parquet`` with the same schema, whose bytes and hash Frictionless checks (it cannot
stream Parquet for a byte count, so it is not declared tabular).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.publish.codebook import RELEASE_NAME as CODEBOOK_NAME
from pipeline.publish.codebook import codebook_version
from pipeline.publish.files import sha256_file
from pipeline.publish.metadata import dataset_metadata
from schemas import TABLES, Column, table, table_metadata

_TYPES = {int: "integer", float: "number", bool: "boolean", str: "string"}


def field_descriptor(column: Column) -> dict[str, Any]:
    """A Table Schema field for one registry column."""
    ftype = "date" if column.date else _TYPES[column.type]
    field: dict[str, Any] = {"name": column.name, "type": ftype, "description": column.description}
    constraints: dict[str, Any] = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if column.minimum is not None:
        constraints["minimum"] = column.minimum
    if column.values:
        constraints["enum"] = sorted(column.values)
    if column.pattern is not None and not column.date:  # a date's type says its form
        constraints["pattern"] = column.pattern.lstrip("^").rstrip("$")
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(name: str, suffix: str = "") -> dict[str, Any]:
    meta = table_metadata(name)
    schema: dict[str, Any] = {
        "fields": [field_descriptor(column) for column in table(name).columns],
        "missingValues": [""],
        "primaryKey": list(meta["primary_key"]),
    }
    if meta["foreign_keys"]:
        schema["foreignKeys"] = [
            {
                "fields": list(fk["fields"]),
                "reference": {
                    "resource": fk["reference"]["resource"] + suffix,
                    "fields": list(fk["reference"]["fields"]),
                },
            }
            for fk in meta["foreign_keys"]
        ]
    return schema


def _resource(release_dir: Path, name: str, fmt: str) -> dict[str, Any]:
    suffix = "" if fmt == "csv" else "-parquet"
    path = release_dir / "data" / f"{name}.{fmt}"
    resource: dict[str, Any] = {
        "name": name + suffix,
        "title": f"{table_metadata(name)['title']} ({fmt.upper() if fmt == 'csv' else 'Parquet'})",
        "description": table(name).description,
        "path": f"data/{name}.{fmt}",
        "profile": "tabular-data-resource" if fmt == "csv" else "data-resource",
        "type": "table" if fmt == "csv" else "file",
        "format": fmt,
        "mediatype": "text/csv" if fmt == "csv" else "application/vnd.apache.parquet",
        "bytes": path.stat().st_size,
        "hash": f"sha256:{sha256_file(path)}",
        "schema": table_schema(name, suffix),
    }
    if fmt == "csv":
        resource["encoding"] = "utf-8"
        resource["dialect"] = {"delimiter": ",", "lineTerminator": "\n", "header": True}
    return resource


def _codebook_resource(release_dir: Path) -> dict[str, Any]:
    path = release_dir / CODEBOOK_NAME
    return {
        "name": "codebook",
        "title": "Codebook: what a claim is and how each attribute is decided",
        "description": "The annotation guideline the claims and the gold annotations follow, "
        f"version {codebook_version(path.read_text(encoding='utf-8'))}.",
        "path": CODEBOOK_NAME,
        "profile": "data-resource",
        "format": "md",
        "mediatype": "text/markdown",
        "encoding": "utf-8",
        "bytes": path.stat().st_size,
        "hash": f"sha256:{sha256_file(path)}",
    }


def datapackage(release_dir: Path, version: str, created: str) -> dict[str, Any]:
    """The descriptor for a release whose data files are already written."""
    meta = dataset_metadata()
    return {
        "profile": "data-package",
        "name": meta["name"],
        "title": meta["title"],
        "description": meta["description"],
        "version": version,
        "created": created,
        "homepage": meta["repository"],
        "keywords": list(meta["keywords"]),
        "licenses": [
            {
                "name": meta["license"]["id"],
                "path": meta["license"]["url"],
                "title": meta["license"]["name"],
            }
        ],
        "contributors": [
            {"title": f"{a['given-names']} {a['family-names']}", "role": "author"}
            for a in meta["authors"]
        ],
        "resources": [
            *(_resource(release_dir, name, fmt) for name in TABLES for fmt in ("csv", "parquet")),
            _codebook_resource(release_dir),
        ],
    }


def write_datapackage(release_dir: Path, version: str, created: str) -> None:
    descriptor = datapackage(release_dir, version, created)
    (release_dir / "datapackage.json").write_text(
        json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
