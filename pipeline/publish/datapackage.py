"""Generate the Frictionless Data Package descriptor from the field registry.

Each table is published twice, both as tabular resources with the same Table Schema, primary
and foreign keys, whose rows Frictionless validates: as CSV (``<table>``) and as Parquet
(``<table>-parquet``, read by Frictionless through pyarrow). The package names the dataset's
licence (for the annotations), each source with its own licence, and the policy on which
source texts are republished (:mod:`pipeline.publish.licences`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.publish.codebook import RELEASE_NAME as CODEBOOK_NAME
from pipeline.publish.codebook import codebook_version
from pipeline.publish.files import read_parquet, sha256_file
from pipeline.publish.layout import Format, relative_path, table_path
from pipeline.publish.licences import POLICY, redistributable
from pipeline.publish.metadata import dataset_metadata
from schemas import CORPUS_TABLES, TABLES, Column, table, table_metadata

_TYPES = {int: "integer", float: "number", bool: "boolean", str: "string"}


def field_descriptor(column: Column) -> dict[str, Any]:
    """A Table Schema field for one registry column."""
    ftype = "date" if column.is_date else _TYPES[column.type]
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
    if column.pattern is not None:
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


def _resource(release_dir: Path, name: str, fmt: Format) -> dict[str, Any]:
    suffix = "" if fmt == "csv" else "-parquet"
    path = table_path(release_dir, name, fmt)
    resource: dict[str, Any] = {
        "name": name + suffix,
        "title": f"{table_metadata(name)['title']} ({fmt.upper() if fmt == 'csv' else 'Parquet'})",
        "description": table(name).description,
        "path": relative_path(name, fmt),
        "profile": "tabular-data-resource",
        "type": "table",
        "format": fmt,
        "mediatype": "text/csv" if fmt == "csv" else "application/vnd.apache.parquet",
        "schema": table_schema(name, suffix),
    }
    if fmt == "csv":
        # Frictionless counts and hashes the bytes it reads; it reads Parquet through pyarrow,
        # not as bytes, so a Parquet file's size and hash are in SHA256SUMS only.
        resource["bytes"] = path.stat().st_size
        resource["hash"] = f"sha256:{sha256_file(path)}"
        resource["encoding"] = "utf-8"
        resource["dialect"] = {"delimiter": ",", "lineTerminator": "\n", "header": True}
    else:
        resource["file_bytes"] = path.stat().st_size
        resource["file_sha256"] = sha256_file(path)
    if name in CORPUS_TABLES:
        resource.update(corpus_notes(release_dir, name))
    return resource


def corpus_notes(release_dir: Path, name: str) -> dict[str, Any]:
    """What a corpus table's resource says beyond its schema: the codebook version the
    annotations follow, and each annotation pass's mean agreement with the adjudicated gold
    over the interviews (the columns' meaning is in the schema's descriptions)."""
    frame = read_parquet(table_path(release_dir, name, "parquet"))
    if name == "annotations":
        versions = sorted({str(v) for v in frame["codebook_version"].tolist()})
        return {"codebook_versions": versions, "interviews": int(frame["source_id"].nunique())}
    measures = [c for c in frame.columns if c not in ("source_id", "annotation_pass")]
    means = {
        str(pass_name): {
            column: None if pd.isna(value) else round(float(value), 3)
            for column, value in group[measures].mean().items()
        }
        for pass_name, group in frame.groupby("annotation_pass", sort=True)
    }
    return {"mean_agreement_by_pass": means}


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


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def sources(documents: pd.DataFrame) -> list[dict[str, Any]]:
    """Each source with its publisher, address, licence and whether its text is included."""
    out = []
    for row in documents.itertuples(index=False):
        licence = _text(row.license) or "unknown"
        included = redistributable(licence, _text(row.redistribution))
        entry: dict[str, Any] = {"title": f"{row.source_id}: {row.title}"}
        if _text(row.url):
            entry["path"] = row.url
        entry["publisher"] = _text(row.publisher)
        entry["license"] = licence
        if _text(row.redistribution):
            entry["redistribution"] = row.redistribution
        entry["text_included"] = included
        out.append(entry)
    return out


def datapackage(
    release_dir: Path, version: str, created: str, documents: pd.DataFrame | None = None
) -> dict[str, Any]:
    """The descriptor for a release whose data files are already written; ``documents``
    (the published table) lists the sources and their licences."""
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
                "title": f"{meta['license']['name']}: the annotations (claims, their "
                "attributes and the tables' structure); each source text stays under its "
                "publisher's terms, listed in sources",
            }
        ],
        "text_policy": POLICY,
        "sources": sources(documents) if documents is not None else [],
        "contributors": [
            {"title": a["name"], "role": "author", "organization": a["name"]}
            for a in meta["authors"]
        ],
        "resources": [
            # The tables written into this release: the corpus tables only from 2.1.0.
            *(
                _resource(release_dir, name, fmt)
                for name in TABLES
                if table_path(release_dir, name, "parquet").is_file()
                for fmt in ("csv", "parquet")
            ),
            _codebook_resource(release_dir),
        ],
    }


def write_datapackage(
    release_dir: Path, version: str, created: str, documents: pd.DataFrame | None = None
) -> None:
    descriptor = datapackage(release_dir, version, created, documents)
    (release_dir / "datapackage.json").write_text(
        json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
