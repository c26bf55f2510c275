"""The dataset card (README.md of a release), with a Hugging Face style YAML header."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from pipeline.extract import classifier
from pipeline.publish.codebook import CODEBOOK_PATH, codebook_version
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


_SPLIT_NAMES = {"test": "test", "dev": "development", "reference": "reference interview"}
AGREEMENT_MEASURES = (
    "claims.f1",
    "speaker_role.accuracy",
    "claim_type.accuracy",
    "hedged.f1",
    "quantities.f1",
    "times.f1",
    "entities.f1",
)


def _quality(quality: Mapping[str, Any] | None) -> list[str]:
    """The card's extraction-quality section from the corpus figures (see
    pipeline/evaluation/corpus.py: quality_summary)."""
    if not quality:
        return ["No annotated corpus was available for this build."]
    splits = quality["splits"]
    targets = quality["targets"]
    present = [s for s in ("test", "dev", "reference") if s in splits]
    counts = ", ".join(f"{_SPLIT_NAMES[s]}: {splits[s]['interviews']}" for s in present)
    lines = [
        "Measured against the adjudicated gold annotations of the project's corpus of real "
        f"published interviews ({counts} interviews), annotated by the codebook "
        f"(`codebook.md`, version {quality['codebook_version']}). Spans match one to one at "
        "character intersection over union of at least 0.5; macro figures are means over "
        "interviews, micro figures pool every claim.",
        "",
        "The test split was fixed before any rule or model work and is never looked at while "
        "tuning: its figures are the estimate for an interview the project has not seen. The "
        "reference interview is the one the rules were first written from.",
        "",
        "| measure | "
        + " | ".join(f"{_SPLIT_NAMES[s]} (macro)" for s in present)
        + " | test (micro) | test target |",
        "| --- | " + " | ".join("---" for _ in present) + " | --- | --- |",
    ]
    measures = list(targets["test"]) + [m for m in targets["reference"] if m not in targets["test"]]
    for measure in measures:
        row = [f"{splits[s]['macro'].get(measure, 0.0):.3f}" for s in present]
        micro = splits["test"]["micro"].get(measure) if "test" in splits else None
        target = targets["test"].get(measure)
        lines.append(
            f"| {measure} | "
            + " | ".join(row)
            + f" | {'' if micro is None else f'{micro:.3f}'}"
            + f" | {'' if target is None else f'{target:.2f}'} |"
        )
    agreement = quality.get("agreement") or {}
    if agreement:
        lines += [
            "",
            "Each gold annotation was made in two independent passes and adjudicated by the "
            "codebook. How far each pass agrees with the adjudicated gold (macro over "
            "interviews):",
            "",
            "| pass | interviews | " + " | ".join(AGREEMENT_MEASURES) + " |",
            "| --- | --- | " + " | ".join("---" for _ in AGREEMENT_MEASURES) + " |",
        ]
        for name, figures in agreement.items():
            values = " | ".join(f"{figures['macro'][m]:.3f}" for m in AGREEMENT_MEASURES)
            lines.append(f"| {name} | {figures['interviews']} | {values} |")
    lines += [
        "",
        "Reproduce with `interview-claims evaluate --corpus corpus` in a clone of the repository "
        "at the release's commit.",
    ]
    return lines


_DECISIONS = {
    "claim": "whether a candidate span is a claim at all",
    "claim_type": "claim type",
    "hedged": "hedging",
}


def _model() -> list[str]:
    """The card's summary of the claim model (``docs/model-card.md`` in the repository)."""
    model = classifier.active()
    if model is None:
        return ["No claim model was used: the cue rules alone decided type and hedging."]
    meta = model.meta
    learned = [d for d in _DECISIONS if d not in model.rules_decide]
    kept = [d for d in _DECISIONS if d in model.rules_decide]
    lines = [
        "Linear classifiers over a span's words, its speaker's role and the rule cues, trained "
        f"on the adjudicated gold of {len(meta.get('interviews', []))} corpus interviews "
        f"(splits: {', '.join(meta.get('splits', []))}; never the test split), codebook "
        f"{meta.get('codebook_version', '?')}, training data sha256 "
        f"`{meta.get('training_data_sha256', '?')}`.",
        "",
        "The model decides " + " and ".join(_DECISIONS[d] for d in learned) + ".",
    ]
    if kept:
        lines[-1] += (
            " The cue rules keep " + ", ".join(_DECISIONS[d] for d in kept) + ", where they "
            "measured better; the model still gives the probability of the rules' value."
        )
    lines += [
        "",
        "`claims.type_confidence` and `claims.hedged_confidence` are the model's probability of "
        "the value published: sort or filter by them to find the claims most worth checking. "
        "The test figures are those of the extraction-quality section above; the "
        "cross-validated development figures, the confusion matrices, known weaknesses and how "
        "to retrain (`make train`) are in the repository's `docs/model-card.md`.",
    ]
    return lines


def dataset_card(
    version: str,
    released: str,
    tables: Tables,
    change_lines: Sequence[str],
    quality: Mapping[str, Any] | None,
) -> str:
    meta = dataset_metadata()
    codebook = codebook_version(CODEBOOK_PATH.read_text(encoding="utf-8"))
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
        "What a claim is, and how its type, hedging, quantities, times and entities are "
        f"decided: the codebook `codebook.md` (version {codebook}), "
        "published with this release. Every claim and every gold annotation follows it.",
        "",
        "## Changes in this release",
        "",
        *change_lines,
        "",
        "## Extraction quality",
        "",
        *_quality(quality),
        "",
        "## The claim model",
        "",
        *_model(),
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
