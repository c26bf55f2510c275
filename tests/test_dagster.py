"""The Dagster layer on a persistent test instance: assets, partitions, blocking checks and
the in-process build. One Dagster import for the whole module."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipeline.definitions import defs
from pipeline.defs.resources import ProjectPaths
from pipeline.runner import BuildError, build

from .conftest import REFERENCE_ID


def test_committed_instance_queues_runs_one_at_a_time(tmp_path: Path) -> None:
    from pipeline.runner import DEFAULT_DAGSTER_HOME

    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(DEFAULT_DAGSTER_HOME / "dagster.yaml", home / "dagster.yaml")
    instance = dg.DagsterInstance.from_config(str(home))  # as $DAGSTER_HOME would load it
    assert type(instance.run_coordinator).__name__ == "QueuedRunCoordinator"
    assert instance.get_concurrency_config().run_queue_config.max_concurrent_runs == 1
    assert instance.run_monitoring_enabled
    assert instance.run_monitoring_max_runtime_seconds == 7200
    assert instance.is_persistent


def test_definitions_load_with_graph_checks_and_partitions() -> None:
    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert keys == {"claims", "dataset", "release"}
    checks = {k.name for k in repo.asset_graph.asset_check_keys}
    assert "cross_table_integrity" in checks and "claims_matches_schema" in checks
    for key in ("claims", "dataset", "release"):
        node = repo.asset_graph.get(dg.AssetKey(key))
        assert node.code_version, key
        assert node.description, key


def test_materialize_one_partition(
    instance: dg.DagsterInstance, tmp_path: Path, reference_sources: Path
) -> None:
    instance.add_dynamic_partitions("sources", [REFERENCE_ID])
    paths = ProjectPaths(
        sources_dir=str(reference_sources),
        outputs_dir=str(tmp_path / "out"),
        corpus_dir=str(tmp_path / "none"),
    )
    result = dg.materialize(
        [defs.get_assets_def("claims")],
        partition_key=REFERENCE_ID,
        instance=instance,
        resources={"paths": paths},
    )
    assert result.success
    tables = result.output_for_node("claims")[REFERENCE_ID]  # {source id: tables}
    assert len(tables["claims"]) > 50
    meta = result.asset_materializations_for_node("claims")[0].metadata
    assert meta["claims"].value == len(tables["claims"])
    assert meta["passages"].value == len(tables["passages"])


def test_build_publishes_then_does_nothing(
    instance: dg.DagsterInstance, tmp_path: Path, reference_sources: Path, epoch: int
) -> None:
    outputs = tmp_path / "out"
    first = build(reference_sources, outputs, corpus_dir=tmp_path / "none", say=lambda _: None)
    assert first.published and first.version == "1.0.0"
    assert Path(str(first.path)).is_dir()
    second = build(reference_sources, outputs, corpus_dir=tmp_path / "none", say=lambda _: None)
    assert not second.published and "nothing changed" in second.reason
    assert instance.get_dynamic_partitions("sources") == [REFERENCE_ID]

    # a second source becomes a partition and its claims a minor release
    for ext in ("txt", "yaml"):
        shutil.copy(
            reference_sources / f"{REFERENCE_ID}.{ext}", reference_sources / f"copy-two.{ext}"
        )
    third = build(reference_sources, outputs, corpus_dir=tmp_path / "none", say=lambda _: None)
    assert third.version == "1.1.0"
    assert sorted(instance.get_dynamic_partitions("sources")) == ["copy-two", REFERENCE_ID]

    # removing it removes its partition and its claims
    for ext in ("txt", "yaml"):
        (reference_sources / f"copy-two.{ext}").unlink()
    fourth = build(reference_sources, outputs, corpus_dir=tmp_path / "none", say=lambda _: None)
    assert fourth.version == "1.2.0"
    assert instance.get_dynamic_partitions("sources") == [REFERENCE_ID]


def test_failing_blocking_check_publishes_nothing(
    instance: dg.DagsterInstance,
    tmp_path: Path,
    reference_sources: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline.publish import validation

    def broken(name: str, frame: object) -> validation.CheckOutcome:
        outcome = validation.CheckOutcome(f"{name}_schema")
        outcome.fail(f"{name}: planted failure")
        return outcome

    monkeypatch.setattr("pipeline.defs.checks.check_table", broken)
    outputs = tmp_path / "out"
    with pytest.raises(BuildError, match="matches_schema"):
        build(reference_sources, outputs, corpus_dir=tmp_path / "none", say=lambda _: None)
    assert not (outputs / "releases" / "1.0.0").exists()
    assert not (outputs / "releases" / "index.json").exists()


def test_bad_source_fails_before_any_run(
    instance: dg.DagsterInstance, tmp_path: Path, reference_sources: Path
) -> None:
    (reference_sources / "broken.txt").write_text("What?\n\nYes.")
    from pipeline.extract.documents import SourceError

    with pytest.raises(SourceError, match=r"broken\.yaml: is missing"):
        build(reference_sources, tmp_path / "out", say=lambda _: None)
    assert instance.get_runs() == []
