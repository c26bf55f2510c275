"""The dataset card (README.md of a release), with a Hugging Face style YAML header."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from pipeline.evaluate import TARGETS, figure
from pipeline.publish.metadata import dataset_metadata
from pipeline.publish.tables import Tables
from schemas import TABLES, schema, table


def _header(version: str) -> str:
    meta = dataset_metadata()
    header = {
        "license": meta["license"]["id"].lower(),
        "pretty_name": meta["pretty_name"],
        "language": ["en"],
        "tags": list(meta["keywords"]),
        "configs": [
            {
                "config_name": name,
                "data_files": f"data/{name}.parquet",
                **({"default": True} if name == "claims" else {}),
            }
            for name in TABLES
        ],
    }
    return "---\n" + yaml.safe_dump(header, sort_keys=False, width=100) + "---\n"


def _columns(name: str) -> list[str]:
    lines = ["| column | type | description |", "| --- | --- | --- |"]
    dtypes = schema(name).dtypes  # the type as pandas holds it, e.g. string[pyarrow]
    for column in table(name).columns:
        nullable = ", may be empty" if column.nullable else ""
        lines.append(
            f"| `{column.name}` | {dtypes[column.name]}{nullable} | {column.description} |"
        )
    return lines


def _evaluation(evaluations: Sequence[Mapping[str, Any]]) -> list[str]:
    if not evaluations:
        return ["No gold annotation was available for this build."]
    lines = [
        "Measured against reference annotations made by following the claim guidelines "
        "(spans match one to one at character intersection over union of at least 0.5):",
        "",
        "| source | measure | figure | target |",
        "| --- | --- | --- | --- |",
    ]
    for result in evaluations:
        for measure, target in TARGETS.items():
            lines.append(
                f"| `{result['source_id']}` | {measure} | "
                f"{figure(result, measure):.3f} | {target:.2f} |"
            )
    lines += [
        "",
        "Reproduce with `interview-claims evaluate outputs/releases/VERSION "
        "tests/data/gold/SOURCE_ID.jsonl` in a clone of the repository.",
    ]
    return lines


def dataset_card(
    version: str,
    released: str,
    tables: Tables,
    change_lines: Sequence[str],
    evaluations: Sequence[Mapping[str, Any]],
) -> str:
    meta = dataset_metadata()
    claims = tables["claims"]
    example = claims["claim_id"].iloc[0] if len(claims) else "c_0123456789abcdef"
    lines = [
        _header(version),
        f"# {meta['pretty_name']} {version}",
        "",
        meta["description"],
        "",
        f"Released {released}. Licence: {meta['license']['name']} ({meta['license']['id']}). "
        + meta["source_text_note"],
        "",
        "## Contents",
        "",
        "| table | rows | files |",
        "| --- | --- | --- |",
    ]
    for name in TABLES:
        lines.append(f"| {name} | {len(tables[name])} | `data/{name}.parquet`, `data/{name}.csv` |")
    lines += [
        "",
        "Offsets are Python string indices into `documents.text`, end exclusive: "
        "`documents.text[char_start:char_end] == claims.text` for every claim, and likewise "
        "for passages, mentions, quantities and times.",
        "",
        "## Changes in this release",
        "",
        *change_lines,
        "",
        "## Extraction quality",
        "",
        *_evaluation(evaluations),
        "",
        "## How to cite",
        "",
        f"Cite the release: see `CITATION.cff`, or run `interview-claims cite {version} "
        "--format bibtex`.",
        "",
        f"Cite a single claim by the release version and its `claim_id`, e.g. "
        f'"{meta["pretty_name"]} {version}, claim `{example}`". Claim ids are derived '
        "from the claim's source and text, so the same claim keeps its id in later releases; "
        "the `changes` table of each release lists the claims added, removed or modified.",
        "",
        "## Spreadsheet safety",
        "",
        "Text cells are verbatim interview text and may begin with `=`, `+`, `-` or `@`, "
        "which spreadsheet programs can read as formulas. The CSV files are kept identical "
        "in content to the Parquet files; for spreadsheets use "
        "`interview-claims export --excel-safe`, which writes a separate, neutralised copy.",
        "",
        "## Tables",
        "",
    ]
    for name in TABLES:
        lines += [f"### {name}", "", table(name).description, "", *_columns(name), ""]
    lines += [
        "## Integrity",
        "",
        "`SHA256SUMS` lists the checksum of every other file; `interview-claims validate "
        "DIR` checks them together with the schemas, keys and offsets.",
        "",
    ]
    return "\n".join(lines)
