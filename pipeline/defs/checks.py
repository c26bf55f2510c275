"""Blocking checks on the combined dataset: each table against its pandera model, and the
cross-table rules (keys, references, span provenance). A failing check stops the release."""


from collections.abc import Callable

import dagster as dg
import pandas as pd

from pipeline.publish.tables import Tables
from pipeline.publish.validation import CheckOutcome, check_cross_tables, check_table
from schemas import DATA_TABLES

from pipeline.defs.release import DATASET_KEY


def _result(outcome: CheckOutcome) -> dg.AssetCheckResult:
    metadata: dict[str, object] = {"failures": outcome.failures}
    if outcome.reasons:
        metadata["reasons"] = dg.MetadataValue.md("\n".join(f"- {r}" for r in outcome.reasons))
    if outcome.sample:
        metadata["failing_rows_sample"] = dg.MetadataValue.md(
            pd.DataFrame(outcome.sample).to_markdown(index=False)
            if _has_tabulate() else str(outcome.sample)
        )
    return dg.AssetCheckResult(
        passed=outcome.passed,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata=metadata,
    )


def _has_tabulate() -> bool:
    try:
        import tabulate  # noqa: F401
    except ImportError:
        return False
    return True


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


@dg.asset_check(
    asset=DATASET_KEY,
    blocking=True,
    description="Primary keys are unique, every foreign key resolves, claims lie inside "
    "their passages and every span equals documents.text[char_start:char_end].",
)
def cross_table_integrity(dataset: Tables) -> dg.AssetCheckResult:
    return _result(check_cross_tables(dataset | {"changes": _no_changes()}))


def _no_changes() -> pd.DataFrame:
    from pipeline.publish.tables import typed

    return typed("changes", [])


table_checks: list[Callable[..., object]] = [_table_check(name) for name in DATA_TABLES]
all_checks = [*table_checks, cross_table_integrity]
