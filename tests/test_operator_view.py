"""What an operator sees in the Dagster UI: the project's log lines in the event log, and
metadata that answers their questions."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipeline.definitions import defs
from pipeline.defs.resources import ProjectPaths

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
        sources_dir=str(sources), outputs_dir=str(tmp_path / "out"), gold_dir=str(tmp_path)
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
