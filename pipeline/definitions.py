"""The one Dagster entry point: loads the definitions in ``pipeline/defs``."""

import warnings
from collections.abc import Mapping
from typing import Any

import dagster as dg

# backfill_policy is marked beta; the single-run policy is what lets one run cover many sources.
warnings.filterwarnings("ignore", category=dg.BetaWarning)

from pipeline.defs import claims, jobs, release, schedules, sensors  # noqa: E402
from pipeline.defs.executors import executor_from_env, executor_named  # noqa: E402
from pipeline.defs.resources import default_resources  # noqa: E402


def make_definitions(
    resources: Mapping[str, Any] | None = None, executor: dg.ExecutorDefinition | None = None
) -> dg.Definitions:
    """The project's definitions, with ``resources`` replacing the defaults by name and the
    executor given (default: the one ``$INTERVIEW_CLAIMS_EXECUTOR`` names)."""
    return dg.Definitions(
        assets=[claims.claims, release.dataset, release.release],
        jobs=[jobs.extract_job, jobs.release_job],
        sensors=[sensors.sources_sensor, sensors.release_after_sources],
        schedules=[schedules.weekly_release],
        resources={**default_resources(), **(resources or {})},
        executor=executor or executor_from_env(),
    )


def job_on(name: str, executor: str = "") -> dg.JobDefinition:
    """Job ``name`` with the named executor: what a worker process rebuilds when a run is
    handed to it, via ``dg.build_reconstructable_job("pipeline.definitions", "job_on", ...)``."""
    return make_definitions(executor=executor_named(executor)).resolve_job_def(name)


defs = make_definitions()
