"""The committed releases: sound, reproducible from the committed sources and code, and
at the quality the project promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluation import targets
from pipeline.evaluation.scoring import read_gold, score_tables
from pipeline.publish.files import read_tables
from pipeline.publish.index import latest, read_index
from pipeline.publish.licences import hydrate, withhold
from pipeline.publish.tables import Tables
from pipeline.publish.verify import verify_release
from schemas import DATA_TABLES

from .conftest import GOLD, PROJECT, REFERENCE_ID, SOURCES, cffconvert_validate

RELEASES = PROJECT / "outputs" / "releases"


def committed() -> list[Path]:
    return [RELEASES / e["version"] for e in read_index(RELEASES)]


def test_there_is_a_committed_release() -> None:
    assert latest(RELEASES) is not None
    assert (RELEASES / "1.0.0").is_dir()


@pytest.mark.parametrize("release", committed(), ids=lambda p: p.name)
def test_every_committed_release_is_sound(release: Path) -> None:
    assert verify_release(release) == []


def test_latest_release_matches_a_rebuild_from_the_sources(committed_tables: Tables) -> None:
    """CI's reproducibility check: the published data always matches the code."""
    newest = latest(RELEASES)
    assert newest is not None
    published = read_tables(RELEASES / newest["version"], DATA_TABLES)
    rebuilt = withhold(committed_tables)  # as a release publishes them: licences applied
    for name in DATA_TABLES:
        assert published[name].equals(rebuilt[name]), (
            f"table {name} of release {newest['version']} differs from a rebuild: run "
            "`make dataset` and commit the new release"
        )


def test_latest_release_meets_the_quality_targets() -> None:
    newest = latest(RELEASES)
    assert newest is not None
    # The reference interview's licence is unknown, so the release withholds its text:
    # restored from the project's own copy, as a researcher would with `hydrate`.
    tables = hydrate(read_tables(RELEASES / newest["version"]), SOURCES).tables
    result = score_tables(tables, read_gold(GOLD), REFERENCE_ID)
    goals = targets.end_to_end("reference")
    assert targets.shortfalls(targets.figures_of(result, goals), goals) == []


@pytest.mark.parametrize("release", committed(), ids=lambda p: p.name)
def test_every_committed_citation_file_passes_cffconvert(release: Path) -> None:
    done = cffconvert_validate(release / "CITATION.cff")
    assert done.returncode == 0, done.stdout + done.stderr


def test_dagster_finds_and_validates_the_definitions(tmp_path: Path) -> None:
    """What `dagster dev` loads: the code location named in pyproject.toml."""
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    dagster = Path(sys.executable).parent / "dagster"
    done = subprocess.run(
        [str(dagster), "definitions", "validate"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "DAGSTER_HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "All code locations passed validation" in done.stderr + done.stdout
