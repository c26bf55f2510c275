"""The one Dagster entry point: loads the definitions in ``pipeline/defs``."""

import warnings
from collections.abc import Mapping
from typing import Any

import dagster as dg

# backfill_policy is marked beta; the single-run policy is what lets one run cover many sources.
warnings.filterwarnings("ignore", category=dg.BetaWarning)

from pipeline.defs import checks, claims, jobs, release, sources  # noqa: E402
from pipeline.defs.resources import default_resources  # noqa: E402


def make_definitions(resources: Mapping[str, Any] | None = None) -> dg.Definitions:
    """The project's definitions, with ``resources`` replacing the defaults by name."""
    return dg.Definitions(
        assets=[
            sources.documents,
            sources.passages,
            claims.claims,
            release.dataset,
            release.release,
        ],
        asset_checks=checks.all_checks,
        jobs=[jobs.extract_job, jobs.release_job],
        resources={**default_resources(), **(resources or {})},
    )


defs = make_definitions()
