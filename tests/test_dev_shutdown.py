"""`make dev` (``dagster dev`` on the committed ``dagster_home/dagster.yaml``), stopped by a
signal while a sensor's run is in progress, has exited only when everything it started has
ended: the UI, the daemon, the code servers (``dagster code-server start`` and its
``dagster api grpc``) and the run they hold. Dagster's default only asks the code servers to
stop and exits without them: the run, and the code server that holds it, go on unsupervised
after `dagster dev` has returned."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from . import sessions
from .conftest import PROJECT, REFERENCE_ID, one_source

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_a_step(dev: subprocess.Popen[bytes], port: int, seconds: float) -> None:
    """Until the UI answers and a run's step is executing (its compute log is being copied
    to the console by a ``tail``)."""
    deadline = time.monotonic() + seconds
    while True:
        assert dev.poll() is None, "dagster dev exited"
        assert time.monotonic() < deadline, f"no step was running after {seconds:.0f} s"
        if any("compute_logs" in process for process in sessions.members(dev.pid)):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5):
                    return
            except (urllib.error.URLError, OSError):
                pass
        time.sleep(1)


@pytest.mark.slow  # `dagster dev`: the UI, the daemon, a code server and one source's run
def test_dagster_dev_stopped_during_a_run_leaves_nothing_running(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(PROJECT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        # one new source: the sensor queues its extraction run
        "INTERVIEW_CLAIMS_SOURCES": str(one_source(tmp_path / "sources", REFERENCE_ID)),
        "INTERVIEW_CLAIMS_OUTPUTS": str(tmp_path / "out"),
        "INTERVIEW_CLAIMS_STORAGE": str(tmp_path / "storage"),
        "INTERVIEW_CLAIMS_SENSOR_INTERVAL": "5",
    }
    port = free_port()
    log = (tmp_path / "dev.log").open("wb")
    dev = subprocess.Popen(
        [str(BIN / "dagster"), "dev", "--host", "127.0.0.1", "--port", str(port)],
        cwd=PROJECT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # everything it starts: found by its session id
    )
    try:
        wait_for_a_step(dev, port, 300)
    finally:
        # as `kill PID` or a service manager stops it: the run gets no signal of its own
        left = sessions.stop(dev, signal.SIGTERM, group=False, timeout=300)
        log.close()
    assert dev.returncode == 0, (tmp_path / "dev.log").read_text()[-3000:]
    assert not left, f"still running after dagster dev exited: {left}"
