"""Processes a test starts and everything they start in turn. Each is started as the leader of
a session of its own (``start_new_session=True``); its descendants, grandchildren whose
parent has already exited included, keep that session id, so once the leader has exited
whatever is still running of what it started can be found, reported and killed (Linux:
/proc)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path


def members(session: int) -> list[str]:
    """The live processes of a session (zombies excluded), each as "pid command line"."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # it ended meanwhile
            continue
        fields = stat.rsplit(")", 1)[1].split()  # state, ppid, pgrp, session, ...
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(f"{entry.name} {command.strip()[:160]}")
    return sorted(found)


# How long what a leader started may take to end after it: a resource tracker or a log tail
# ends when it reads the end of its pipe, a moment after the process holding the pipe exits
# (a clean-clone CI run caught one such tracker mid-exit). A code server left running, what
# these checks are for, outlives its parent by the rest of a run or for good.
GRACE_SECONDS = 1.0


def leftovers(leader: subprocess.Popen[bytes] | subprocess.Popen[str]) -> list[str]:
    """Once ``leader`` has exited: the processes of its session still running
    :data:`GRACE_SECONDS` later, which are then killed (SIGKILL), so that a test that fails
    on them leaves nothing behind either. What a process started should have ended before it
    exits: a process that does not wait for its children leaves them to run on unsupervised
    (and outlive a test, a CI job, a user's `dagster dev`)."""
    leader.wait()
    deadline = time.monotonic() + GRACE_SECONDS
    left = members(leader.pid)
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = members(leader.pid)
    for process in left:
        with contextlib.suppress(ProcessLookupError):  # it ended meanwhile
            os.kill(int(process.split()[0]), signal.SIGKILL)
    return left


def stop(
    leader: subprocess.Popen[bytes] | subprocess.Popen[str],
    sig: int = signal.SIGTERM,
    *,
    group: bool = True,
    timeout: float = 60,
) -> list[str]:
    """Stop a session leader with ``sig``: to its whole process group (as Ctrl-C stops a
    terminal's job), or with ``group=False`` to it alone (as `kill PID` or a service manager
    does); SIGKILL to the group if it has not exited within ``timeout`` seconds. Returns
    :func:`leftovers`: what is still running once it has exited."""
    if leader.poll() is None:
        if group:
            os.killpg(leader.pid, sig)
        else:
            leader.send_signal(sig)
        try:
            leader.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(leader.pid, signal.SIGKILL)
    return leftovers(leader)


def run_to_end(leader: subprocess.Popen[str], timeout: float) -> tuple[str, str, list[str]]:
    """Wait up to ``timeout`` seconds for a leader to exit and collect its output; exited or
    hung, :func:`stop` it. Returns its stdout, its stderr and :func:`stop`'s leftovers (a
    hang raises ``subprocess.TimeoutExpired`` once it is stopped)."""
    try:
        out, err = leader.communicate(timeout=timeout)
    finally:
        left = stop(leader)
    return out, err, left
