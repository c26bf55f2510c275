"""Shared fixtures: the project's paths, a copy of the sources, extracted tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.extract.run import extract_source
from pipeline.publish.tables import Tables, combine

PROJECT = Path(__file__).resolve().parents[1]
SOURCES = PROJECT / "sources"
REFERENCE_ID = "pauline-jones-kazakhstan-2022"
GOLD = PROJECT / "tests" / "data" / "gold" / f"{REFERENCE_ID}.jsonl"


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    """A writable copy of the project's sources."""
    target = tmp_path / "sources"
    shutil.copytree(SOURCES, target)
    return target


@pytest.fixture(scope="session")
def reference_tables() -> Tables:
    """The data tables of the committed sources, extracted without Dagster."""
    ids = sorted(p.stem for p in SOURCES.glob("*.txt"))
    return combine(extract_source(SOURCES, sid) for sid in ids)


@pytest.fixture
def epoch(monkeypatch: pytest.MonkeyPatch) -> int:
    """A fixed SOURCE_DATE_EPOCH (2024-01-02), for reproducible releases."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704153600")
    return 1704153600
