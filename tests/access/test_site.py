"""``interview-claims site``: the pages' content and safety, then the claim browser in a real
headless Chromium, opened from file:// and from a static HTTP host."""

from __future__ import annotations

import html
import http.server
import json
import re
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd
import pytest

from pipeline.access.site import _embed, markdown_to_html
from pipeline.cli import main
from pipeline.publish.files import read_tables, sha256_file
from tests.access.conftest import RELEASES, VERSION
from tests.conftest import PROJECT

CHROMIUM = Path("/usr/bin/chromium")
CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    to = tmp_path_factory.mktemp("site") / "site"
    assert main(["site", "--to", str(to), "--outputs", str(PROJECT / "outputs")]) == 0
    return to


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return read_tables(RELEASES / VERSION, ("claims",))["claims"]


def test_landing_page_lists_files_with_sizes_checksums_and_citation(site: Path) -> None:
    page = (site / "index.html").read_text(encoding="utf-8")
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    for line in (RELEASES / VERSION / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert f'href="releases/{VERSION}/{name}"' in page
        assert digest in page
        assert sha256_file(site / "releases" / VERSION / name) == digest
    assert "@misc{interview_claims_1_0_0" in page
    assert "<h2>Interview Claims 1.0.0</h2>" in page and "<table>" in page
    assert "config_name" not in page, "the card's YAML front matter is not for people"
    assert "<script" not in page.replace('<script src="app.js"></script>', "")
    # No external assets: every script and stylesheet is a file of the site.
    assert re.findall(r'(?:src|<link rel="stylesheet" href)="([^"]+)"', page) == [
        "style.css",
        "app.js",
    ]


def test_card_markdown_and_embedded_json_are_escaped() -> None:
    rendered = markdown_to_html(
        "# A <b>\n\n<img src=x onerror=alert(1)> `<i>`\n\n| a | <s> |\n|---|---|\n| 1 | 2 |"
    )
    assert "<b>" not in rendered and "<img" not in rendered and "<i>" not in rendered
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered and "<code>&lt;i&gt;</code>" in rendered
    assert "<th>&lt;s&gt;</th>" in rendered
    text = "</script><script>alert(1)</script> & <!--"
    embedded = _embed({"t": text})
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    assert json.loads(embedded) == {"t": text}


def test_site_command_reports_a_missing_index(tmp_path: Path) -> None:
    (tmp_path / "releases").mkdir()
    assert main(["site", "--to", str(tmp_path / "s"), "--outputs", str(tmp_path)]) == 1


# --- in a real browser ---------------------------------------------------------------------

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


def _items(dom: str) -> list[str]:
    return re.findall(r'<li class="claim[^"]*" data-claim="(c_[0-9a-f]{16})"', dom)


@pytest.fixture(scope="module")
def static_host(site: Path) -> Iterator[str]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(site), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@needs_chromium
@pytest.mark.parametrize("host", ["file", "http"])
def test_claim_browser_filters_and_opens_a_claim_in_its_passage(
    site: Path,
    claims: pd.DataFrame,
    static_host: str,
    tmp_path: Path,
    host: str,
) -> None:
    base = site.as_uri() if host == "file" else static_host
    everything, console = dump_dom(f"{base}/claims.html", tmp_path / "p1")
    assert console == [], console
    assert len(_items(everything)) == len(claims)
    assert f"{len(claims)} of {len(claims)} claims" in everything

    chosen = claims[(claims.speaker_role == "interviewee") & claims.text.str.contains("Russia")]
    passages = read_tables(RELEASES / VERSION, ("passages",))["passages"]
    answers = set(passages.passage_id[passages.question_id.notna()])
    claim = chosen[chosen.passage_id.isin(answers)].iloc[0]
    question = passages.set_index("passage_id").text[
        passages.set_index("passage_id").question_id[claim.passage_id]
    ]
    url = f"{base}/claims.html#role=interviewee&q=Russia&claim={claim.claim_id}"
    filtered, console = dump_dom(url, tmp_path / "p2")
    assert console == [], console
    assert sorted(_items(filtered)) == sorted(chosen.claim_id)
    assert 0 < len(chosen) < len(claims)
    marks = re.findall(r"<mark>(.*?)</mark>", filtered, flags=re.S)
    assert [html.unescape(m) for m in marks] == [claim.text], "the span is the claim"
    shown = re.search(r'<blockquote class="question">(.*?)</blockquote>', filtered, flags=re.S)
    assert shown is not None, "the question it answers is shown"
    assert question in html.unescape(re.sub(r"<[^>]+>", "", shown.group(1)))


@needs_chromium
def test_landing_page_loads_without_console_errors(site: Path, tmp_path: Path) -> None:
    dom, console = dump_dom((site / "index.html").as_uri(), tmp_path / "p")
    assert console == [], console
    assert "releases/1.0.0/data/claims.parquet" in dom


@needs_chromium
def test_other_filters_narrow_the_list(site: Path, claims: pd.DataFrame, tmp_path: Path) -> None:
    query = "type=predictive&hedged=yes&q=" + quote("the")
    dom, console = dump_dom(f"{site.as_uri()}/claims.html#{query}", tmp_path / "p")
    assert console == []
    expected = claims[
        (claims.claim_type == "predictive")
        & claims.hedged
        & (claims.text + " " + claims.speaker.fillna("")).str.lower().str.contains("the")
    ]
    assert sorted(_items(dom)) == sorted(expected.claim_id)
