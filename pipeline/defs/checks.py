"""Blocking checks on the combined dataset: each table against its pandera model, and the
cross-table rules (keys, references, span provenance). A failing check stops the release."""

import dagster as dg
import pandas as pd

from pipeline.defs.release import DATASET_KEY
from pipeline.publish.tables import Tables, typed
from pipeline.publish.validation import CheckOutcome, check_cross_tables, check_table
from schemas import DATA_TABLES


def _markdown_table(rows: list[dict[str, object]]) -> str:
    columns = list(dict.fromkeys(k for row in rows for k in row))
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    for row in rows:
        cells = (str(row.get(c, "")).replace("|", "\\|").replace("\n", " ") for c in columns)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _result(outcome: CheckOutcome) -> dg.AssetCheckResult:
    metadata: dict[str, dg.MetadataValue] = {"failures": dg.MetadataValue.int(outcome.failures)}
    if outcome.reasons:
        metadata["reasons"] = dg.MetadataValue.md("\n".join(f"- {r}" for r in outcome.reasons))
    if outcome.sample:
        metadata["failing_rows_sample"] = dg.MetadataValue.md(_markdown_table(outcome.sample))
    return dg.AssetCheckResult(
        passed=outcome.passed, severity=dg.AssetCheckSeverity.ERROR, metadata=metadata
    )


def _table_check(name: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=DATASET_KEY,
        name=f"{name}_matches_schema",
        blocking=True,
        description=f"Every row of the {name} table satisfies its pandera model.",
    )
    def check(dataset: Tables) -> dg.AssetCheckResult:
        return _result(check_table(name, dataset[name]))

    return check


def _no_changes() -> pd.DataFrame:
    return typed("changes", [])  # the delta is computed at publishing, against the last release


@dg.asset_check(
    asset=DATASET_KEY,
    blocking=True,
    description="Primary keys are unique, every foreign key resolves, claims lie inside "
    "their passages and every span equals documents.text[char_start:char_end].",
)
def cross_table_integrity(dataset: Tables) -> dg.AssetCheckResult:
    return _result(check_cross_tables(dataset | {"changes": _no_changes()}))


table_checks = [_table_check(name) for name in DATA_TABLES]
all_checks = [*table_checks, cross_table_integrity]
