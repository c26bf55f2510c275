"""The command line end to end, as a user runs it: one build in a subprocess, then the
commands that read its release."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import GOLD, PROJECT, REFERENCE_ID, make_dagster_home

CLI = [sys.executable, "-m", "pipeline.cli"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        env=env,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real `interview-claims build` into a fresh outputs folder and instance, of the
    reference interview and two other committed sources (the whole of sources/ is rebuilt by
    tests/test_committed_release.py; here the commands matter, not the volume)."""
    root = tmp_path_factory.mktemp("cli")
    sources = root / "sources"
    sources.mkdir()
    others = sorted(p.stem for p in (PROJECT / "sources").glob("*.txt") if p.stem != REFERENCE_ID)
    for source_id in (REFERENCE_ID, *others[:2]):
        for ext in ("txt", "yaml"):
            shutil.copy(PROJECT / "sources" / f"{source_id}.{ext}", sources)
    home = make_dagster_home(root / "dagster_home")
    env = {**os.environ, "DAGSTER_HOME": str(home), "SOURCE_DATE_EPOCH": "1704153600"}
    done = run("build", "--sources", str(sources), "--outputs", str(root / "out"), env=env)
    assert done.returncode == 0, done.stderr
    release = root / "out" / "releases" / "1.0.0"
    assert f"published release 1.0.0 (first release): {release}" in done.stdout
    assert "[3/4] extracting claims from 3 source(s)" in done.stderr  # progress shown
    again = run("build", "--sources", str(sources), "--outputs", str(root / "out"), env=env)
    assert again.returncode == 0 and "nothing changed" in again.stdout
    return release


def test_validate_passes_on_a_fresh_release(built: Path) -> None:
    done = run("validate", str(built))
    assert done.returncode == 0, done.stderr
    assert "all correct" in done.stdout


def test_validate_names_a_tampered_file(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    (copy / "README.md").write_text("changed")
    done = run("validate", str(copy))
    assert done.returncode == 1
    assert "README.md: changed" in done.stderr


def test_evaluate_prints_the_scores(built: Path) -> None:
    withheld = run("evaluate", str(built), str(GOLD))  # licence unknown: its text is withheld
    assert withheld.returncode == 1 and "add --texts DIR" in withheld.stderr
    done = run("evaluate", str(built), str(GOLD), "--texts", str(PROJECT / "sources"))
    assert done.returncode == 0, done.stderr
    assert f"source {REFERENCE_ID}" in done.stdout
    assert "claims       P" in done.stdout and "claim_type   accuracy" in done.stdout


def test_cite_formats(built: Path) -> None:
    outputs = str(built.parents[1])
    bib = run("cite", "--outputs", outputs, "--format", "bibtex")
    assert bib.returncode == 0 and "@misc{interview_claims_1_0_0" in bib.stdout
    apa = run("cite", "1.0.0", "--outputs", outputs, "--format", "apa")
    assert "(Version 1.0.0) [Data set]" in apa.stdout
    missing = run("cite", "9.9.9", "--outputs", outputs)
    assert missing.returncode == 1 and "no release 9.9.9" in missing.stderr


def test_diff_between_a_release_and_itself(built: Path) -> None:
    done = run("diff", str(built), str(built))
    assert done.returncode == 0
    assert "Claims: 0 added, 0 removed, 0 modified." in done.stdout


def test_build_with_a_bad_source_exits_non_zero_and_changes_nothing(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    (sources / "bad.yaml").write_text("title: T\ninterview_date: 2023-01-01\n")
    home = make_dagster_home(tmp_path / "dagster_home")
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    done = run("build", "--sources", str(sources), "--outputs", str(tmp_path / "out"), env=env)
    assert done.returncode == 1
    assert "bad.txt:1: is not valid UTF-8" in done.stderr
    assert not (tmp_path / "out" / "releases" / "index.json").exists()
    import dagster as dg

    instance = dg.DagsterInstance.from_config(str(home))
    assert instance.get_dynamic_partitions("sources") == []  # not even its partition
    assert instance.get_runs() == []


def test_excel_safe_export(built: Path, tmp_path: Path) -> None:
    done = run("export", str(built), "claims", "--to", str(tmp_path / "c.csv"), "--excel-safe")
    assert done.returncode == 0, done.stderr
    first = (tmp_path / "c.csv").read_text().splitlines()[0]
    assert first.startswith("# excel-safe copy of claims")
