"""A release built from two sources of different licences, shared by the tests of what a
researcher does with a release: one source `unknown` (its text withheld), one public domain
(its text republished)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.extraction import extract_source
from pipeline.publish.release import publish
from pipeline.publish.tables import combine

from .conftest import INTERVIEWS, REFERENCE_ID, SOURCES

WITHHELD = REFERENCE_ID  # licence: unknown
OPEN = "ferrer-spain-drought-2023"  # made public-domain here


@dataclass(frozen=True)
class Built:
    sources: Path
    outputs: Path
    release: Path


def two_licence_sources(folder: Path) -> Path:
    """A sources folder: the reference interview (licence unknown) and a test interview
    declared public domain."""
    folder.mkdir(parents=True)
    for ext in ("txt", "yaml"):
        shutil.copy(SOURCES / f"{WITHHELD}.{ext}", folder / f"{WITHHELD}.{ext}")
        shutil.copy(INTERVIEWS / f"{OPEN}.{ext}", folder / f"{OPEN}.{ext}")
    meta = folder / f"{OPEN}.yaml"
    text = meta.read_text(encoding="utf-8").replace("license: unknown", "license: public-domain")
    text = text.replace("url: null", "url: https://example.org/ferrer-drought")
    meta.write_text(text, encoding="utf-8")
    return folder


def build(sources: Path, outputs: Path, version: str | None = None) -> Path:
    ids = sorted(p.stem for p in sources.glob("*.txt"))
    tables = combine(extract_source(sources, sid) for sid in ids)
    result = publish(tables, outputs, requested_version=version, sources_dir=sources)
    assert result.path is not None, result.reason
    return result.path


@pytest.fixture(scope="session")
def two_licences(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Release 2.0.0 of the two sources, built once (SOURCE_DATE_EPOCH fixed)."""
    root = tmp_path_factory.mktemp("two-licences")
    sources = two_licence_sources(root / "sources")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1704153600")
        release = build(sources, root / "outputs", "2.0.0")
    return Built(sources, root / "outputs", release)
