"""kill -9 of a build mid-extraction leaves no worker process and no resource tracker
running: the workers die with the process that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from .conftest import PROJECT

EXTRACT_MANY = textwrap.dedent(
    """
    from pathlib import Path
    from pipeline.batch import extract_sources

    if __name__ == "__main__":
        jobs = ["pauline-jones-kazakhstan-2022"] * 400
        for done, _ in enumerate(extract_sources(Path("sources"), jobs, 2, per_worker=1)):
            print("extracted", done, flush=True)
    """
)


def children(pid: int) -> set[int]:
    """The live processes whose parent is ``pid``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_killing_a_build_mid_extraction_leaves_no_worker_running(tmp_path: Path) -> None:
    script = tmp_path / "extract_many.py"
    script.write_text(EXTRACT_MANY)
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        cwd=PROJECT,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert "extracted 0" in proc.stdout.readline()  # the workers are running
    spawned = children(proc.pid)
    assert len(spawned) >= 3, spawned  # two workers and the resource tracker
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    while any(alive(pid) for pid in spawned) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in spawned if alive(pid)], "orphaned processes still running"
