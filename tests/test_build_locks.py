"""Builds that share a Dagster instance or an outputs folder never mix their sources, an
empty sources folder publishes nothing unless asked, and a rebuild notices a newest release
that was deleted or damaged on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from pipeline.cli import main
from pipeline.publish.index import read_index
from pipeline.publish.lock import INSTANCE_LOCK, OUTPUTS_LOCK, file_lock
from pipeline.publish.verify import verify_release
from pipeline.runner import BuildError, build

from . import sessions
from .conftest import PROJECT, REFERENCE_ID, SOURCES, documents, make_dagster_home, one_source

OTHER_ID = "ferrer-spain-drought-2023"


def start_build(sources: Path, outputs: Path, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "DAGSTER_HOME": str(home), "SOURCE_DATE_EPOCH": "1704153600"}
    argv = ["build", "--sources", str(sources), "--outputs", str(outputs)]
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", *argv],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # what it starts (steps, workers, log tails): found by session
    )


def finish(proc: subprocess.Popen[str]) -> tuple[str, str]:
    out, err, left = sessions.run_to_end(proc, 600)  # exited or hung: nothing of it outlives
    assert proc.returncode == 0, err[-3000:]
    assert not left, f"still running after the build exited: {left}"
    return out, err


def test_two_builds_on_one_fresh_instance_publish_each_their_own_sources(
    tmp_path: Path,
) -> None:
    home = make_dagster_home(tmp_path / "home")  # fresh: the first builds create its schema
    first_sources = one_source(tmp_path / "a", REFERENCE_ID)
    second_sources = one_source(tmp_path / "b", OTHER_ID)
    first = start_build(first_sources, tmp_path / "out-a", home)
    second = start_build(second_sources, tmp_path / "out-b", home)
    (_, err_first), (_, err_second) = finish(first), finish(second)
    assert "waiting: another build is using" in err_first + err_second
    for outputs, expected in ((tmp_path / "out-a", REFERENCE_ID), (tmp_path / "out-b", OTHER_ID)):
        release = outputs / "releases" / "1.0.0"
        assert verify_release(release) == []
        assert documents(release) == [expected]


def test_builds_from_two_instances_into_one_outputs_folder_take_turns(tmp_path: Path) -> None:
    outputs = tmp_path / "out"
    first = start_build(one_source(tmp_path / "a", REFERENCE_ID), outputs, tmp_path / "home-a")
    second = start_build(one_source(tmp_path / "b", OTHER_ID), outputs, tmp_path / "home-b")
    (out_first, _), (out_second, _) = finish(first), finish(second)
    releases = outputs / "releases"
    assert [e["version"] for e in read_index(releases)] == ["1.1.0", "1.0.0"]
    # The second saw the first's release and built on it; that it drops the first's
    # interview (a release is its sources folder) is said, not silent.
    later = out_second if "1.1.0" in out_second else out_first
    assert "drops 1 interview(s) of 1.0.0" in later
    assert sorted(documents(releases / "1.0.0") + documents(releases / "1.1.0")) == sorted(
        [REFERENCE_ID, OTHER_ID]
    )


def test_a_build_that_cannot_get_the_lock_fails_with_one_clear_line(
    instance: dg.DagsterInstance, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVIEW_CLAIMS_LOCK_TIMEOUT", "0")
    home = Path(os.environ["DAGSTER_HOME"])
    with (
        file_lock(home / INSTANCE_LOCK, "test"),
        pytest.raises(BuildError, match=f"another build is using {home}"),
    ):
        build(SOURCES, tmp_path / "out")
    with (
        file_lock(tmp_path / "out" / OUTPUTS_LOCK, "test"),
        pytest.raises(BuildError, match="another build is writing"),
    ):
        build(SOURCES, tmp_path / "out")
    assert not (tmp_path / "out" / "releases").exists()


def test_an_empty_sources_folder_is_refused_unless_asked_for(
    instance: dg.DagsterInstance,
    tmp_path: Path,
    epoch: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    empty, outputs = tmp_path / "empty", tmp_path / "out"
    empty.mkdir()
    argv = ["build", "--sources", str(empty), "--outputs", str(outputs)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"{empty}: no sources" in err and "--allow-empty" in err
    assert not (outputs / "releases").exists()
    assert main([*argv, "--allow-empty"]) == 0
    assert main(["validate", str(outputs / "releases" / "1.0.0")]) == 0


def test_a_rebuild_after_the_newest_release_was_deleted_or_damaged_does_not_say_nothing_changed(
    instance: dg.DagsterInstance, tmp_path: Path, epoch: int
) -> None:
    outputs = tmp_path / "out"
    assert build(SOURCES, outputs).version == "1.0.0"
    assert not build(SOURCES, outputs).published  # nothing changed, truly
    card = outputs / "releases" / "1.0.0" / "README.md"
    card.write_text(card.read_text() + "tampered\n")
    with pytest.raises(BuildError, match=r"1\.0\.0 is damaged: README\.md: changed"):
        build(SOURCES, outputs)
    shutil.rmtree(outputs / "releases" / "1.0.0")
    with pytest.raises(BuildError, match=r"1\.0\.0 is listed in index\.json but missing"):
        build(SOURCES, outputs)
