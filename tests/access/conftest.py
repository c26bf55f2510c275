"""A real HTTP server on loopback serving a copy of the committed releases, with switches
to misbehave (truncate, drop Content-Length, redirect) the way real servers and networks do."""

from __future__ import annotations

import http.server
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PROJECT

RELEASES = PROJECT / "outputs" / "releases"
VERSION = "1.0.0"


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
def server(tmp_path: Path) -> Iterator[Server]:
    """A copy of outputs/releases served over HTTP on 127.0.0.1."""
    root = tmp_path / "served"
    shutil.copytree(RELEASES, root)
    state = Server(root=root, url="")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
