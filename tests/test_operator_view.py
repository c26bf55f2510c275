"""What an operator sees in the Dagster UI: the project's log lines in the event log, and
metadata that answers their questions."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipeline.definitions import defs
from pipeline.defs.resources import ProjectPaths
from pipeline.publish.tables import Tables

MONOLOGUE = (
    "My years at sea\n\nI sailed for ten years. The sea changed me.\n\nI came home in 2001.\n"
)


def _committed_instance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dg.DagsterInstance:
    from pipeline.runner import DEFAULT_DAGSTER_HOME

    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(DEFAULT_DAGSTER_HOME / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return dg.DagsterInstance.get()


def test_extractor_warnings_reach_the_event_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    instance = _committed_instance(tmp_path, monkeypatch)
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "sea.txt").write_text(MONOLOGUE, encoding="utf-8")
    (sources / "sea.yaml").write_text("title: Sea\ninterview_date: 2024-01-01\n")
    instance.add_dynamic_partitions("sources", ["sea"])
    paths = ProjectPaths(
        sources_dir=str(sources), outputs_dir=str(tmp_path / "out"), corpus_dir=str(tmp_path)
    )
    result = dg.materialize(
        [defs.get_assets_def("claims")],
        partition_key="sea",
        instance=instance,
        resources={"paths": paths},
    )
    assert result.success
    logged = [
        record.user_message
        for record in instance.all_logs(result.run_id)
        if record.dagster_event is None
    ]
    assert any("monologue" in message for message in logged), logged


def test_each_partition_describes_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference_sources: Path
) -> None:
    """One run over every source: each partition's materialization carries its own counts
    and hash, not the run's totals."""
    from pipeline.extraction import extract_source

    instance = _committed_instance(tmp_path, monkeypatch)
    (reference_sources / "sea.txt").write_text(MONOLOGUE, encoding="utf-8")
    (reference_sources / "sea.yaml").write_text("title: Sea\ninterview_date: 2024-01-01\n")
    keys = sorted(p.stem for p in reference_sources.glob("*.txt"))
    assert len(keys) >= 2
    instance.add_dynamic_partitions("sources", keys)
    paths = ProjectPaths(
        sources_dir=str(reference_sources),
        outputs_dir=str(tmp_path / "out"),
        corpus_dir=str(tmp_path),
    )
    from pipeline.definitions import make_definitions
    from pipeline.runner import SOURCES_TAG, run_partition_range

    job = make_definitions({"paths": paths}).resolve_job_def("extract_sources")
    result = run_partition_range(job, instance, keys[0], keys[-1])
    assert result.dagster_run.tags[SOURCES_TAG] == f"{keys[0]} .. {keys[-1]}"
    assert result.success
    by_key = {
        e.partition: e.materialization.metadata for e in result.get_asset_materialization_events()
    }
    assert sorted(by_key) == keys
    for key in keys:
        claims = len(extract_source(reference_sources, key)["claims"])
        assert by_key[key]["claims"].value == claims, key
        assert "sources" not in by_key[key]
    assert len({by_key[k]["source_sha256"].value for k in keys}) == len(keys)


def test_release_shows_the_current_release_after_a_no_op(
    tmp_path: Path, reference_sources: Path
) -> None:
    from pipeline.defs.resources import ReleaseOptions
    from pipeline.evaluation.ahead import QualityAhead
    from pipeline.extraction import extract_source
    from pipeline.publish.tables import combine

    from .conftest import REFERENCE_ID

    tables = combine([extract_source(reference_sources, REFERENCE_ID)])
    paths = ProjectPaths(
        sources_dir=str(reference_sources),
        outputs_dir=str(tmp_path / "out"),
        corpus_dir=str(tmp_path),
    )

    class Dataset(dg.IOManager):
        """Hands the release asset the dataset, as the pipeline's IO manager would."""

        def load_input(self, context: dg.InputContext) -> object:
            return tables

        def handle_output(self, context: dg.OutputContext, obj: object) -> None:
            pass

    seen = []
    for _ in range(2):
        result = dg.materialize(
            [defs.get_assets_def("release"), dg.SourceAsset("dataset")],
            resources={
                "paths": paths,
                "release_options": ReleaseOptions(),
                "quality_ahead": QualityAhead(),  # nothing started ahead: worked out there
                "io_manager": Dataset(),
            },
        )
        assert result.success
        (event,) = result.get_asset_materialization_events()
        seen.append(event.materialization.metadata)
    first, second = seen
    assert first["published"].value is True and first["version"].value == "1.0.0"
    assert second["published"].value is False and second["version"].value == ""
    for metadata in seen:
        assert metadata["current_version"].value == "1.0.0"
        assert metadata["current_path"].value.endswith("releases/1.0.0")


def test_failing_row_samples_name_the_row_and_its_source(reference_tables: Tables) -> None:
    from pipeline.defs.checks import check_results

    claims = reference_tables["claims"].copy()
    claims.loc[3, "claim_type"] = "rumour"
    mentions = reference_tables["mentions"].copy()
    mentions.loc[1, "char_start"] = -1
    broken = {**reference_tables, "claims": claims, "mentions": mentions}
    results = {r.check_name: r for r in check_results(broken)}
    sample = results["claims_matches_schema"].metadata["failing_rows_sample"].value
    header, _, row = sample.splitlines()
    assert header.startswith("| claim_id | source_id | column | check | failure_case | row |")
    assert row.startswith(f"| {claims.loc[3, 'claim_id']} | {claims.loc[3, 'source_id']} |")
    assert "rumour" in row
    sample = results["mentions_matches_schema"].metadata["failing_rows_sample"].value
    assert sample.splitlines()[2].startswith(f"| {mentions.loc[1, 'claim_id']} |")
    assert results["claims_matches_schema"].passed is False
