"""The same jobs, unchanged, on a ``dask.distributed`` cluster of separate worker processes:
sources, outputs and the IO manager's pickles are given as locations every worker reaches,
through run config alone."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest
from distributed import Client, LocalCluster

from pipeline.defs.checks import DATASET_KEY
from pipeline.defs.executors import executor_named
from pipeline.publish.files import read_tables
from pipeline.publish.verify import verify_release

from .conftest import PROJECT, REFERENCE_ID

pytestmark = pytest.mark.slow  # starts a scheduler and two worker processes

OTHER = "wanjiru-kenya-election-2022"
QUIET = {"console": {"config": {"log_level": "WARNING"}}}


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """Two single-threaded worker processes on loopback."""
    with LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local


def run_config(cluster: LocalCluster, sources: Path, outputs: Path, storage: Path) -> dict:
    # No annotated corpus: the card's quality figures would re-extract all of it inside a
    # single-threaded worker, minutes on a loaded machine, and prove nothing about Dask.
    return {
        "execution": {"config": {"cluster": {"existing": {"address": cluster.scheduler_address}}}},
        "resources": {
            "paths": {
                "config": {
                    "sources_dir": str(sources),
                    "outputs_dir": str(outputs),
                    "corpus_dir": str(storage / "no-corpus"),
                }
            },
            "io_manager": {"config": {"base_dir": str(storage)}},
        },
        "loggers": QUIET,
    }


def on_dask(function: str, *args: str) -> dg.ReconstructableJob:
    """A job every worker rebuilds by importing ``module:function(*args)``."""
    module = "pipeline.definitions" if function == "job_on" else __name__
    return dg.build_reconstructable_job(module, function, reconstructable_args=args)


def step_pids(instance: dg.DagsterInstance, run_id: str) -> set[int]:
    events = instance.all_logs(run_id, of_type=dg.DagsterEventType.STEP_SUCCESS)
    return {e.dagster_event.pid for e in events if e.dagster_event and e.dagster_event.pid}


def test_extract_and_release_on_a_dask_cluster(
    instance: dg.DagsterInstance,
    cluster: LocalCluster,
    tmp_path: Path,
    reference_sources: Path,
    epoch: int,
) -> None:
    for ext in ("txt", "yaml"):
        shutil.copy(PROJECT / "tests/data/interviews" / f"{OTHER}.{ext}", reference_sources)
    ids = sorted([REFERENCE_ID, OTHER])
    instance.add_dynamic_partitions("sources", ids)
    outputs = tmp_path / "shared" / "outputs"
    config = run_config(cluster, reference_sources, outputs, tmp_path / "shared" / "pickles")
    with Client(cluster) as client:
        workers = set(client.run(os.getpid).values())

    pids: set[int] = set()
    extract_tags = {
        "dagster/asset_partition_range_start": ids[0],
        "dagster/asset_partition_range_end": ids[-1],
    }
    for job, tags in (("extract_sources", extract_tags), ("publish_release", {})):
        with dg.execute_job(
            on_dask("job_on", job, "dask"), instance=instance, run_config=config, tags=tags
        ) as result:
            assert result.success, job
            pids |= step_pids(instance, result.run_id)
    assert pids and pids <= workers and len(pids) >= 2  # every step ran on a worker, both used

    release = outputs / "releases" / "1.0.0"
    assert verify_release(release) == []
    assert sorted(set(read_tables(release)["claims"]["source_id"])) == ids
    assert (tmp_path / "shared" / "pickles" / "claims" / f"{OTHER}.pickle").is_file()


@dg.asset_check(asset=DATASET_KEY, blocking=True, description="Always fails (test only).")
def planted_failure() -> dg.AssetCheckResult:
    return dg.AssetCheckResult(passed=False, severity=dg.AssetCheckSeverity.ERROR)


def release_with_failing_check() -> dg.JobDefinition:
    """The release job with one more blocking check, which fails: rebuilt in each worker."""
    from pipeline.definitions import make_definitions

    defs = make_definitions(executor=executor_named("dask"))
    names = ("claims", "dataset", "release")
    return dg.Definitions(
        assets=[defs.get_assets_def(name) for name in names],
        asset_checks=[planted_failure],
        jobs=[dg.define_asset_job("publish_release", selection=["dataset", "release"])],
        resources=defs.resources,
        executor=executor_named("dask"),
    ).resolve_job_def("publish_release")


def test_a_failing_blocking_check_stops_the_release_on_dask(
    instance: dg.DagsterInstance,
    cluster: LocalCluster,
    tmp_path: Path,
    reference_sources: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    instance.add_dynamic_partitions("sources", [REFERENCE_ID])
    outputs = tmp_path / "outputs"
    config = run_config(cluster, reference_sources, outputs, tmp_path / "pickles")
    with dg.execute_job(
        on_dask("job_on", "extract_sources", "dask"),
        instance=instance,
        run_config=config,
        tags={"dagster/partition": REFERENCE_ID},
    ) as extracted:
        assert extracted.success
    # as a sensor or schedule run: no executor config, the scheduler comes from the environment
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", cluster.scheduler_address)
    del config["execution"]
    with dg.execute_job(
        on_dask("release_with_failing_check"), instance=instance, run_config=config
    ) as released:
        assert not released.success
    failed = instance.all_logs(released.run_id, of_type=dg.DagsterEventType.STEP_FAILURE)
    succeeded = instance.all_logs(released.run_id, of_type=dg.DagsterEventType.STEP_SUCCESS)
    assert {e.step_key for e in failed} == {"dataset_planted_failure"}
    ran = {e.step_key for e in succeeded}
    assert "dataset" in ran and "release" not in ran  # the release step was never started
    assert not (outputs / "releases").exists()


def test_dask_executor_defaults_to_the_scheduler_in_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline.definitions import job_on

    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://scheduler:8786")
    execution = job_on("publish_release", "dask").run_config_schema.config_type.fields["execution"]
    assert not execution.is_required
    assert execution.default_value["config"]["cluster"] == {
        "existing": {"address": "tcp://scheduler:8786"}
    }


# dagster-dask's own executor, unfixed: these tests assert that its two bugs are still there.
# When one fails, upstream fixed that bug: drop the matching fix in
# pipeline/defs/dask_engine.py (and this test) and use dagster-dask's executor as it is.


def extract_on_upstream_dask() -> dg.JobDefinition:
    import dagster_dask

    from pipeline.definitions import make_definitions

    return make_definitions(executor=dagster_dask.dask_executor).resolve_job_def("extract_sources")


def release_with_failing_check_on_upstream_dask() -> dg.JobDefinition:
    import dagster_dask

    job = release_with_failing_check()
    return job.with_executor_def(dagster_dask.dask_executor)


def test_upstream_dask_executor_still_fails_partitioned_runs(
    instance: dg.DagsterInstance, cluster: LocalCluster, tmp_path: Path, reference_sources: Path
) -> None:
    """Fix 1: dask's submit walks the task's arguments and iterates Dagster's run record."""
    instance.add_dynamic_partitions("sources", [REFERENCE_ID])
    config = run_config(cluster, reference_sources, tmp_path / "outputs", tmp_path / "pickles")
    with dg.execute_job(
        on_dask("extract_on_upstream_dask"),
        instance=instance,
        run_config=config,
        tags={"dagster/partition": REFERENCE_ID},
        raise_on_error=False,
    ) as result:
        assert not result.success, "dagster-dask runs partitioned jobs now: drop fix 1"
    (failure,) = instance.all_logs(result.run_id, of_type=dg.DagsterEventType.RUN_FAILURE)
    error = failure.dagster_event.event_specific_data.error  # type: ignore[union-attr]
    assert "Iteration is not allowed" in error.message  # the bug, not some other failure


def test_upstream_dask_executor_still_ignores_a_failing_blocking_check(
    instance: dg.DagsterInstance, cluster: LocalCluster, tmp_path: Path, reference_sources: Path
) -> None:
    """Fix 2: every step is submitted at once, so the release runs after a failed check."""
    instance.add_dynamic_partitions("sources", [REFERENCE_ID])
    config = run_config(cluster, reference_sources, tmp_path / "outputs", tmp_path / "pickles")
    with dg.execute_job(
        on_dask("job_on", "extract_sources", "dask"),
        instance=instance,
        run_config=config,
        tags={"dagster/partition": REFERENCE_ID},
    ) as extracted:
        assert extracted.success
    with dg.execute_job(
        on_dask("release_with_failing_check_on_upstream_dask"),
        instance=instance,
        run_config=config,
        raise_on_error=False,
    ) as released:
        assert not released.success
    ran = {
        e.step_key
        for e in instance.all_logs(released.run_id, of_type=dg.DagsterEventType.STEP_SUCCESS)
    }
    assert "release" in ran, "dagster-dask now stops at a failing blocking check: drop fix 2"
