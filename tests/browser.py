"""Headless Chromium for the web page tests: the DOM a page ends up with after its scripts
ran, its console messages, and a static HTTP host for a site folder."""

from __future__ import annotations

import html
import html.parser
import http.server
import re
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
)


def dump_dom(url: str, profile: Path) -> tuple[str, list[str]]:
    """The DOM after the page's scripts ran, and the page's console messages."""
    out = subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=5000", "--dump-dom", url,
        ],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    console = [line for line in out.stderr.splitlines() if ":CONSOLE" in line]
    return out.stdout, console


def claim_items(dom: str) -> list[str]:
    """The claim ids the claim browser lists, in order."""
    return re.findall(r'<li class="claim[^"]*" data-claim="(c_[0-9a-f]{16})"', dom)


def marks(dom: str) -> list[str]:
    """The text of every ``<mark>`` element (the highlighted claim), unescaped."""
    return [html.unescape(m) for m in re.findall(r"<mark>(.*?)</mark>", dom, flags=re.S)]


@dataclass
class Page:
    """A dumped DOM, parsed: its title and every element with its attributes, in order."""

    title: str = ""
    elements: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def having(self, tag: str) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.elements if name == tag]


class _PageParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.page.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.page.title += data


def parse(dom: str) -> Page:
    parser = _PageParser()
    parser.feed(dom)
    parser.close()
    return parser.page


@contextmanager
def static_host(folder: Path) -> Iterator[str]:
    """Serve ``folder`` over HTTP on 127.0.0.1; yields the base URL."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # A short poll interval: shutdown() waits for it, once per test.
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
