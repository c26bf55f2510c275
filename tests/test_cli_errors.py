"""Every failure a user can cause ends in one line on stderr naming the file or cause and a
non-zero exit; stack traces (Dagster's too) go to a log file whose path that line gives, and
to the screen only with --verbose. Ctrl-C exits 130."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.publish.release import publish
from pipeline.publish.tables import Tables

from . import sessions
from .conftest import PROJECT, make_dagster_home

TEXT = (
    "An interview\n\nQ: What will happen in Kazakhstan?\n\n"
    "A: The government will probably reform the economy next year. Prices rose by 5% in 2022.\n"
)


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("INTERVIEW_CLAIMS_LOG_DIR", str(folder))
    return folder


@pytest.fixture
def released(tmp_path: Path, reference_tables: Tables, epoch: int) -> Path:
    """An outputs folder holding release 1.0.0 of the committed sources."""
    outputs = tmp_path / "outputs"
    assert publish({k: v.copy() for k, v in reference_tables.items()}, outputs).published
    return outputs


@pytest.fixture
def small_sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "x.txt").write_text(TEXT)
    (folder / "x.yaml").write_text("title: An interview\ninterview_date: 2022-12-02\n")
    return folder


def one_line(err: str) -> str:
    """The lines of ours on stderr (progress lines aside): exactly one, returned."""
    ours = [line for line in err.splitlines() if line.startswith("interview-claims:")]
    assert len(ours) == 1, err
    assert "Traceback" not in err and "Stack Trace" not in err, err
    return ours[0]


def test_diff_of_a_missing_release(
    released: Path, logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = released / "releases" / "1.0.0"
    assert main(["diff", str(released / "releases" / "9.9.9"), str(release)]) == 1
    assert one_line(capsys.readouterr().err).endswith("9.9.9: no such release folder")


def test_diff_of_a_corrupt_release(
    released: Path, tmp_path: Path, logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(released / "releases" / "1.0.0", copy)
    (copy / "data" / "parquet" / "claims.parquet").write_bytes(b"not parquet at all")
    assert main(["diff", str(copy), str(released / "releases" / "1.0.0")]) == 1
    line = one_line(capsys.readouterr().err)
    assert f"{copy}: damaged release, a table cannot be read" in line
    assert "claims.parquet" in line


def test_export_to_a_folder(
    released: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    assert (
        main(["export", str(released / "releases" / "1.0.0"), "claims", "--to", str(folder)]) == 1
    )
    assert one_line(capsys.readouterr().err).startswith(
        f"interview-claims: --to {folder}: is a folder; give a file name"
    )
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_export_onto_a_full_disk(
    released: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = tmp_path / "claims.csv"  # a CSV name for a file whose writes fail: the disk is full
    full.symlink_to("/dev/full")
    assert main(["export", str(released / "releases" / "1.0.0"), "claims", "--to", str(full)]) == 1
    assert one_line(capsys.readouterr().err) == (
        f"interview-claims: {full}: no space left on the disk"
    )


def test_an_unexpected_error_is_an_internal_error_with_a_log(
    released: Path, logs: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline.publish import changes

    def boom(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(changes, "changes_table", boom)
    release = str(released / "releases" / "1.0.0")
    assert main(["diff", release, release]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith("interview-claims: internal error: RuntimeError: boom; details in ")
    log = Path(line.rsplit("details in ", 1)[1])
    assert log.parent == logs
    assert "Traceback" in log.read_text() and "boom" in log.read_text()

    assert main(["diff", release, release, "--verbose"]) == 1
    assert "Traceback" in capsys.readouterr().err  # --verbose shows it on screen


@pytest.mark.parametrize("version", ["1.0", "0.0.1", "1.0.0"])
def test_a_bad_version_is_refused_before_any_work(
    version: str,
    released: Path,
    small_sources: Path,
    logs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DAGSTER_HOME", str(make_dagster_home(small_sources.parent / "home")))
    code = main(
        ["build", "--sources", str(small_sources), "--outputs", str(released), "--version", version]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "[1/4]" not in err  # refused before even the sources were listed
    line = one_line(err)
    assert line.startswith("interview-claims: build failed, nothing was published: ")
    if version == "1.0":
        assert "'1.0' is not a version of the form MAJOR.MINOR.PATCH" in line
    else:
        assert f"--version {version} is not above the latest release 1.0.0" in line


def _fail_in_step(monkeypatch: pytest.MonkeyPatch, error: OSError) -> None:
    """Make the release step fail as a full or read-only disk would, mid-publish (this
    test runs as root in CI, where permissions do not stop a write)."""
    from pipeline.publish import release

    def failing(folder: Path) -> None:
        error.filename = str(folder / "SHA256SUMS")
        raise error

    monkeypatch.setattr(release, "write_checksums", failing)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "no space left on device"),
        (errno.EROFS, "read-only file system"),
        (errno.EACCES, "permission denied"),
    ],
)
def test_a_failing_step_is_one_line_and_its_trace_is_in_the_log(
    code: int,
    words: str,
    small_sources: Path,
    tmp_path: Path,
    logs: Path,
    epoch: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DAGSTER_HOME", str(make_dagster_home(tmp_path / "home")))
    _fail_in_step(monkeypatch, OSError(code, os.strerror(code)))
    outputs = tmp_path / "out"
    assert main(["build", "--sources", str(small_sources), "--outputs", str(outputs)]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith("interview-claims: build failed, nothing was published: release: ")
    assert f"SHA256SUMS: {words}" in line
    log = Path(line.rsplit("(details in ", 1)[1].rstrip(")"))
    assert log.parent == logs and "Stack Trace" in log.read_text()
    assert not list(outputs.glob("releases/[0-9]*"))


def test_verbose_shows_dagsters_trace(
    small_sources: Path,
    tmp_path: Path,
    logs: Path,
    epoch: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DAGSTER_HOME", str(make_dagster_home(tmp_path / "home")))
    _fail_in_step(monkeypatch, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    args = ["build", "--verbose", "--sources", str(small_sources), "--outputs", str(tmp_path)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "Stack Trace" in err and "STEP_FAILURE" in err
    assert err.rstrip().splitlines()[-1].startswith("interview-claims: build failed")


def test_a_damaged_previous_release_is_one_line(
    released: Path,
    small_sources: Path,
    tmp_path: Path,
    logs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DAGSTER_HOME", str(make_dagster_home(tmp_path / "home")))
    (released / "releases" / "1.0.0" / "data" / "parquet" / "claims.parquet").write_bytes(
        b"damaged"
    )
    assert main(["build", "--sources", str(small_sources), "--outputs", str(released)]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith("interview-claims: build failed, nothing was published: release: ")
    assert (
        "releases/1.0.0 is damaged: data/parquet/claims.parquet" in line and "(details in " in line
    )


SLOW_BUILD = """
import sys, time
from pipeline import extraction as run

real = run.DEFAULT_EXTRACTOR.extract
def slow(document, passages):
    print("extracting now", file=sys.__stderr__, flush=True)
    time.sleep(60)
    return real(document, passages)

run.DEFAULT_EXTRACTOR.extract = slow
from pipeline.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_ctrl_c_during_a_build_exits_130(small_sources: Path, tmp_path: Path) -> None:
    home = make_dagster_home(tmp_path / "home")
    env = {**os.environ, "DAGSTER_HOME": str(home), "INTERVIEW_CLAIMS_LOG_DIR": str(tmp_path)}
    outputs = tmp_path / "out"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(SLOW_BUILD),
            "build",
            "--sources",
            str(small_sources),
            "--outputs",
            str(outputs),
        ],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # what it starts (log tails, workers): found by session
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if line == "extracting now\n":
            break
    proc.send_signal(signal.SIGINT)  # to the build alone: it must stop what it started
    _, err, left = sessions.run_to_end(proc, 60)
    assert proc.returncode == 130, err
    assert not left, f"still running after the build exited: {left}"
    assert err.rstrip().splitlines()[-1] == "interview-claims: interrupted; nothing was published"
    assert "Traceback" not in err and "DagsterExecutionInterruptedError" not in err
    assert not list(outputs.glob("releases/[0-9]*"))


@pytest.mark.parametrize(
    ("command", "line"),
    [
        ("download", "interrupted; the download was not finished (run it again to resume)"),
        ("diff", "interrupted"),
    ],
)
def test_ctrl_c_in_other_commands_exits_130_with_a_fitting_line(
    command: str,
    line: str,
    released: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pipeline.publish import changes

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    release = str(released / "releases" / "1.0.0")
    if command == "download":
        from pipeline.access import download

        monkeypatch.setattr(download, "fetch_release", interrupted)
        argv = ["download", "--from", str(released / "releases"), "--to", str(tmp_path / "r")]
    else:
        monkeypatch.setattr(changes, "changes_table", interrupted)
        argv = ["diff", release, release]
    assert main(argv) == 130
    assert capsys.readouterr().err == f"interview-claims: {line}\n"


def test_the_projects_own_warnings_stay_on_screen(
    tmp_path: Path, epoch: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Dagster's output goes to the log, but a warning meant for the user does not."""
    monkeypatch.setenv("DAGSTER_HOME", str(make_dagster_home(tmp_path / "home")))
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "m.txt").write_text("A title\n\nPrices rose by 5% last year. It will fail.\n")
    (folder / "m.yaml").write_text("title: T\ninterview_date: 2022-01-01\n")
    assert main(["build", "--sources", str(folder), "--outputs", str(tmp_path / "out")]) == 0
    assert "m: no questions or speaker labels recognised" in capsys.readouterr().err
