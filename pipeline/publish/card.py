"""The dataset card (README.md of a release), with a Hugging Face style YAML header."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import yaml

from pipeline.extract import classifier
from pipeline.publish.codebook import CODEBOOK_PATH, codebook_version
from pipeline.publish.layout import relative_path
from pipeline.publish.licences import POLICY, redistributable
from pipeline.publish.metadata import dataset_metadata
from pipeline.publish.tables import Tables
from schemas import CORPUS_TABLES, TABLES, schema, table

# Hugging Face's size buckets, by the number of claims.
_SIZES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))


def size_category(rows: int) -> str:
    for limit, name in _SIZES:
        if rows < limit:
            return name
    return "1M<n<10M"


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _header(version: str, tables: Tables) -> str:
    meta = dataset_metadata()
    source_urls = sorted({u for u in tables["documents"]["url"].tolist() if _text(u)})
    header = {
        "license": meta["license"]["id"].lower(),
        "pretty_name": meta["pretty_name"],
        "language": [meta["language"]],
        "tags": list(meta["keywords"]),
        "size_categories": [size_category(len(tables["claims"]))],
        "task_categories": ["text-classification", "token-classification"],
        "task_ids": ["named-entity-recognition"],
        # The claims and their attributes come from the rule-based extractor; the gold
        # annotations of the corpus (agreement in the card) were made by people.
        "annotations_creators": ["machine-generated", "expert-generated"],
        "language_creators": ["found"],
        "multilinguality": ["monolingual"],
        "source_datasets": ["original"],
        "source_urls": source_urls,
        # One config per table, from its Parquet file: Hugging Face `datasets` reads every
        # config of a folder with one builder, chosen by the first config's files, so the
        # CSV files are loaded with the csv builder instead (the card says how). Upstream:
        # huggingface/datasets#6447 ("Support one dataset loader per config"), open.
        "configs": [
            {
                "config_name": name,
                "data_files": [{"split": "train", "path": relative_path(name, "parquet")}],
                **({"default": True} if name == "claims" else {}),
            }
            for name in TABLES
            if name in tables
        ],
    }
    return "---\n" + yaml.safe_dump(header, sort_keys=False, width=100) + "---\n"


def _columns(name: str) -> list[str]:
    lines = ["| column | type | description |", "| --- | --- | --- |"]
    dtypes = schema(name).dtypes  # the type as pandas holds it, e.g. string[pyarrow]
    for column in table(name).columns:
        nullable = ", may be empty" if column.nullable else ""
        kind = "date" if column.is_date else dtypes[column.name]
        lines.append(f"| `{column.name}` | {kind}{nullable} | {column.description} |")
    return lines


def _licences(documents: Any) -> list[str]:
    """The policy and each source's licence, and whether its text is in this release."""
    meta = dataset_metadata()
    lines = [
        f"The dataset's licence, {meta['license']['name']} ({meta['license']['id']}), covers "
        "the annotations: the claims' boundaries, types, hedging, speakers, quantities, times, "
        "entities and the tables' structure. " + POLICY,
        "",
        "| source | publisher | licence | full text in this release |",
        "| --- | --- | --- | --- |",
    ]
    for row in documents.itertuples(index=False):
        licence = _text(row.license) or "unknown"
        permission = _text(row.redistribution)
        included = redistributable(licence, permission)
        if permission:
            why = f"yes ({permission})"
        else:
            why = "yes" if included else "no: withheld, restore it with `hydrate`"
        lines.append(
            f"| `{row.source_id}` | {_text(row.publisher) or 'unknown'} | {licence} | {why} |"
        )
    return lines


def _formats() -> list[str]:
    return [
        "Each table is published twice with the same rows in the same order: as Parquet in "
        "`data/parquet/` (dates typed as dates, each column's description in the file's "
        "schema) and as CSV in `data/csv/` (UTF-8, a header row, empty cells for nulls, "
        "dates as YYYY-MM-DD). One folder per format, so each loads on its own:",
        "",
        "```",
        "load_dataset(RELEASE_DIR, 'times')                  # a config per table (Parquet)",
        "load_dataset('parquet', data_dir=RELEASE_DIR + '/data/parquet', "
        "data_files='times.parquet')",
        "load_dataset('csv', data_files=RELEASE_DIR + '/data/csv/times.csv')",
        "duckdb.sql(\"select * from 'data/parquet/times.parquet' "
        "where period_start >= date '2022-01-01'\")",
        "polars.read_parquet('data/parquet/times.parquet')",
        "```",
        "",
        "Which checks cover which format: `interview-claims validate DIR` checks every Parquet "
        "table against its schema (types, required values, allowed values, patterns), its "
        "primary and foreign keys and every span's offsets, and that each CSV file holds "
        "exactly its Parquet twin's rows; `frictionless validate datapackage.json` checks both "
        "formats' rows against the Table Schemas and keys (Parquet through pyarrow), and the "
        "CSV files' bytes and hashes; `SHA256SUMS` covers every file.",
    ]


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


_AGREEMENT_NAMES = {
    "claims_f1": "claims F1",
    "speaker_role_accuracy": "speaker role accuracy",
    "claim_type_accuracy": "claim type accuracy",
    "hedged_f1": "hedged F1",
    "quantities_f1": "quantities F1",
    "times_f1": "times F1",
    "entities_f1": "entities F1",
}


def _annotations(tables: Tables) -> list[str]:
    """The section on the corpus tables (the benchmark), when the release has them."""
    if not all(name in tables for name in CORPUS_TABLES):
        return []
    gold, agreement = tables["annotations"], tables["annotation_agreement"]
    versions = ", ".join(sorted({str(v) for v in gold["codebook_version"].tolist()})) or "none"
    splits = gold.groupby("split")["source_id"].agg(["nunique", "size"])
    counts = "; ".join(
        f"{split}: {int(row['size'])} claims in {int(row['nunique'])} interview(s)"
        for split, row in splits.iterrows()
    )
    lines = [
        "## Annotations: a benchmark for claim extraction",
        "",
        "`annotations` holds the adjudicated gold claims of the project's annotated corpus for "
        f"every corpus interview that is a source of this release ({counts or 'none'}), "
        f"annotated by people following the codebook, version {versions} (the "
        "`codebook_version` column). Interviews whose licence does not allow republishing "
        "their text stay in the corpus as test data and are not here. Offsets refer to "
        "`documents.text` like the claims'; the quantities, times and entities of each gold "
        "claim are JSON arrays exactly as the gold records them. Report figures on the "
        "`test` split: the extractor's rules and model were tuned on `dev` and `reference`.",
        "",
        "Each interview was annotated twice, independently (passes `a` and `b`), and the "
        "passes adjudicated into the gold. `annotation_agreement` has one row per interview "
        "and pass: the pass scored against the gold as if it were an extractor's output, by "
        "the scorer the extraction figures above use (spans match one to one at intersection "
        "over union of at least 0.5; accuracies over matched claims; hedged, quantities, "
        "times and entities as F1). A value is empty where it is undefined (neither side has "
        "an item to compare). These figures bound what an extractor can be expected to reach.",
        "",
    ]
    if not agreement.empty:
        measures = list(_AGREEMENT_NAMES)
        lines += [
            "| pass | interviews | " + " | ".join(_AGREEMENT_NAMES[m] for m in measures) + " |",
            "| --- | --- | " + " | ".join("---" for _ in measures) + " |",
        ]
        for name, group in agreement.groupby("annotation_pass", sort=True):
            means = group[measures].mean()
            cells = ["" if pd.isna(means[m]) else f"{means[m]:.3f}" for m in measures]
            lines.append(f"| {name} | {len(group)} | " + " | ".join(cells) + " |")
        lines += ["", "(Means over the interviews of each pass.)", ""]
    return lines


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
        "reference interview is the one the rules were first written from. The development "
        "and reference figures are in-sample: the rules were tuned and the claim model trained "
        "on them (claim type and evaluative recall most of all), so they are no estimate; the "
        "claim model's cross-validated development figures are in `docs/model-card.md`.",
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
    "boundary": "where a sentence is cut into claims (at the clause boundaries the rules find)",
}


def _model() -> list[str]:
    """The card's summary of the claim model (``docs/model-card.md`` in the repository)."""
    model = classifier.active()
    if model is None:
        return ["No claim model was used: the cue rules alone decided type and hedging."]
    meta = model.meta
    learned = [d for d in _DECISIONS if d not in model.decided_by_rules]
    kept = [d for d in _DECISIONS if d in model.decided_by_rules]
    lines = [
        "Linear classifiers over a span's words, its speaker's role and the rule cues (and, "
        "for where to cut a sentence, the rules' verdict and the words around the joiner), "
        f"trained on the adjudicated gold of {len(meta.get('interviews', []))} corpus interviews "
        f"(splits: {', '.join(meta.get('splits', []))}; never the test split), codebook "
        f"{meta.get('codebook_version', '?')}, training data sha256 "
        f"`{meta.get('training_data_sha256', '?')}`.",
        "",
        "The model decides " + " and ".join(_DECISIONS[d] for d in learned) + ".",
    ]
    if kept:
        lines[-1] += (
            " The rules keep " + " and ".join(_DECISIONS[d] for d in kept) + ", where they "
            "measured as good or better"
            + (
                "; the model still gives the probability of the rules' hedging."
                if "hedged" in kept
                else "."
            )
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
        _header(version, tables),
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
    for name in (n for n in TABLES if n in tables):
        lines.append(
            f"| {name} | {len(tables[name])} | `{relative_path(name, 'parquet')}`, "
            f"`{relative_path(name, 'csv')}` |"
        )
    lines += [
        "",
        *_formats(),
        "",
        "Offsets are Python string indices into `documents.text`, end exclusive: "
        "`documents.text[char_start:char_end] == claims.text` for every claim, and likewise "
        "for passages, mentions, quantities and times (for a source whose text is withheld, "
        "once `hydrate` has restored it).",
        "",
        "What a claim is, and how its type, hedging, quantities, times and entities are "
        f"decided: the codebook `codebook.md` (version {codebook}), "
        "published with this release. Every claim and every gold annotation follows it.",
        "",
        "## Source texts and licences",
        "",
        *_licences(tables["documents"]),
        "",
        "## Changes in this release",
        "",
        *change_lines,
        "",
        "## Extraction quality",
        "",
        *_quality(quality),
        "",
        *_annotations(tables),
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
    for name in (n for n in TABLES if n in tables):
        lines += [f"### {name}", "", table(name).description, "", *_columns(name), ""]
    lines += [
        "## Integrity",
        "",
        "`SHA256SUMS` lists the checksum of every other file; `interview-claims validate "
        "DIR` checks them together with the schemas, keys and offsets.",
        "",
    ]
    return "\n".join(lines)
