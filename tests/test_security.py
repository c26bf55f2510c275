"""Issue 9, untrusted text: an interview full of HTML, script and formula payloads goes
through extraction, publishing and the static site, and nothing in it runs as code, while
every character is shown and stored verbatim.

Downloads from untrusted places (names, versions and symbolic links) are tested in
tests/access/test_download.py and tests/access/test_load.py; the site's pages in general in
tests/access/test_site.py.
"""

from __future__ import annotations

import csv
import datetime
import html
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipeline.access.site import CSP
from pipeline.cli import main
from pipeline.extract.documents import SourceError, read_source
from pipeline.extraction import extract_source
from pipeline.publish import ids
from pipeline.publish.files import read_tables
from pipeline.publish.release import publish
from pipeline.publish.tables import Tables, combine, typed
from pipeline.publish.verify import verify_release
from tests.browser import Page, dump_dom, marks, needs_chromium, parse, static_host

SOURCE_ID = "payload-interview-2024"
EPOCH = "1704153600"
VERSION = "1.0.0"

SCRIPT = "<script>document.title='pwned'</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
# Payloads whose effect shows in a dumped DOM: an element with id "pwned", a changed title.
IMG_ID = '<img id="pwned" src=x onerror="document.title=\'pwned\'">'
SVG = '<svg id="pwned" onload="document.body.setAttribute(\'data-pwned\', 1)"></svg>'
LINK = "[link](javascript:window.__pwned=2)"
TEXTAREA = "</textarea>"
END_SCRIPT = "</script>"
PAYLOADS = {
    "script": SCRIPT,
    "img": IMG,
    "img-id": IMG_ID,
    "svg": SVG,
    "link": LINK,
    "textarea": TEXTAREA,
    "end-script": END_SCRIPT,
}

TITLE = f"Mara Voss on {SCRIPT} sanctions"
INTERVIEWEE = f"Mara Voss {TEXTAREA}{END_SCRIPT}{IMG}"
META = {
    "title": TITLE,
    "url": "javascript:window.__pwned=4",
    "publisher": f"{IMG_ID} Press",
    "interviewee": INTERVIEWEE,
    "interviewer": "Tom Reed",
    "interview_date": datetime.date(2024, 3, 3),
    "language": "en",
    "license": "CC-BY-4.0",  # republished whole: the claim browser shows the passages
}
TEXT = f"""{TITLE}

Mara Voss is a researcher at the {IMG} Institute. She studies trade.

Interview by Tom Reed | 3 March 2024

What did the ministry say about the {SCRIPT} sanctions?

The ministry said that {SCRIPT} was only a test. I think the sanctions will fail by 2025.

Exports fell by 12% after {IMG_ID} appeared on the ministry website.

What about the campaign links that circulated online?

The campaign posted {LINK} on every page. Its banner read {SVG} for a week.

Some readers pasted {TEXTAREA}{IMG} into the comment form. Others closed the {END_SCRIPT} tag.

=HYPERLINK("http://example.org/x","click") is what the spreadsheet showed, and spam followed.

+1 for the ministry, said a minister in May 2023.

-2 points was the rating the agency gave the country.

@everyone was how the regulator opened its statement on Tuesday.
"""
FORMULAS = {"=": "=HYPERLINK(", "+": "+1 for", "-": "-2 points", "@": "@everyone"}


def _with_leading_dash(tables: Tables) -> Tables:
    """The extractor reads a leading '-' as a list dash and starts the claim after it; widen
    that claim's span by one character to the document's '-' (publish() still checks that
    every span equals its document slice) so that a claim starting with '-' is published."""
    claims = tables["claims"].copy()
    (text,) = tables["documents"].text.tolist()
    (row,) = claims.index[claims.text.str.startswith("2 points was")].tolist()
    claim = claims.loc[row].to_dict()
    start, end = int(claim["char_start"]) - 1, int(claim["char_end"])
    assert text[start] == "-"
    old, new = claim["claim_id"], ids.claim_id(SOURCE_ID, text[start:end], 0)
    claims.loc[row, ["claim_id", "text", "char_start"]] = [new, text[start:end], start]
    out = {**tables, "claims": typed("claims", claims)}
    for name in ("mentions", "quantities", "times"):
        child = tables[name].copy()
        child["claim_id"] = child["claim_id"].replace(old, new)
        out[name] = typed(name, child)
    return out


@dataclass(frozen=True)
class Payload:
    outputs: Path
    site: Path

    @property
    def release(self) -> Path:
        return self.outputs / "releases" / VERSION

    def table(self, name: str) -> pd.DataFrame:
        return read_tables(self.release, (name,))[name]


@pytest.fixture(scope="module")
def payload(tmp_path_factory: pytest.TempPathFactory) -> Payload:
    """The payload interview extracted, published as release 1.0.0 and built into a site."""
    root = tmp_path_factory.mktemp("payload")
    sources = root / "sources"
    sources.mkdir()
    (sources / f"{SOURCE_ID}.txt").write_text(TEXT, encoding="utf-8")
    (sources / f"{SOURCE_ID}.yaml").write_text(
        yaml.safe_dump(META, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    tables = _with_leading_dash(combine([extract_source(sources, SOURCE_ID)]))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        assert publish(tables, root / "outputs").version == VERSION
    site = root / "site"
    assert main(["site", "--to", str(site), "--outputs", str(root / "outputs")]) == 0
    return Payload(outputs=root / "outputs", site=site)


def _claim_with(payload: Payload, needle: str) -> pd.Series:
    claims = payload.table("claims")
    found = claims[claims.text.str.contains(needle, regex=False)]
    assert len(found) >= 1, f"no claim contains {needle!r}"
    return found.iloc[0]


def test_the_payloads_reach_the_published_tables_verbatim(payload: Payload) -> None:
    """The test is only worth something if the payloads really are in claims and metadata."""
    assert verify_release(payload.release) == []
    claims = payload.table("claims")
    for name, text in PAYLOADS.items():
        assert claims.text.str.contains(text, regex=False).any(), name
    document = payload.table("documents").iloc[0]
    for field in ("title", "url", "publisher", "interviewee"):
        assert document[field] == META[field], field
    assert set(claims.speaker[claims.speaker_role == "interviewee"]) == {INTERVIEWEE}
    for start in FORMULAS.values():
        assert claims.text.str.startswith(start).sum() == 1, start


def test_yaml_object_tags_are_never_constructed(tmp_path: Path) -> None:
    """``!!python/object`` and friends are refused by the safe loader, not run."""
    marker = tmp_path / "made-by-yaml"
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    for tag in ("!!python/object/apply:os.mkdir", "!!python/object/new:os.mkdir"):
        (tmp_path / "a.yaml").write_text(
            f"title: {tag} [{str(marker)!r}]\ninterview_date: 2024-01-01\n", encoding="utf-8"
        )
        with pytest.raises(SourceError, match="is not valid YAML"):
            read_source(tmp_path, "a")
        assert not marker.exists()


@pytest.mark.parametrize("bad", ["../a", "a/../../a", "/tmp/a", "A", "a.b"])
def test_source_ids_are_validated_before_they_touch_a_path(tmp_path: Path, bad: str) -> None:
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("title: T\ninterview_date: 2024-01-01\n", encoding="utf-8")
    with pytest.raises(SourceError, match="must be lowercase letters"):
        read_source(tmp_path / "inner", bad)


# --- the static site: inert, verbatim, under a Content Security Policy -----------------------


def test_every_page_of_the_payload_site_carries_the_csp(payload: Payload) -> None:
    pages = sorted(payload.site.rglob("*.html"))
    assert {p.name for p in pages} == {"index.html", "claims.html"}
    meta = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    assert "script-src 'self'" in CSP and "default-src 'none'" in CSP
    assert "unsafe-inline" not in CSP and "unsafe-eval" not in CSP
    assert "base-uri 'none'" in CSP and "form-action 'none'" in CSP  # no default-src fallback
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert text.count(meta) == 1 and text.index(meta) < text.index("<script"), page


def test_the_payloads_are_inert_in_the_written_html(payload: Payload) -> None:
    page = (payload.site / "claims.html").read_text(encoding="utf-8")
    data = page[page.index('<script type="application/json" id="data">') :]
    data = data[data.index(">") + 1 : data.index("</script>")]
    assert "<" not in data and ">" not in data, "the embedded data cannot close its element"
    assert "\\u003cscript\\u003e" in data
    parsed = parse(page)
    assert [s.get("src") for s in parsed.having("script")] == [None, "app.js"]
    assert not parsed.having("img") and not parsed.having("svg")
    index = (payload.site / "index.html").read_text(encoding="utf-8")
    assert [s.get("src") for s in parse(index).having("script")] == ["app.js"]


CLAIMS_TITLE = f"Claims — Interview Claims {VERSION}"
CLAIMS_SCRIPTS = [{"type": "application/json", "id": "data"}, {"src": "app.js"}]


def _assert_inert(
    page: Page, expected_title: str = CLAIMS_TITLE, scripts: list[dict[str, str]] = CLAIMS_SCRIPTS
) -> None:
    """No payload ran and none became markup: the title is the site's, the only scripts are
    the site's, and no element a payload would add (or an id, handler or javascript: link it
    would bring) is in the DOM."""
    assert page.title == expected_title, "a payload changed document.title"
    tags = [tag for tag, _ in page.elements]
    for tag in ("img", "svg", "iframe", "textarea", "object", "embed"):
        assert tag not in tags, f"a payload became a <{tag}> element"
    assert page.having("script") == scripts
    for tag, attrs in page.elements:
        assert attrs.get("id") != "pwned", tag
        assert "data-pwned" not in attrs, tag
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for link in ("href", "src", "action"):
            assert not attrs.get(link, "").strip().lower().startswith("javascript:"), attrs


def _shown_claims(dom: str) -> dict[str, str]:
    items = re.findall(
        r'<li class="claim[^"]*" data-claim="(c_[0-9a-f]{16})"><a href="[^"]*">(.*?)</a>',
        dom,
        flags=re.S,
    )
    return {claim_id: html.unescape(text) for claim_id, text in items}


@pytest.fixture(scope="module")
def host(payload: Payload) -> Iterator[str]:
    with static_host(payload.site) as url:
        yield url


@needs_chromium
@pytest.mark.parametrize("how", ["file", "http"])
def test_no_payload_runs_in_the_claim_browser_and_all_text_is_verbatim(
    payload: Payload, host: str, tmp_path: Path, how: str
) -> None:
    base = payload.site.as_uri() if how == "file" else host
    dom, console = dump_dom(f"{base}/claims.html", tmp_path / "profile")
    # Nothing was even attempted: a blocked inline script or handler logs a CSP violation.
    assert console == [], console
    _assert_inert(parse(dom))
    claims = payload.table("claims")
    assert _shown_claims(dom) == dict(zip(claims.claim_id, claims.text, strict=True))
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert html.escape(IMG_ID, quote=False) in dom and html.escape(SVG, quote=False) in dom
    assert "[link](javascript:window.__pwned=2)" in dom
    assert "&lt;/textarea&gt;" in dom and "&lt;/script&gt; tag" in dom


@needs_chromium
def test_no_payload_runs_on_the_landing_page(payload: Payload, tmp_path: Path) -> None:
    dom, console = dump_dom((payload.site / "index.html").as_uri(), tmp_path / "profile")
    assert console == [], console
    _assert_inert(parse(dom), f"Interview Claims {VERSION}", [{"src": "app.js"}])


@needs_chromium
@pytest.mark.parametrize("name", ["script", "img-id", "svg", "textarea", "link", "end-script"])
def test_a_claim_with_a_payload_opens_verbatim(payload: Payload, tmp_path: Path, name: str) -> None:
    claim = _claim_with(payload, PAYLOADS[name])
    url = f"{payload.site.as_uri()}/claims.html#claim={claim.claim_id}"
    dom, console = dump_dom(url, tmp_path / "profile")
    assert console == [], console
    _assert_inert(parse(dom))
    assert marks(dom) == [claim.text], "the highlighted span is the claim, character for character"
    detail = re.search(r'<section id="detail">(.*?)</section>', dom, flags=re.S)
    assert detail is not None
    shown = detail.group(1)
    heading = re.search(r"<h2>(.*?)</h2>", shown, flags=re.S)
    assert heading is not None and html.unescape(heading.group(1)) == TITLE
    assert f"<span>{html.escape(INTERVIEWEE, quote=False)} (interviewee)</span>" in shown
    passage = payload.table("passages").set_index("passage_id")
    question = passage.text[passage.question_id[claim.passage_id]]
    quoted = re.search(r'<blockquote class="question">(.*?)</blockquote>', shown, flags=re.S)
    assert quoted is not None
    assert html.unescape(re.sub(r"<[^>]+>", "", quoted.group(1))).endswith(question)
    # The document's url is "javascript:...": the Source link goes nowhere instead.
    assert re.findall(r'<a href="([^"]*)"[^>]*>Source</a>', shown) == ["#"]


# The checks above would see a payload that ran: a control page proves it. And each wall
# holds on its own: the CSP stops inline code even in markup, escaping keeps payloads text
# even without the CSP.

INJECTED = (
    '<img id="pwned" src=x onerror="document.title=\'pwned\'">'
    "<script>document.body.setAttribute('data-pwned', '1')</script>"
)


def _variant(payload: Payload, tmp_path: Path, *, csp: bool, inject: bool) -> Path:
    site = tmp_path / "site"
    shutil.copytree(payload.site, site)
    page = site / "claims.html"
    text = page.read_text(encoding="utf-8")
    if not csp:
        text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", text)
        assert "Content-Security-Policy" not in text
    if inject:
        text = text.replace("<main>", "<main>" + INJECTED, 1)
    page.write_text(text, encoding="utf-8")
    return page


@needs_chromium
def test_control_a_payload_that_ran_would_be_seen(payload: Payload, tmp_path: Path) -> None:
    page = _variant(payload, tmp_path, csp=False, inject=True)
    dom, _ = dump_dom(page.as_uri(), tmp_path / "profile")
    parsed = parse(dom)
    assert parsed.title == "pwned"
    assert any(attrs.get("data-pwned") == "1" for tag, attrs in parsed.elements if tag == "body")
    with pytest.raises(AssertionError):
        _assert_inert(parsed)


@needs_chromium
def test_the_csp_alone_blocks_inline_code(payload: Payload, tmp_path: Path) -> None:
    page = _variant(payload, tmp_path, csp=True, inject=True)
    dom, console = dump_dom(page.as_uri(), tmp_path / "profile")
    parsed = parse(dom)
    assert parsed.title == CLAIMS_TITLE
    assert not any("data-pwned" in attrs for _, attrs in parsed.elements)
    assert any("Content Security Policy" in line for line in console), console
    assert _shown_claims(dom), "the site's own script still ran"


@needs_chromium
def test_escaping_alone_keeps_the_payloads_inert(payload: Payload, tmp_path: Path) -> None:
    page = _variant(payload, tmp_path, csp=False, inject=False)
    claim = _claim_with(payload, IMG_ID)
    dom, console = dump_dom(f"{page.as_uri()}#claim={claim.claim_id}", tmp_path / "profile")
    assert console == [], console
    _assert_inert(parse(dom))
    assert marks(dom) == [claim.text]
    claims = payload.table("claims")
    assert _shown_claims(dom) == dict(zip(claims.claim_id, claims.text, strict=True))


# --- spreadsheets -------------------------------------------------------------------------


def _csv_rows(path: Path, skip: int = 0) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))[skip:]


def test_published_csv_is_faithful_to_parquet_for_formula_like_cells(payload: Payload) -> None:
    claims = payload.table("claims")
    rows = _csv_rows(payload.release / "data" / "csv" / "claims.csv")
    assert rows[0] == list(claims.columns)
    texts = [row[rows[0].index("text")] for row in rows[1:]]
    assert texts == list(claims.text), "the CSV holds exactly the Parquet text, in order"
    for start in FORMULAS.values():
        (cell,) = [t for t in texts if t.lstrip("'").startswith(start)]
        assert cell.startswith(start), f"{start!r}: the published CSV must not prefix cells"
    raw = (payload.release / "data" / "csv" / "claims.csv").read_text(encoding="utf-8")
    assert '\n=HYPERLINK(""http' not in raw  # quoted, as CSV needs for its quotes …
    assert ',"=HYPERLINK(""http://example.org/x"",""click"") is' in raw  # … and not prefixed
    for start in ("+1 for the ministry", "-2 points", "@everyone"):
        assert re.search(rf',"?{re.escape(start)}', raw), start  # a cell begins with it
    assert ",'" not in raw and "\"'" not in raw
    # The CSV and Parquet files of every table hold the same cells.
    for name in ("documents", "passages", "claims", "mentions", "quantities", "times"):
        parquet = payload.table(name)
        from_csv = pd.read_csv(
            payload.release / "data" / "csv" / f"{name}.csv", dtype=str, keep_default_na=False
        )
        assert list(from_csv.columns) == list(parquet.columns), name
        for column in parquet.columns:
            expected = parquet[column].astype(object).where(parquet[column].notna(), "")
            cells = [
                v.date().isoformat() if isinstance(v, pd.Timestamp) else str(v) for v in expected
            ]
            assert from_csv[column].tolist() == cells, (name, column)


def test_excel_safe_export_neutralises_formula_cells_and_says_so(
    payload: Payload, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = payload.table("claims")
    risky = claims.text.str.startswith(("=", "+", "-", "@", "\t", "\r"))
    risky_speakers = claims.speaker.fillna("").str.startswith(("=", "+", "-", "@"))
    assert risky.sum() == 4 and not risky_speakers.any()
    out = tmp_path / "export" / "claims.csv"
    assert main(["export", str(payload.release), "claims", "--to", str(out), "--excel-safe"]) == 0
    said = capsys.readouterr().out
    assert f"wrote {len(claims)} rows" in said and "4 cells neutralised" in said
    rows = _csv_rows(out)
    assert len(rows[0]) == 1 and rows[0][0].startswith("# excel-safe copy of claims")
    assert "= + - @" in rows[0][0] and "leading '" in rows[0][0]
    assert rows[1] == list(claims.columns)
    text_at = rows[1].index("text")
    exported = [row[text_at] for row in rows[2:]]
    for cell, original, neutralise in zip(exported, claims.text, risky, strict=True):
        assert cell == (f"'{original}" if neutralise else original)
    assert not any(c.startswith(("=", "+", "-", "@")) for row in rows[2:] for c in row)
    # The release itself is untouched, and a plain export keeps the cells as they are.
    assert verify_release(payload.release) == []
    plain = tmp_path / "plain.csv"
    assert main(["export", str(payload.release), "claims", "--to", str(plain)]) == 0
    assert [row[text_at] for row in _csv_rows(plain, skip=1)] == list(claims.text)


def test_export_of_a_missing_release_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.csv"
    assert main(["export", str(tmp_path / "nowhere"), "claims", "--to", str(out)]) == 1
    assert "nowhere: no such release folder" in capsys.readouterr().err
    assert not out.exists()


def test_the_dataset_card_explains_spreadsheet_safety(payload: Payload) -> None:
    card = (payload.release / "README.md").read_text(encoding="utf-8")
    section = card[card.index("## Spreadsheet safety") :]
    section = section[: section.index("\n## ", 3)]
    for needed in ("`=`", "`+`", "`-`", "`@`", "identical", "Parquet", "--excel-safe"):
        assert needed in section, needed
    page = (payload.site / "index.html").read_text(encoding="utf-8")
    assert "<h3>Spreadsheet safety</h3>" in page
    assert "<code>interview-claims export --excel-safe</code>" in page
