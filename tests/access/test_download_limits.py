"""``download`` under a slow or stalled server, a second download into the same folder and
a full disk: each ends in one clear line (or waits its turn), never hangs, and leaves
nothing half-done behind."""

from __future__ import annotations

import errno
import http.server
import io
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.access import download as download_module
from pipeline.access.download import DownloadError, Limits, download, target_lock
from pipeline.cli import main
from pipeline.publish.verify import verify_release
from tests.access.conftest import Published, Server


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir()) if parent.exists() else []


@pytest.fixture
def slow_server(published: Published) -> Iterator[tuple[str, dict[str, str]]]:
    """Serves the published releases, except that a file can be made to trickle (one byte
    every 0.2 s) or stall (a few bytes, then silence for 30 s)."""
    how: dict[str, str] = {}
    stop = threading.Event()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(published.releases), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            mode = how.get(self.path)
            if mode is None:
                super().do_GET()
                return
            body = (published.releases / self.path.lstrip("/")).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                if mode == "trickle":
                    for byte in body:
                        if stop.wait(0.2):
                            return
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                else:  # stall
                    self.wfile.write(body[:10])
                    self.wfile.flush()
                    stop.wait(30)
            except OSError:  # the client gave up, as it should
                pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", how
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_a_trickling_server_is_stopped_by_the_overall_deadline(
    slow_server: tuple[str, dict[str, str]],
    published: Published,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, how = slow_server
    how[f"/{published.latest}/data/parquet/claims.parquet"] = "trickle"
    to = tmp_path / "got" / "release"
    began = time.monotonic()
    args = ["latest", "--from", url, "--to", str(to), "--timeout", "2", "--stall-timeout", "5"]
    code = main(["download", *args])
    took = time.monotonic() - began
    assert code == 1
    last = capsys.readouterr().err.rstrip().splitlines()[-1]
    assert last.startswith("interview-claims: download failed, nothing was kept: ")
    assert "gave up after 2 s, the time allowed for the whole download (--timeout)" in last
    assert took < 10  # a trickle within the stall timeout, yet stopped near the deadline
    assert _leftovers(to.parent) == []


def test_a_stalled_server_is_stopped_by_the_stall_timeout(
    slow_server: tuple[str, dict[str, str]], published: Published, tmp_path: Path
) -> None:
    url, how = slow_server
    how[f"/{published.latest}/data/parquet/claims.parquet"] = "stall"
    to = tmp_path / "got" / "release"
    began = time.monotonic()
    with pytest.raises(DownloadError, match=r"sent nothing for 0\.5 s \(--stall-timeout\)"):
        download("latest", url, to, progress=None, stall_timeout=0.5)
    assert time.monotonic() - began < 10
    assert _leftovers(to.parent) == []


def test_a_second_download_into_the_same_folder_waits_its_turn(
    server: Server, tmp_path: Path
) -> None:
    to = tmp_path / "got" / "release"
    to.parent.mkdir()
    said: list[str] = []
    result: list[Path | BaseException] = []

    def second() -> None:
        try:
            result.append(download("latest", server.url, to, progress=said.append))
        except BaseException as err:  # reported below
            result.append(err)

    with target_lock(to, Limits(), lambda _: None):  # a first download holds the folder
        waiter = threading.Thread(target=second)
        waiter.start()
        deadline = time.monotonic() + 10
        while not said and time.monotonic() < deadline:
            time.sleep(0.02)
        assert said == [f"waiting for another download into {to} to finish"]
        assert not to.exists()  # it waits rather than writing beside the first
    waiter.join(timeout=60)
    assert result == [to]
    assert verify_release(to) == []
    assert _leftovers(to.parent) == ["release"]


def test_two_downloads_at_once_both_succeed(server: Server, tmp_path: Path) -> None:
    to = tmp_path / "got" / "release"
    results: list[Path | BaseException] = []

    def one() -> None:
        try:
            results.append(download("latest", server.url, to, progress=None))
        except BaseException as err:  # reported below
            results.append(err)

    threads = [threading.Thread(target=one) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert results == [to, to]  # no false "damaged in transit", no traceback
    assert verify_release(to) == []
    assert _leftovers(to.parent) == ["release"]


def test_a_download_gives_up_waiting_with_one_clear_line(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    to = tmp_path / "release"
    with target_lock(to, Limits(), lambda _: None):
        code = main(["download", "--from", server.url, "--to", str(to), "--timeout", "0.3"])
    assert code == 1
    last = capsys.readouterr().err.rstrip().splitlines()[-1]
    assert last.startswith(f"interview-claims: download failed, nothing was kept: {to}: ")
    assert "another download into this folder is still running" in last


class _FullDisk(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("failing", ["SHA256SUMS", "claims.parquet.part"])
def test_a_full_disk_leaves_nothing_and_one_line(
    failing: str,
    server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The disk fills up on the first file written, or on a later one."""
    real_fdopen = os.fdopen

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" in mode and os.readlink(f"/proc/self/fd/{fd}").endswith(failing):
            os.close(fd)
            return io.BufferedWriter(_FullDisk())
        return real_fdopen(fd, mode, *args, **kwargs)

    monkeypatch.setattr(download_module.os, "fdopen", fdopen)
    to = tmp_path / "got" / "release"
    assert main(["download", "--from", server.url, "--to", str(to)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    last = err.rstrip().splitlines()[-1]
    assert last.startswith("interview-claims: download failed, nothing was kept: ")
    assert last.endswith(f"{failing}: no space left on the disk")
    assert _leftovers(to.parent) == []  # no partial folder, no lock file

    monkeypatch.setattr(download_module.os, "fdopen", real_fdopen)  # space freed
    assert main(["download", "--from", server.url, "--to", str(to)]) == 0
    assert verify_release(to) == []
