"""An exclusive lock held through an open lock file (``flock``): the kernel releases it when
the holder exits, however it exits (kill -9 included), so a crash never leaves it stuck.

A second holder waits, saying once what it waits for, and gives up after ``timeout`` seconds
with one clear line. Locks are per open file, so one process must not take the same lock
twice (the second attempt would wait on itself): callers take each lock once, at the top."""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

DEFAULT_TIMEOUT_SECONDS = 600.0
TIMEOUT_ENV = "INTERVIEW_CLAIMS_LOCK_TIMEOUT"
INSTANCE_LOCK = ".interview-claims-build.lock"
"""In ``$DAGSTER_HOME``: one build per Dagster instance (sensors skip their tick meanwhile)."""
OUTPUTS_LOCK = ".build.lock"
"""In the outputs folder: one build per outputs folder, whichever instance it uses."""


class LockTimeout(RuntimeError):
    """Another process held the lock for longer than the caller would wait."""


def lock_timeout() -> float:
    """``$INTERVIEW_CLAIMS_LOCK_TIMEOUT`` seconds (0: fail at once), default 10 minutes."""
    value = os.environ.get(TIMEOUT_ENV, "").strip()
    try:
        return max(0.0, float(value)) if value else DEFAULT_TIMEOUT_SECONDS
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS


@contextlib.contextmanager
def file_lock(
    path: Path,
    what: str,
    timeout: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if missing) for the ``with`` block.

    ``what`` names the holder in messages ("another build is publishing"); ``on_wait`` is told
    once if the lock is busy."""
    timeout = lock_timeout() if timeout is None else timeout
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(
                        f"{what} (lock {path}); gave up after {timeout:.0f} s"
                    ) from None
                if on_wait is not None and not told:
                    on_wait(f"waiting: {what} (lock {path})")
                    told = True
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def is_locked(path: Path) -> bool:
    """Whether another process holds the lock on ``path`` right now (a sensor's question:
    it skips a tick rather than wait)."""
    if not path.exists():
        return False
    with path.open("a") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return False
