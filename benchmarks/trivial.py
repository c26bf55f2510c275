"""Dagster's own overhead: the pipeline's job shape with assets that do nothing.

The same dynamic partitions, the same partitioned ``claims`` asset with a single-run backfill
policy and per-partition metadata, run over contiguous partition ranges, then the same
unpartitioned ``dataset`` with as many blocking checks as the real one and a ``release``; the
same instance bookkeeping as ``interview-claims build`` (partition sync, staleness from the
materialization history, the same event settings). It always runs the release job, where
``build`` skips it when nothing changed since the last release. What a build costs beyond
this is the pipeline's own work.

``python -m benchmarks.trivial --sources DIR`` (uses ``$DAGSTER_HOME``, like the real build).
"""

import argparse
import os
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dagster as dg

from pipeline.defs.checks import CHECK_SPECS
from pipeline.defs.history import EXTRACTED, contiguous_ranges, stale_partitions
from pipeline.defs.io import PickleIOManager
from pipeline.defs.partitions import SOURCE_HASH
from pipeline.runner import (
    PARTITIONS_NAME,
    QUIET_LOGS,
    run_partition_range,
    use_fewer_planned_events,
)

warnings.filterwarnings("ignore", category=dg.BetaWarning)  # single-run backfill policy

partitions = dg.DynamicPartitionsDefinition(name=PARTITIONS_NAME)
HASH = "trivial"
_PARTITIONED: dict[str, Any] = {
    "partitions_def": partitions,
    "code_version": "1",
    "backfill_policy": dg.BackfillPolicy.single_run(),
}


@dg.asset(**_PARTITIONED)
def claims(context: dg.AssetExecutionContext) -> Any:
    keys = context.partition_keys
    for key in keys:  # what staleness is read from, as in the real asset
        context.add_asset_metadata({SOURCE_HASH: HASH, "claims": 0}, partition_key=key)
    return dict.fromkeys(keys)


@dg.asset(
    deps=[claims],
    check_specs=[dg.AssetCheckSpec(s.name, asset="dataset", blocking=True) for s in CHECK_SPECS],
)
def dataset() -> Iterator[dg.Output[None] | dg.AssetCheckResult]:
    yield dg.Output(None)
    for spec in CHECK_SPECS:
        yield dg.AssetCheckResult(check_name=spec.name, passed=True)


@dg.asset(deps=[dataset])
def release() -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={"published": False})


def make_definitions() -> dg.Definitions:
    return dg.Definitions(
        assets=[claims, dataset, release],
        jobs=[
            dg.define_asset_job(
                "extract_sources",
                selection=dg.AssetSelection.assets("claims"),
            ),
            dg.define_asset_job(
                "publish_release", selection=dg.AssetSelection.assets("dataset", "release")
            ),
        ],
        resources={"io_manager": PickleIOManager()},
    )


def build(sources_dir: Path) -> int:
    """What ``interview-claims build`` does with Dagster, with nothing to compute; the number
    of partitions extracted."""
    ids = sorted(p.stem for p in sources_dir.glob("*.txt"))
    use_fewer_planned_events()
    instance = dg.DagsterInstance.get()
    known = instance.get_dynamic_partitions(PARTITIONS_NAME)
    for key in [k for k in known if k not in set(ids)]:
        instance.delete_dynamic_partition(PARTITIONS_NAME, key)
    added = [key for key in ids if key not in set(known)]
    if added:
        instance.add_dynamic_partitions(PARTITIONS_NAME, added)
    defs = make_definitions()
    keys = instance.get_dynamic_partitions(PARTITIONS_NAME)
    code_version = defs.resolve_asset_graph().get(EXTRACTED).code_version
    stale = stale_partitions(instance, dict.fromkeys(keys, HASH), code_version)
    job = defs.resolve_job_def("extract_sources")
    for start, end in contiguous_ranges(keys, stale):
        result = run_partition_range(job, instance, start, end)
        assert result.success
    result = defs.resolve_job_def("publish_release").execute_in_process(
        instance=instance, run_config=QUIET_LOGS
    )
    assert result.success
    return len(stale)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Dagster's overhead: the job shape, no work.")
    parser.add_argument("--sources", type=Path, required=True)
    args = parser.parse_args(argv)
    if "DAGSTER_HOME" not in os.environ:
        sys.exit("set DAGSTER_HOME to a (fresh) instance folder")
    extracted = build(args.sources)
    print(f"trivial build: {extracted} partition(s) extracted", file=sys.stderr)


if __name__ == "__main__":
    main()
