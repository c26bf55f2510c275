"""Shared fixtures: the project's paths, a copy of the sources, extracted tables."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluation import REFERENCE_ID
from pipeline.extraction import extract_source
from pipeline.publish.files import read_tables
from pipeline.publish.tables import Tables, combine

PROJECT = Path(__file__).resolve().parents[1]
SOURCES = PROJECT / "sources"
INTERVIEWS = PROJECT / "tests" / "data" / "interviews"
GOLD = PROJECT / "corpus" / "gold" / f"{REFERENCE_ID}.jsonl"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow end-to-end tests first (a stable sort keeps every other order): `make test`
    runs on every core with pytest-xdist, and a long test left to the end would keep one
    worker busy while the others sit idle."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture
def reference_sources(tmp_path: Path) -> Path:
    """A writable sources folder holding a copy of the reference interview: one real source,
    small enough for tests that build, edit and rebuild."""
    return one_source(tmp_path / "sources", REFERENCE_ID)


@pytest.fixture(scope="session")
def reference_tables() -> Tables:
    """The data tables of the reference interview, extracted without Dagster."""
    return combine([extract_source(SOURCES, REFERENCE_ID)])


@pytest.fixture(scope="session")
def committed_tables() -> Tables:
    """The data tables of every committed source, extracted without Dagster."""
    ids = sorted(p.stem for p in SOURCES.glob("*.txt"))
    return combine(extract_source(SOURCES, sid) for sid in ids)


@pytest.fixture
def epoch(monkeypatch: pytest.MonkeyPatch) -> int:
    """A fixed SOURCE_DATE_EPOCH (2024-01-02), for reproducible releases."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704153600")
    return 1704153600


def make_dagster_home(folder: Path) -> Path:
    """A fresh Dagster instance folder with telemetry off."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    return folder


@pytest.fixture
def instance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A persistent (SQLite) test instance in its own DAGSTER_HOME."""
    import dagster as dg  # only the Dagster tests pay for the import

    monkeypatch.setenv("DAGSTER_HOME", str(make_dagster_home(tmp_path / "dagster_home")))
    return dg.DagsterInstance.get()


def cffconvert_validate(citation: Path) -> subprocess.CompletedProcess[str]:
    """``cffconvert --validate`` (installed by `make setup` into .venv-cff) on one file."""
    cffconvert = os.environ.get("CFFCONVERT") or shutil.which("cffconvert")
    assert cffconvert, "cffconvert is installed by `make setup` (.venv-cff); set CFFCONVERT"
    return subprocess.run(
        [cffconvert, "--validate", "-i", str(citation)], capture_output=True, text=True, check=False
    )


def one_source(folder: Path, source_id: str) -> Path:
    """A new sources folder holding one source: the reference or an interview written for the
    tests."""
    folder.mkdir(parents=True)
    origin = SOURCES if source_id == REFERENCE_ID else INTERVIEWS
    for ext in ("txt", "yaml"):
        shutil.copy(origin / f"{source_id}.{ext}", folder / f"{source_id}.{ext}")
    return folder


def documents(release: Path) -> list[str]:
    """The source ids of a release's documents, sorted."""
    return sorted(read_tables(release, ("documents",))["documents"]["source_id"])


# A release of two sources of different licences (tests/two_licences.py), for every test folder.
from .two_licences import two_licences  # noqa: E402, F401
