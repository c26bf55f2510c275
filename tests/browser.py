"""Headless Chromium for the web page tests: the DOM a page ends up with after its scripts
ran, its console messages, a static HTTP host for a site folder, and :class:`Browser`, which
drives a page as a person does (click, type, Back, a narrow screen) through the DevTools
protocol."""

from __future__ import annotations

import html
import html.parser
import http.server
import itertools
import json
import re
import subprocess
import threading
import time
import urllib.request
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


class _MarkParser(html.parser.HTMLParser):
    """The text of each outermost ``<mark>`` without a class, marks nested in it included."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark" and (self._depth or not dict(attrs).get("class")):
            if not self._depth:
                self.found.append("")
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.found[-1] += data


def marks(dom: str) -> list[str]:
    """The text of every highlighted claim (a ``<mark>``; the quantities and times marked
    inside it are part of its text)."""
    parser = _MarkParser()
    parser.feed(dom)
    parser.close()
    return parser.found


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


class BrowserError(RuntimeError):
    pass


class Browser:
    """One headless Chromium driven over the DevTools protocol (a websocket): navigate, click
    at an element's place with the mouse, type key by key, press Back, resize the screen, and
    read the page's console and errors (CSP violations included)."""

    def __init__(self, profile: Path) -> None:
        from websockets.sync.client import connect

        self.process = subprocess.Popen(
            [
                str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", f"--user-data-dir={profile}",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "about:blank",
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            port = self._port(profile)
            targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
            page = next(t for t in targets if t["type"] == "page")
            self.ws = connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=30)
        except BaseException:
            self.close()
            raise
        self._ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")

    def _port(self, profile: Path) -> int:
        """Chromium writes the port it chose into DevToolsActivePort in its profile."""
        marker = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if marker.exists():
                first = marker.read_text().split("\n")[0].strip()
                if first.isdigit():
                    return int(first)
            if self.process.poll() is not None:
                raise BrowserError(f"chromium exited: {self.process.stderr.read()[-2000:]}")  # type: ignore[union-attr]
            time.sleep(0.05)
        raise BrowserError("chromium did not open its DevTools port in 30 s")

    def close(self) -> None:
        ws = getattr(self, "ws", None)
        if ws is not None:
            ws.close()
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 30) -> Any:
        ident = next(self._ids)
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params or {}}))
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.ws.recv(timeout=max(deadline - time.monotonic(), 0.01)))
            if message.get("id") == ident:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    # --- what the page said --------------------------------------------------------------

    def problems(self) -> list[str]:
        """Console messages, uncaught exceptions and browser log errors (a CSP violation, a
        file that failed to load) since the last call."""
        out = []
        for event in self.events:
            method, params = event["method"], event["params"]
            if method == "Runtime.consoleAPICalled":
                out.append(
                    " ".join(str(a.get("value", a.get("description"))) for a in params["args"])
                )
            elif method == "Runtime.exceptionThrown":
                out.append(str(params["exceptionDetails"]))
            elif (
                method == "Log.entryAdded"
                and params["entry"]["level"] in ("error", "warning")
                # the browser asks for an icon on its own; no page of the site names one
                and not params["entry"].get("url", "").endswith("/favicon.ico")
            ):
                out.append(params["entry"]["text"])
        self.events.clear()
        return out

    # --- doing things, as a person would --------------------------------------------------

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {expression}")
            time.sleep(0.02)

    def rendered(self) -> int:
        return int(
            self.evaluate("+(document.body && document.body.getAttribute('data-rendered'))") or 0
        )

    def settle(self, before: int, timeout: float = 15) -> None:
        """Wait until the claim browser has finished a render after ``before``."""
        self.wait_for(f"+(document.body.getAttribute('data-rendered') || 0) > {before}", timeout)

    def open(self, url: str, *, settle: bool = True) -> None:
        """Go to ``url`` as if typed into the address bar (a new document each time)."""
        self.send("Page.navigate", {"url": "about:blank"})
        self.wait_for("location.href === 'about:blank' && document.readyState === 'complete'")
        self.send("Page.navigate", {"url": url})
        self.wait_for("document.readyState === 'complete' && location.href !== 'about:blank'")
        if settle and self.evaluate("!!document.getElementById('data')"):
            self.settle(0)

    def click(self, selector: str) -> None:
        """A mouse click in the middle of the element, scrolled into view first."""
        box = self.evaluate(
            f"(function () {{ var e = document.querySelector({json.dumps(selector)});"
            " if (!e) return null; e.scrollIntoView({block: 'center'});"
            " var r = e.getClientRects()[0]; return [r.left + Math.min(r.width / 2, 20),"
            " r.top + r.height / 2]; })()"
        )
        if box is None:
            raise BrowserError(f"nothing matches {selector}")
        x, y = box
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
            )

    def type(self, selector: str, text: str) -> None:
        """Focus a text box and type ``text`` key by key."""
        self.click(selector)
        for char in text:
            self.send("Input.dispatchKeyEvent", {"type": "keyDown", "text": char, "key": char})
            self.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": char})

    def choose(self, selector: str, value: str) -> None:
        """Pick an option of a <select>, as the keyboard or a pop-up list would."""
        self.evaluate(
            f"(function () {{ var s = document.querySelector({json.dumps(selector)});"
            f" s.focus(); s.value = {json.dumps(value)};"
            " s.dispatchEvent(new Event('input', {bubbles: true}));"
            " s.dispatchEvent(new Event('change', {bubbles: true})); })()"
        )

    def back(self) -> None:
        """The Back button: the previous entry of the tab's history."""
        history = self.send("Page.getNavigationHistory")
        entry = history["entries"][history["currentIndex"] - 1]
        self.send("Page.navigateToHistoryEntry", {"entryId": entry["id"]})

    def history_length(self) -> int:
        history = self.send("Page.getNavigationHistory")
        return len(history["entries"])

    def forget_history(self) -> None:
        """Empty the back list. Chromium keeps at most 50 entries, so in a browser shared by
        many tests a count taken after enough navigations would stop growing."""
        self.send("Page.resetNavigationHistory")

    def screen(self, width: int, height: int = 800, *, mobile: bool = False) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )

    def dom(self) -> str:
        return str(self.evaluate("document.documentElement.outerHTML"))


@contextmanager
def browser(profile: Path) -> Iterator[Browser]:
    driven = Browser(profile)
    try:
        yield driven
    finally:
        driven.close()
