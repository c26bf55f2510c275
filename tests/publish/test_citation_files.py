"""Issue 17, part 2: citations name the project as an entity, in every format, as cffconvert
renders them too; the repository root carries the latest release's citation files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from pipeline.publish.citation import format_citation
from pipeline.publish.index import latest

from ..conftest import PROJECT, cffconvert_validate
from ..two_licences import OPEN, Built

AUTHOR = "Interview Claims contributors"


def _cffconvert(citation: Path, fmt: str) -> str:
    cffconvert = os.environ.get("CFFCONVERT") or shutil.which("cffconvert")
    assert cffconvert, "cffconvert is installed by `make setup` (.venv-cff); set CFFCONVERT"
    done = subprocess.run(
        [cffconvert, "-i", str(citation), "-f", fmt], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_author_is_an_entity_in_the_citation_file(two_licences: Built) -> None:
    cff = yaml.safe_load((two_licences.release / "CITATION.cff").read_text("utf-8"))
    assert cff["authors"] == [{"name": AUTHOR}]
    assert cff["preferred-citation"]["authors"] == [{"name": AUTHOR}]
    assert "&id" not in (two_licences.release / "CITATION.cff").read_text("utf-8")
    assert cffconvert_validate(two_licences.release / "CITATION.cff").returncode == 0


@pytest.mark.parametrize("fmt", ["bibtex", "apalike", "zenodo", "schema.org"])
def test_cffconvert_renders_the_entity_author_whole(two_licences: Built, fmt: str) -> None:
    out = _cffconvert(two_licences.release / "CITATION.cff", fmt)
    assert AUTHOR in out
    assert "Contributors, I" not in out and "given" not in out.lower()
    if fmt == "bibtex":
        assert f"author = {{{AUTHOR}}}" in out
    if fmt == "apalike":
        assert out.startswith(f"{AUTHOR} (2024).") and "(version 2.0.0)" in out
    if fmt == "zenodo":
        assert json.loads(out)["creators"] == [{"name": AUTHOR}]
    if fmt == "schema.org":
        # cffconvert 2.0.0 types every author, an entity too, as a Person; its name is whole.
        assert json.loads(out)["author"][0]["name"] == AUTHOR


def test_our_own_bibtex_apa_and_schemaorg_read_as_an_entity(two_licences: Built) -> None:
    bibtex = format_citation("2.0.0", "2024-01-02", "bibtex")
    assert f"author = {{{{{AUTHOR}}}}}" in bibtex  # double braces: never "contributors, I. C."
    apa = format_citation("2.0.0", "2024-01-02", "apa")
    assert apa.startswith(f"{AUTHOR}. (2024). Interview Claims") and "[Data set]" in apa
    schemaorg = json.loads(format_citation("2.0.0", "2024-01-02", "schemaorg"))
    assert schemaorg["@type"] == "Dataset"
    assert schemaorg["creator"] == [{"@type": "Organization", "name": AUTHOR}]


def test_zenodo_metadata_names_language_sources_and_repository(two_licences: Built) -> None:
    zenodo = json.loads((two_licences.release / ".zenodo.json").read_text("utf-8"))
    assert zenodo["creators"] == [{"name": AUTHOR}]
    assert zenodo["language"] == "eng"
    related = {(r["identifier"], r["relation"]) for r in zenodo["related_identifiers"]}
    assert ("https://example.org/ferrer-drought", "isDerivedFrom") in related
    assert ("https://github.com/interview-claims/interview-claims", "isCompiledBy") in related
    assert OPEN  # the public-domain source is the one with a URL in these tests


def test_the_repository_root_cites_the_latest_release() -> None:
    """`make citation` (run by `make dataset`) writes them; GitHub and Zenodo read them."""
    releases = PROJECT / "outputs" / "releases"
    newest = latest(releases)
    assert newest is not None
    cff = (PROJECT / "CITATION.cff").read_text(encoding="utf-8")
    assert cff == format_citation(newest["version"], newest["date"], "cff")
    zenodo = json.loads((PROJECT / ".zenodo.json").read_text(encoding="utf-8"))
    assert zenodo["version"] == newest["version"]
    assert zenodo["creators"] == [{"name": AUTHOR}]
    assert cffconvert_validate(PROJECT / "CITATION.cff").returncode == 0
