"""``interview-claims site``: the pages' content and safety, then the claim browser in a real
headless Chromium, opened from file:// and from a static HTTP host."""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest

from pipeline.access.site import CSP, markdown_to_html
from pipeline.access.site_data import embed
from pipeline.cli import main
from pipeline.publish.files import read_tables, sha256_file
from tests.access.conftest import Published
from tests.browser import claim_items, dump_dom, marks, needs_chromium, static_host

CSP_META = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; "
    "form-action 'none'\">"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, published: Published) -> Path:
    to = tmp_path_factory.mktemp("site") / "site"
    assert main(["site", "--to", str(to), "--outputs", str(published.outputs)]) == 0
    return to


@pytest.fixture(scope="module")
def claims(published: Published) -> pd.DataFrame:
    """The claims of the latest release: the ones the claim browser shows."""
    return read_tables(published.release(published.latest), ("claims",))["claims"]


def test_landing_page_lists_files_with_sizes_checksums_and_citation(
    site: Path, published: Published
) -> None:
    page = (site / "index.html").read_text(encoding="utf-8")
    assert CSP_META in page
    for line in (published.release(published.latest) / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert f'href="releases/{published.latest}/{name}"' in page
        assert digest in page
    for version in published.versions:
        for line in (published.release(version) / "SHA256SUMS").read_text().splitlines():
            digest, name = line.split("  ")
            assert sha256_file(site / "releases" / version / name) == digest
    latest = published.latest
    assert f"@misc{{interview_claims_{latest.replace('.', '_')}," in page
    assert f"<p>Release {latest} (latest), " in page
    assert f'<li id="v{latest}"><strong>{latest}</strong> (latest) — released' in page
    assert f'<li id="v{published.older}"><strong>{published.older}</strong> — released' in page
    assert page.index(f'id="v{latest}"') < page.index(f'id="v{published.older}"')
    assert "<script" not in page.replace('<script src="app.js"></script>', "")
    # No external assets: every script and stylesheet is a file of the site.
    assert re.findall(r'(?:src|<link rel="stylesheet" href)="([^"]+)"', page) == [
        "style.css",
        f"v/{latest}/charts.css",
        "app.js",
    ]
    # The dataset card is on the release's own page, as HTML.
    card = (site / "v" / latest / "index.html").read_text(encoding="utf-8")
    assert f"<h2>Interview Claims {latest}</h2>" in card and "<table>" in card
    assert "config_name" not in card, "the card's YAML front matter is not for people"
    for version in published.versions:
        for line in (published.release(version) / "SHA256SUMS").read_text().splitlines():
            assert f'href="../../releases/{version}/{line.split("  ")[1]}"' in (
                site / "v" / version / "index.html"
            ).read_text(encoding="utf-8")


def test_claims_page_embeds_the_latest_release(site: Path, published: Published) -> None:
    page = (site / "claims.html").read_text(encoding="utf-8")
    assert f"<h1>Claims of Interview Claims {published.latest}</h1>" in page
    found = re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S)
    assert found is not None
    manifest = json.loads(found.group(1))
    latest = read_tables(published.release(published.latest), ("claims",))["claims"]
    assert manifest["n"] == len(latest) and manifest["base"] == f"v/{published.latest}/"
    chunk = (site / "v" / published.latest / "data" / "c0.js").read_text(encoding="utf-8")
    assert chunk.startswith('ICdata("c0",') and chunk.endswith(");\n")
    held = json.loads(chunk[len('ICdata("c0",') : -3])
    assert [c["id"] for c in held["claims"]] == list(latest["claim_id"])
    assert published.added in {c["id"] for c in held["claims"]}
    older = (site / "v" / published.older / "claims.html").read_text(encoding="utf-8")
    assert embed(published.added) in older, "the older release's page knows which release has it"


def test_every_page_carries_the_content_security_policy(site: Path) -> None:
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' == CSP_META
    pages = sorted(site.rglob("*.html"))
    assert [p.relative_to(site).as_posix() for p in pages] == [
        "claims.html", "index.html", "v/1.0.0/claims.html", "v/1.0.0/index.html",
        "v/1.1.0/claims.html", "v/1.1.0/index.html",
    ]  # fmt: skip
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert text.count(CSP_META) == 1, page
        head = text[: text.index("</head>")]
        assert CSP_META in head and "<script" not in head, page
        # The policy comes before anything that could load: it binds the whole page.
        assert text.index(CSP_META) < min(text.index("<link"), text.index("<script")), page


def test_card_markdown_and_embedded_json_are_escaped() -> None:
    rendered = markdown_to_html(
        "# A <b>\n\n<img src=x onerror=alert(1)> `<i>`\n\n| a | <s> |\n|---|---|\n| 1 | 2 |"
    )
    assert "<b>" not in rendered and "<img" not in rendered and "<i>" not in rendered
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered and "<code>&lt;i&gt;</code>" in rendered
    assert "<th>&lt;s&gt;</th>" in rendered
    assert "\u2028" not in embed({"t": "a\u2028b"}), "a line separator would end a JS string"
    text = "</script><script>alert(1)</script> & <!--"
    embedded = embed({"t": text})
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    assert json.loads(embedded) == {"t": text}


def test_site_command_reports_a_missing_index(tmp_path: Path) -> None:
    (tmp_path / "releases").mkdir()
    assert main(["site", "--to", str(tmp_path / "s"), "--outputs", str(tmp_path)]) == 1


def test_a_release_holding_a_symlink_is_not_published_on_the_site(
    published: Published, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link in a release folder would copy whatever it points at into the public site."""
    outputs = tmp_path / "outputs"
    shutil.copytree(published.outputs, outputs)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the web", encoding="utf-8")
    linked = outputs / "releases" / published.older / "data" / "csv" / "claims.csv"
    linked.unlink()
    linked.symlink_to(secret)
    site = tmp_path / "site"
    assert main(["site", "--to", str(site), "--outputs", str(outputs)]) == 1
    assert "symbolic link" in capsys.readouterr().err
    found = [p for p in site.rglob("*") if p.is_file()] if site.exists() else []
    assert not [p for p in found if p.read_bytes() == secret.read_bytes()]


# --- in a real browser ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def host(site: Path) -> Iterator[str]:
    with static_host(site) as url:
        yield url


@needs_chromium
@pytest.mark.parametrize("how", ["file", "http"])
def test_claim_browser_filters_and_opens_a_claim_in_its_passage(
    site: Path,
    published: Published,
    claims: pd.DataFrame,
    host: str,
    tmp_path: Path,
    how: str,
) -> None:
    base = site.as_uri() if how == "file" else host
    everything, console = dump_dom(f"{base}/claims.html", tmp_path / "p1")
    assert console == [], console
    assert claim_items(everything) == list(claims.claim_id)
    assert f"{len(claims)} of {len(claims)} claims" in everything

    has_word = claims.text.str.lower().str.contains(r"\bprotest", regex=True)
    chosen = claims[(claims.speaker_role == "interviewee") & has_word]
    passages = read_tables(published.release(published.latest), ("passages",))["passages"]
    answers = set(passages.passage_id[passages.question_id.notna()])
    claim = chosen[chosen.passage_id.isin(answers)].iloc[0]
    question = passages.set_index("passage_id").text[
        passages.set_index("passage_id").question_id[claim.passage_id]
    ]
    url = f"{base}/claims.html#role=interviewee&q=Protest&claim={claim.claim_id}"
    filtered, console = dump_dom(url, tmp_path / "p2")
    assert console == [], console
    assert sorted(claim_items(filtered)) == sorted(chosen.claim_id)
    assert 0 < len(chosen) < len(claims)
    assert marks(filtered) == [claim.text], "the span is the claim"
    shown = re.search(r'<blockquote class="question">(.*?)</blockquote>', filtered, flags=re.S)
    assert shown is not None, "the question it answers is shown"
    assert question in html.unescape(re.sub(r"<[^>]+>", "", shown.group(1)))


@needs_chromium
def test_landing_page_loads_without_console_errors(
    site: Path, published: Published, tmp_path: Path
) -> None:
    dom, console = dump_dom((site / "index.html").as_uri(), tmp_path / "p")
    assert console == [], console
    assert f"releases/{published.latest}/data/parquet/claims.parquet" in dom
    for version in published.versions:
        dom, console = dump_dom((site / "v" / version / "index.html").as_uri(), tmp_path / "p")
        assert console == [], console
        assert f"../../releases/{version}/data/parquet/claims.parquet" in dom


@needs_chromium
def test_other_filters_narrow_the_list(site: Path, claims: pd.DataFrame, tmp_path: Path) -> None:
    query = "type=predictive&hedged=yes&q=" + quote("will")
    dom, console = dump_dom(f"{site.as_uri()}/claims.html#{query}", tmp_path / "p")
    assert console == []
    expected = claims[
        (claims.claim_type == "predictive")
        & claims.hedged
        & claims.text.str.lower().str.contains(r"\bwill", regex=True)
    ]
    assert sorted(claim_items(dom)) == sorted(expected.claim_id)
    assert 0 < len(expected) < len(claims)


@needs_chromium
def test_a_release_without_gold_has_no_benchmark_and_says_so(
    site: Path, published: Published, tmp_path: Path
) -> None:
    """Releases before 2.1.0 have no benchmark tables: no section, no gold box, and a link
    asking for the gold is told why."""
    page = (site / "index.html").read_text(encoding="utf-8")
    assert 'id="benchmark"' not in page and "#benchmark" not in page
    claims_page = (site / "claims.html").read_text(encoding="utf-8")
    assert 'id="gold"' not in claims_page and 'id="gold-view"' not in claims_page
    dom, console = dump_dom(f"{site.as_uri()}/claims.html#gold=1", tmp_path / "p")
    assert console == [], console
    assert (
        f"gold=1: release {published.latest} has no gold claims (releases publish them "
        "from 2.1.0, for their interviews in the annotated corpus)" in html.unescape(dom)
    )
