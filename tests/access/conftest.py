"""Releases of the committed sources, published into a temporary outputs folder once per
session (1.0.0 without one claim, then 1.1.0 that adds it back, so that "latest" has to be
resolved), and a real HTTP server on loopback serving a copy of them, with switches to
misbehave (truncate, drop Content-Length, redirect) the way real servers and networks do.

Nothing here reads the committed ``outputs/releases``: a new committed release must not
change what these tests expect."""

from __future__ import annotations

import http.server
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from pipeline.publish.release import publish
from pipeline.publish.tables import Tables, typed

EPOCH = "1704153600"  # 2024-01-02, as the ``epoch`` fixture of tests/conftest.py


@dataclass(frozen=True)
class Published:
    """Two releases published by the tests into ``outputs/releases``."""

    outputs: Path  # a folder named ``outputs``, as ``load()`` finds it by default
    latest: str  # the newest version: it holds every claim of the committed sources
    older: str  # the version before it: one claim fewer
    added: str  # claim_id of the claim that ``latest`` has and ``older`` lacks

    @property
    def releases(self) -> Path:
        return self.outputs / "releases"

    @property
    def versions(self) -> list[str]:
        """Newest first, as index.json lists them."""
        return [self.latest, self.older]

    def release(self, version: str) -> Path:
        return self.releases / version


def publish_without_a_claim(tables: Tables, outputs: Path) -> str:
    """Publish ``tables`` minus their first claim, then ``tables`` whole; returns the id of
    the claim that only the second release holds."""
    fewer = {name: frame.copy() for name, frame in tables.items()}
    gone = str(fewer["claims"].iloc[0]["claim_id"])
    for name in ("claims", "mentions", "quantities", "times"):
        fewer[name] = typed(name, fewer[name][fewer[name]["claim_id"] != gone])
    assert publish(fewer, outputs).version == "1.0.0"
    assert publish(tables, outputs).version == "1.1.0"
    return gone


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory, reference_tables: Tables) -> Published:
    """Releases 1.0.0 and 1.1.0 of the committed sources; treat them as read-only (tests
    that change files work on copies, such as the ``server`` fixture's)."""
    outputs = tmp_path_factory.mktemp("published") / "outputs"
    # Declared open here, so that the releases carry the full text the site's claim browser
    # shows claims in (the committed source's licence is unknown: its text would be withheld;
    # tests/publish/test_licences.py covers that).
    tables = dict(reference_tables)
    tables["documents"] = typed("documents", tables["documents"].assign(license="CC-BY-4.0"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        added = publish_without_a_claim(tables, outputs)
    return Published(outputs=outputs, latest="1.1.0", older="1.0.0", added=added)


@dataclass
class Server:
    root: Path
    url: str
    requests: list[str] = field(default_factory=list)
    # request path -> "truncate" | "no-length" | "redirect:<location>"
    misbehave: dict[str, str] = field(default_factory=dict)


def _handler(server: Server) -> type[http.server.SimpleHTTPRequestHandler]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(server.root), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            server.requests.append(self.path)
            how = server.misbehave.get(self.path)
            if how is None:
                super().do_GET()
                return
            if how.startswith("redirect:"):
                self.send_response(302)
                self.send_header("Location", how.removeprefix("redirect:"))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = (server.root / self.path.lstrip("/")).read_bytes()
            self.send_response(200)
            if how == "truncate":  # the connection drops half-way through
                self.send_header("Content-Length", str(len(body)))
                body = body[: len(body) // 2]
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True

    return Handler


@pytest.fixture
def server(tmp_path: Path, published: Published) -> Iterator[Server]:
    """A writable copy of the published releases served over HTTP on 127.0.0.1."""
    root = tmp_path / "served"
    shutil.copytree(published.releases, root)
    state = Server(root=root, url="")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    # A short poll interval: shutdown() waits for it, once per test.
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
