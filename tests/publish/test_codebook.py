"""The codebook travels with every release."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.publish.codebook import CODEBOOK_PATH, CodebookError, codebook_version
from pipeline.publish.files import sha256_file
from pipeline.publish.release import publish
from pipeline.publish.tables import Tables


def test_the_project_codebook_has_a_version() -> None:
    assert codebook_version(CODEBOOK_PATH.read_text(encoding="utf-8")).count(".") == 2


def test_a_codebook_without_front_matter_is_refused() -> None:
    with pytest.raises(CodebookError, match="front matter"):
        codebook_version("# What counts as a claim\n")


def test_a_release_publishes_the_codebook_and_lists_it(tmp_path: Path, reference_tables: Tables):
    result = publish(reference_tables, tmp_path / "out")
    assert result.path is not None
    published = result.path / "codebook.md"
    assert published.read_bytes() == CODEBOOK_PATH.read_bytes()
    package = json.loads((result.path / "datapackage.json").read_text(encoding="utf-8"))
    (resource,) = [r for r in package["resources"] if r["name"] == "codebook"]
    assert resource["path"] == "codebook.md"
    assert resource["hash"] == f"sha256:{sha256_file(published)}"
    assert "codebook.md" in (result.path / "SHA256SUMS").read_text(encoding="utf-8")
    assert "codebook" in (result.path / "README.md").read_text(encoding="utf-8")
