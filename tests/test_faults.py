"""Interruptions and concurrency: a killed build leaves no partial release and a consistent
index, the next build completes, and two builds at once publish one correct release."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipeline.publish.release import PublishError, publish, publish_lock
from pipeline.publish.tables import Tables
from pipeline.publish.verify import verify_release

from .conftest import PROJECT, make_dagster_home

PUBLISH_SCRIPT = """
import sys, time
from pathlib import Path
from pipeline.extraction import extract_source
from pipeline.publish import release
from pipeline.publish.tables import combine

def slow(*args, **kwargs):
    print("writing", flush=True)
    time.sleep(float(sys.argv[2]))
    return real(*args, **kwargs)

real = release.{target}
release.{target} = slow
tables = combine([extract_source(Path("sources"), "pauline-jones-kazakhstan-2022")])
result = release.publish(tables, Path(sys.argv[1]))
print("result", result.version, flush=True)
"""


def start(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for(proc: subprocess.Popen[str], marker: str, stream: str = "stdout") -> None:
    pipe = proc.stdout if stream == "stdout" else proc.stderr
    assert pipe is not None
    deadline = time.monotonic() + 120
    for line in pipe:
        if marker in line:
            return
        assert time.monotonic() < deadline, f"never saw {marker!r}"
    raise AssertionError(f"process ended before {marker!r}: {proc.wait()}")


def test_killed_while_publishing_leaves_nothing_visible(
    tmp_path: Path, reference_tables: Tables, epoch: int
) -> None:
    outputs = tmp_path / "out"
    publish({k: v.copy() for k, v in reference_tables.items()}, outputs)  # 1.0.0 exists
    changed = {k: v.copy() for k, v in reference_tables.items()}
    changed["claims"].loc[0, "hedged"] = not bool(changed["claims"].loc[0, "hedged"])
    # the subprocess publishes the committed sources' tables, which differ from `changed`
    publish(changed, outputs)
    index_before = (outputs / "releases" / "index.json").read_bytes()

    proc = start(PUBLISH_SCRIPT.replace("{target}", "write_checksums"), str(outputs), "60")
    wait_for(proc, "writing")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    releases = outputs / "releases"
    assert sorted(p.name for p in releases.iterdir() if not p.name.startswith(".")) == [
        "1.0.0",
        "1.0.1",
        "index.json",
    ]
    assert (releases / "index.json").read_bytes() == index_before
    assert any(p.name.startswith(".1.0.2.tmp-") for p in releases.iterdir())

    result = publish(reference_tables, outputs)  # the next build completes normally
    assert result.version == "1.0.2"
    assert not any(".tmp-" in p.name for p in releases.iterdir())
    assert verify_release(releases / "1.0.2") == []
    assert [
        e["version"] for e in json.loads((releases / "index.json").read_text())["releases"]
    ] == ["1.0.2", "1.0.1", "1.0.0"]


def test_two_builds_at_once_publish_one_release(tmp_path: Path) -> None:
    outputs = tmp_path / "out"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1704153600"}
    script = PUBLISH_SCRIPT.replace("{target}", "write_checksums")
    first = start(script, str(outputs), "3", env=env)
    wait_for(first, "writing")  # the first holds the lock, mid-publish
    second = start(script, str(outputs), "0", env=env)
    out_first, _ = first.communicate(timeout=120)
    out_second, _ = second.communicate(timeout=120)
    assert first.returncode == 0 and second.returncode == 0
    assert "result 1.0.0" in out_first
    assert "result None" in out_second  # it waited, then found nothing to publish
    releases = outputs / "releases"
    assert [
        e["version"] for e in json.loads((releases / "index.json").read_text())["releases"]
    ] == ["1.0.0"]
    assert verify_release(releases / "1.0.0") == []


def test_a_waiting_build_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    with (
        publish_lock(tmp_path),
        pytest.raises(PublishError, match="another build is publishing"),
        publish_lock(tmp_path, timeout=0.3),
    ):
        pass


BUILD_SCRIPT = """
import sys, time
from pathlib import Path
from pipeline import extraction as run

real = run.DEFAULT_EXTRACTOR.extract
def slow(document, passages):
    print("extracting", file=sys.stderr, flush=True)
    time.sleep(60)
    return real(document, passages)

run.DEFAULT_EXTRACTOR.extract = slow
from pipeline.runner import build
print(build(Path("sources"), Path(sys.argv[1])))
"""


def test_killed_while_extracting_publishes_nothing_and_the_next_build_works(
    tmp_path: Path,
) -> None:
    home = make_dagster_home(tmp_path / "dagster_home")
    env = {**os.environ, "DAGSTER_HOME": str(home), "SOURCE_DATE_EPOCH": "1704153600"}
    outputs = tmp_path / "out"
    proc = start(BUILD_SCRIPT, str(outputs), env=env)
    wait_for(proc, "extracting", stream="stderr")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (outputs / "releases" / "index.json").exists()
    assert not list(outputs.glob("releases/[0-9]*"))

    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "build", "--outputs", str(outputs)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "published release 1.0.0" in done.stdout
    assert verify_release(outputs / "releases" / "1.0.0") == []
