"""The site as a researcher uses it, on a release of thirteen interviews (the interviews written
for the tests, the committed source and one full of markup payloads in its text and every
metadata field), driven in a real headless Chromium through the DevTools protocol: click a
claim, type into the search box, press Back, open a permanent link, a narrow screen.

Two releases are published: 1.0.0 with every claim, 1.1.0 without one (``dropped``), so that a
permanent link to a claim a later release removed can be followed back."""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest

from pipeline.access import site_data
from pipeline.access.site import CSP
from pipeline.cli import main
from pipeline.extraction import extract_source
from pipeline.publish.files import read_tables, sha256_file
from pipeline.publish.release import publish
from pipeline.publish.tables import Tables, combine, typed
from tests.browser import Browser, browser, marks, needs_chromium, parse, static_host
from tests.conftest import INTERVIEWS, SOURCES
from tests.test_security import IMG_ID, META, PAYLOADS, SCRIPT, SVG, TEXT, TEXTAREA
from tests.test_security import SOURCE_ID as HOSTILE

EPOCH = "1704153600"
CHUNK = 100  # claims per data file: small, so that paging loads several files
SHARD_BYTES = 300  # so small that the word index's larger shards are split by three letters
HOSTILE_ENTITY = f"Voss {SCRIPT} Foundation {IMG_ID}"
HOSTILE_UNIT = f"{SVG} barrel"
HOSTILE_META = {
    **META,
    "interviewer": f"Tom Reed {TEXTAREA}{SCRIPT}",
    "license": "unknown",
}


@dataclass(frozen=True)
class Ten:
    site: Path
    outputs: Path
    tables: Tables  # of 1.0.0, which holds every claim
    dropped: str  # the claim 1.1.0 no longer has

    @property
    def claims(self) -> pd.DataFrame:
        return self.tables["claims"]

    def latest(self, name: str) -> pd.DataFrame:
        return read_tables(self.outputs / "releases" / "1.1.0", (name,))[name]


def _hostile_extras(tables: Tables) -> Tables:
    """Markup in an entity's name and a quantity's unit too (the extractor takes names from its
    gazetteer and units from its lexicon, so they are put there by hand)."""
    out = dict(tables)
    claims = tables["claims"]
    hostile_claims = set(claims.claim_id[claims.source_id == HOSTILE])
    mentions = tables["mentions"]
    (entity_id,) = mentions.entity_id[mentions.claim_id.isin(hostile_claims)].iloc[:1]
    entities = tables["entities"].copy()
    entities.loc[entities.entity_id == entity_id, "name"] = HOSTILE_ENTITY
    out["entities"] = typed("entities", entities)
    quantities = tables["quantities"].copy()
    row = quantities.index[quantities.claim_id.isin(hostile_claims)][0]
    quantities.loc[row, "unit"] = HOSTILE_UNIT
    out["quantities"] = typed("quantities", quantities)
    return out


@pytest.fixture(scope="module")
def ten(tmp_path_factory: pytest.TempPathFactory) -> Ten:
    import yaml

    root = tmp_path_factory.mktemp("ten")
    sources = root / "sources"
    sources.mkdir()
    for folder in (INTERVIEWS, INTERVIEWS / "heldout", SOURCES):
        for text in folder.glob("*.txt"):
            shutil.copy(text, sources)
            shutil.copy(text.with_suffix(".yaml"), sources)
    (sources / f"{HOSTILE}.txt").write_text(TEXT, encoding="utf-8")
    (sources / f"{HOSTILE}.yaml").write_text(
        yaml.safe_dump(HOSTILE_META, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    ids = sorted(p.stem for p in sources.glob("*.txt"))
    assert len(ids) >= 10
    tables = _hostile_extras(combine(extract_source(sources, sid) for sid in ids))
    claims = tables["claims"]
    dropped = str(claims.claim_id[claims.source_id != HOSTILE].iloc[5])
    fewer = {name: frame.copy() for name, frame in tables.items()}
    for name in ("claims", "mentions", "quantities", "times"):
        fewer[name] = typed(name, fewer[name][fewer[name]["claim_id"] != dropped])
    outputs = root / "outputs"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        assert publish(tables, outputs).version == "1.0.0"
        assert publish(fewer, outputs).version == "1.1.0"
        patch.setattr(site_data, "CHUNK", CHUNK)
        patch.setattr(site_data, "SHARD_BYTES", SHARD_BYTES)
        site = root / "site"
        assert main(["site", "--to", str(site), "--outputs", str(outputs)]) == 0
    published = read_tables(outputs / "releases" / "1.0.0")
    return Ten(site=site, outputs=outputs, tables=published, dropped=dropped)


def _shown(value: object) -> str:
    """A value as the page writes it: dates as ISO dates, a missing value as a dash."""
    if value is None or value != value:
        return "—"
    return value.date().isoformat() if isinstance(value, pd.Timestamp) else str(value)


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


# --- the pages as written ------------------------------------------------------------------


def test_index_puts_downloads_and_citation_first_then_the_interviews(ten: Ten) -> None:
    page = (ten.site / "index.html").read_text(encoding="utf-8")
    at = {key: page.index(f'<section id="{key}">') for key in ("download", "cite", "interviews")}
    assert at["download"] < at["cite"] < at["interviews"] < page.index('id="overview"')
    assert at["cite"] < 20_000, "the citation comes before any long list"
    for line in (ten.outputs / "releases/1.1.0/SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert f'<a href="releases/1.1.0/{name}">' in page and digest in page
    own = sha256_file(ten.outputs / "releases/1.1.0/SHA256SUMS")
    assert re.search(
        rf'>SHA256SUMS</a></td><td>[^<]+</td><td><code class="hash">{own}</code>', page
    ), "the SHA256SUMS row shows its own checksum"
    rows = re.findall(r"<tr><td><a href=\"claims\.html#doc=([a-z0-9-]+)\">(.*?)</tr>", page)
    documents = ten.tables["documents"]
    assert [r[0] for r in rows] == list(documents.source_id)
    counts = ten.latest("claims").source_id.value_counts()
    for (source_id, row), doc in zip(rows, documents.itertuples(), strict=True):
        cells = [_text(c) for c in re.findall(r"<td>(.*?)</td>", "<td>" + row)]
        assert cells[0] == doc.title
        assert cells[1:6] == [
            _shown(v)
            for v in (doc.interviewee, doc.interviewer, doc.interview_date, doc.publisher,
                      doc.license)
        ]  # fmt: skip
        assert cells[6] == f"{counts.get(source_id, 0):,}"
    assert '<a href="v/1.0.0/claims.html">' in page and '<a href="v/1.1.0/index.html">' in page


def test_release_pages_show_changelog_and_card_as_html(ten: Ten) -> None:
    for version in ("1.0.0", "1.1.0"):
        page = (ten.site / "v" / version / "index.html").read_text(encoding="utf-8")
        changelog = page[page.index('<section id="changelog">') : page.index('<section id="card">')]
        assert "<h2>Changelog</h2>" in changelog and f"<h3>{version} (" in changelog
        assert "<li>" in changelog and "\n## " not in changelog and "\n- " not in changelog
        card = page[page.index('<section id="card">') :]
        assert f"<h2>Interview Claims {version}</h2>" in card and "<table>" in card
        assert f'href="../../releases/{version}/data/csv/claims.csv"' in page


def test_every_page_carries_the_policy_and_only_the_sites_own_files(ten: Ten) -> None:
    meta = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    pages = sorted(ten.site.rglob("*.html"))
    assert len(pages) == 2 + 2 * 2
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert text.count(meta) == 1 and text.index(meta) < text.index("<link"), page
        for tag, attrs in parse(text).elements:
            for key in ("src", "href"):
                link = attrs.get(key, "") if tag in ("script", "link") else ""
                assert not re.match(r"^[a-z]+:|^//", link), (page, link)
    for chart in ten.site.rglob("*.svg"):
        svg = chart.read_text(encoding="utf-8")
        assert "<script" not in svg and " on" not in svg.replace(" one", ""), chart


def test_the_data_is_split_so_that_a_page_loads_only_what_it_shows(ten: Ten) -> None:
    page = (ten.site / "claims.html").read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S)
    assert found is not None and "<" not in found.group(1)
    manifest = json.loads(found.group(1))
    claims = ten.latest("claims")
    assert manifest["n"] == len(claims) and manifest["version"] == "1.1.0"
    assert claims.text.iloc[0] not in page, "claim texts are not in the page itself"
    files = sorted(p.name for p in (ten.site / "v/1.1.0/data").iterdir())
    chunks = [f for f in files if re.fullmatch(r"c\d+\.js", f)]
    assert len(chunks) == -(-len(claims) // CHUNK)
    assert {"entities.js", "times.js"} <= set(files)
    assert len([f for f in files if f.startswith("w-")]) == len(manifest["shards"])
    split = [k for k in manifest["shards"] if len(bytes.fromhex(k).decode()) == 3]
    assert split, "some shards were split by three letters"
    assert manifest["gone"] == {ten.dropped: "1.0.0"}
    assert ten.dropped not in json.dumps(manifest["docs"])


def test_charts_numbers_match_the_tables(ten: Ten) -> None:
    page = (ten.site / "index.html").read_text(encoding="utf-8")
    claims = ten.latest("claims")
    tables = page[page.index('<div class="counts">') :]
    for value, n in claims.claim_type.value_counts().items():
        assert f'<tr><th scope="row">{value}</th><td>{n:,}</td></tr>' in tables
    assert f'<tr><th scope="row">hedged</th><td>{int(claims.hedged.sum()):,}</td></tr>' in tables
    css = (ten.site / "v/1.1.0/charts.css").read_text(encoding="utf-8")
    assert 'url("charts/all.svg")' in css
    for source_id in ten.tables["documents"].source_id:
        assert (ten.site / "v/1.1.0/charts" / f"{source_id}.svg").is_file()


def test_newer_columns_are_used_when_a_release_has_them(ten: Ten) -> None:
    """Issue 17's period and question columns and issue 15's confidences, as a 2.x release
    has them: the page shows and filters by them."""
    tables = ten.tables
    assert {"type_confidence", "hedged_confidence"} <= set(tables["claims"].columns)
    assert {"start_iso", "period_start", "granularity"} <= set(tables["times"].columns)
    data = site_data.ReleaseData(tables)
    manifest = data.manifest(version="2.0.0", released="2025-01-01", gone={})
    assert len(manifest["conf"]) == len(tables["claims"]) and manifest["conf"].isdigit()
    assert "hedged_confidence" in manifest["more"]
    assert all(isinstance(d["interview_date"], str) for d in manifest["docs"])
    chunk = data.chunk(0)
    timed = [c for c in chunk["claims"] if c["times"]]
    granularities = {"day", "month", "year", "decade", "century", None}
    assert timed and all(t[5] in granularities for c in timed for t in c["times"])
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(t[3])) for c in timed for t in c["times"])
    json.dumps(chunk)  # every value is plain JSON


# --- in the browser ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with browser(tmp_path_factory.mktemp("profile")) as driven:
        yield driven


@pytest.fixture
def page(chromium: Browser) -> Iterator[Browser]:
    chromium.screen(1200, 900)
    chromium.problems()
    yield chromium
    assert chromium.problems() == [], "the page logged an error"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _search(ten: Ten, query: str) -> list[str]:
    """What the search box finds: each word begins a word of the claim, its interview's title
    or people, or its speaker; claims holding every word themselves come first."""
    claims = ten.latest("claims")
    docs = ten.tables["documents"].set_index("source_id")
    first, then = [], []
    for c in claims.itertuples():
        doc = docs.loc[c.source_id]
        own = _words(c.text)
        around = own + _words(
            " ".join(str(v or "") for v in (doc.title, doc.interviewee, doc.interviewer,
                                            doc.publisher, c.speaker))
        )  # fmt: skip
        if all(any(w.startswith(q) for w in around) for q in _words(query)):
            own_hit = all(any(w.startswith(q) for w in own) for q in _words(query))
            (first if own_hit else then).append(c.claim_id)
    return first + then


def _listed(page: Browser) -> list[str]:
    return list(
        page.evaluate("[...document.querySelectorAll('#list li.claim')].map(e => e.dataset.claim)")
    )


@needs_chromium
def test_the_list_names_interview_and_speaker_and_pages_through_every_claim(
    ten: Ten, page: Browser
) -> None:
    claims = ten.latest("claims")
    page.open((ten.site / "claims.html").as_uri())
    pages = -(-len(claims) // 100)
    assert page.evaluate("document.getElementById('count').textContent") == (
        f"{len(claims):,} of {len(claims):,} claims, page 1 of {pages}"
    )
    assert _listed(page) == list(claims.claim_id[:100])
    docs = ten.tables["documents"].set_index("source_id")
    tags = page.evaluate("[...document.querySelectorAll('#list .tags')].map(e => e.textContent)")
    for tag, claim in zip(tags, claims.itertuples(), strict=False):
        title = docs.title[claim.source_id]
        speaker = "unknown speaker" if pd.isna(claim.speaker) else claim.speaker
        assert tag.startswith(f"{title} · {speaker} ("), tag
    seen = _listed(page)
    for number in range(2, pages + 1):
        before = page.rendered()
        page.click("#pager a[rel=next]")
        page.settle(before)
        assert page.evaluate("document.getElementById('list').start") == (number - 1) * 100 + 1
        seen += _listed(page)
    assert seen == list(claims.claim_id)
    # Numbers of six digits fit in the list's margin (they were clipped from 10 on).
    assert (
        page.evaluate("parseFloat(getComputedStyle(document.getElementById('list')).paddingLeft)")
        >= 64
    )


@needs_chromium
def test_clicking_a_claim_opens_it_to_cite_and_back_closes_it(ten: Ten, page: Browser) -> None:
    claims = ten.latest("claims")
    quantities = ten.latest("quantities")
    times = ten.latest("times")
    mentions = ten.latest("mentions")
    rich = claims[
        claims.claim_id.isin(quantities.claim_id)
        & claims.claim_id.isin(times.claim_id)
        & claims.claim_id.isin(mentions.claim_id)
    ]
    claim = rich.iloc[0] if len(rich) else claims[claims.claim_id.isin(quantities.claim_id)].iloc[0]
    doc = ten.tables["documents"].set_index("source_id").loc[claim.source_id]
    page.open(f"{ten.site.as_uri()}/claims.html#doc={claim.source_id}")
    history = page.history_length()
    before = page.rendered()
    page.click(f'li.claim[data-claim="{claim.claim_id}"] > a')
    page.settle(before)
    assert page.history_length() == history + 1
    detail = page.evaluate("document.getElementById('detail').outerHTML")
    assert marks(detail) == [claim.text]
    for q in quantities[quantities.claim_id == claim.claim_id].itertuples():
        assert (
            f'<mark class="qty" title="quantity">{html.escape(q.text, quote=False)}</mark>'
            in detail
        )
    text = _text(detail)
    assert f"Interview of {doc.interviewee}" in text and _shown(doc.interview_date) in text
    assert "Release 1.1.0 (2024-01-02), claim " + claim.claim_id in text
    permalink = page.evaluate("document.querySelector('#detail a.permalink').href")
    assert permalink == f"{ten.site.as_uri()}/v/1.1.0/claims.html#claim={claim.claim_id}"
    apa = page.evaluate("document.getElementById('claim-apa').textContent")
    bibtex = page.evaluate("document.getElementById('claim-bibtex').textContent")
    assert "(Version 1.1.0)" in apa and f"Claim {claim.claim_id}. {permalink}" in apa
    assert bibtex.startswith(f"@misc{{interview_claims_1_1_0_{claim.claim_id},")
    assert f"url = {{{permalink}}}" in bibtex and "version = {1.1.0}" in bibtex
    named = mentions[mentions.claim_id == claim.claim_id]
    if len(named):
        # An entity is a link to every claim that names it.
        entities = ten.latest("entities").set_index("entity_id").name
        name = entities[named.entity_id.iloc[0]]
        before = page.rendered()
        page.click(f'#detail .entities a[title="Every claim that names {name}"]')
        page.settle(before)
        expected = set(mentions.claim_id[mentions.entity_id.isin(entities.index[entities == name])])
        assert set(_listed(page)) == expected
        before = page.rendered()
        page.back()
        page.settle(before)
        assert page.evaluate("location.hash") == f"#doc={claim.source_id}&claim={claim.claim_id}"
    before = page.rendered()
    page.back()
    page.settle(before)
    assert page.evaluate("location.hash") == f"#doc={claim.source_id}"
    assert page.evaluate("document.getElementById('detail').hidden")


@needs_chromium
def test_typing_replaces_history_and_searches_claims_titles_and_names(
    ten: Ten, page: Browser
) -> None:
    page.open((ten.site / "claims.html").as_uri())
    history = page.history_length()
    before = page.rendered()
    page.type("#q", "drought farm")
    page.wait_for("location.hash === '#q=drought+farm'")
    page.settle(before)
    page.wait_for("document.getElementById('list').dataset.q !== undefined || true")
    assert page.history_length() == history, "each keystroke replaced the entry"
    assert page.evaluate("document.getElementById('q').value") == "drought farm"
    expected = _search(ten, "drought farm")
    assert 0 < len(expected) < len(ten.latest("claims"))
    page.wait_for(f"document.getElementById('count').textContent.startsWith('{len(expected)} of')")
    assert _listed(page) == expected[:100]
    # A name finds the interview's claims (Lucía Ferrer is an interviewee, not in any claim).
    before = page.rendered()
    page.evaluate("document.getElementById('q').value = ''")
    page.type("#q", "ferrer")
    page.wait_for("location.hash === '#q=ferrer'")
    page.settle(before)
    assert set(_listed(page)) == set(_search(ten, "ferrer")[:100]) and _listed(page)
    # Two-letter words read every part of a split shard; three letters one part.
    for query in ("in", "th", "inf", "the wa"):
        before = page.rendered()
        page.open(f"{ten.site.as_uri()}/claims.html#q={quote(query)}")
        expected = _search(ten, query)
        assert _listed(page) == expected[:100], query
        assert (
            page.evaluate("document.getElementById('count').textContent").startswith(
                f"{len(expected):,} of"
            )
            or not expected
        ), query
    page.open((ten.site / "claims.html").as_uri())
    history = page.history_length()
    before = page.rendered()
    page.type("#q", "ferrer")
    page.wait_for("location.hash === '#q=ferrer'")
    page.settle(before)
    # A filter chosen is a step of its own: Back returns to the search as it was.
    before = page.rendered()
    page.choose("#type", "predictive")
    page.settle(before)
    assert page.history_length() == history + 1
    before = page.rendered()
    page.back()
    page.settle(before)
    assert page.evaluate("location.hash") == "#q=ferrer"
    assert page.evaluate("document.getElementById('type').value") == ""


@needs_chromium
def test_interview_view_filters_and_shows_its_chart_and_numbers(ten: Ten, page: Browser) -> None:
    claims = ten.latest("claims")
    source_id = "ferrer-spain-drought-2023"
    mine = claims[claims.source_id == source_id]
    speaker = mine.speaker[mine.speaker_role == "interviewee"].iloc[0]
    url = f"{ten.site.as_uri()}/claims.html#doc={source_id}&speaker={quote(speaker)}&hedged=no"
    page.open(url)
    expected = mine[(mine.speaker == speaker) & ~mine.hedged]
    assert _listed(page) == list(expected.claim_id)
    panel = page.evaluate("document.getElementById('interview').outerHTML")
    assert "Lucía Ferrer" in _text(panel)
    style = page.evaluate("document.querySelector('#interview .chart').style.backgroundImage")
    assert style == f'url("v/1.1.0/charts/{source_id}.svg")'
    loaded = page.evaluate(
        "(function () { var c = document.querySelector('#interview .chart');"
        " return c.getBoundingClientRect().height; })()"
    )
    assert loaded > 100, "the chart box has the figure's height"
    for value, n in mine.claim_type.value_counts().items():
        assert f'<tr><th scope="row">{value}</th><td>{n}</td></tr>' in panel
    # The period filter: claims whose times talk about a year in the range.
    times = site_data.time_years(ten.latest("times"))
    years = sorted({first for _, first, _ in times})
    year = years[len(years) // 2]
    page.open(f"{ten.site.as_uri()}/claims.html#from={year}&to={year}")
    expected_ids = {c for c, first, last in times if first <= year <= last}
    assert set(_listed(page)) == expected_ids and expected_ids


@needs_chromium
def test_a_permalink_to_a_claim_a_later_release_dropped_leads_to_the_release_that_has_it(
    ten: Ten, page: Browser
) -> None:
    page.open(f"{ten.site.as_uri()}/v/1.1.0/claims.html#claim={ten.dropped}")
    notice = page.evaluate("document.getElementById('notice').textContent")
    assert f"Claim {ten.dropped} is not in release 1.1.0: a later release dropped it." in notice
    assert page.evaluate("document.getElementById('detail').hidden")
    page.click("#elsewhere")
    page.wait_for("location.pathname.endsWith('/v/1.0.0/claims.html')")
    page.wait_for("document.body.getAttribute('data-rendered')")
    page.wait_for("!document.getElementById('detail').hidden")
    claim = ten.claims.set_index("claim_id").loc[ten.dropped]
    assert marks(page.evaluate("document.getElementById('detail').outerHTML")) == [claim.text]
    assert page.evaluate("document.getElementById('notice').hidden")
    # Over HTTP too, from the root page of the latest release.
    with static_host(ten.site) as host:
        page.open(f"{host}/claims.html#claim={ten.dropped}")
        link = page.evaluate("document.getElementById('elsewhere').href")
        assert link == f"{host}/v/1.0.0/claims.html#claim={ten.dropped}"


@needs_chromium
def test_unknown_link_values_are_shown_and_no_match_says_so(ten: Ten, page: Browser) -> None:
    claims = ten.latest("claims")
    page.open(f"{ten.site.as_uri()}/claims.html#hedged=true&type=Predictive&colour=red")
    notice = page.evaluate("document.getElementById('notice').innerText")
    assert "hedged=true: not a value of this filter (it takes yes or no)" in notice
    assert "type=Predictive: not a value of this filter (it takes one of factual," in notice
    assert "colour=red: this page has no filter called colour" in notice
    assert page.evaluate("document.getElementById('count').textContent").startswith(
        f"{len(claims):,} of {len(claims):,} claims"
    )
    page.open(f"{ten.site.as_uri()}/claims.html#q=zzzzqqq")
    count = page.evaluate("document.getElementById('count').textContent")
    assert count.startswith(f"No claim of the {len(claims):,} in this release matches")
    assert _listed(page) == []


@needs_chromium
def test_on_a_narrow_screen_the_claim_opens_where_it_was_tapped(ten: Ten, page: Browser) -> None:
    page.screen(400, 800, mobile=True)
    page.open((ten.site / "claims.html").as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    claim = ten.latest("claims").claim_id.iloc[40]
    before = page.rendered()
    page.click(f'li.claim[data-claim="{claim}"] > a')
    page.settle(before)
    where = page.evaluate(
        "(function () { var d = document.getElementById('detail');"
        " return [d.parentNode.dataset.claim, d.getBoundingClientRect().top, innerHeight]; })()"
    )
    assert where[0] == claim, "the detail opens inside the tapped item"
    assert 0 <= where[1] < where[2], "and on screen"
    other = ten.latest("claims").claim_id.iloc[12]
    before = page.rendered()
    page.click(f'li.claim[data-claim="{other}"] > a')
    page.settle(before)
    assert page.evaluate("document.getElementById('detail').parentNode.dataset.claim") == other
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    page.open((ten.site / "index.html").as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 400


@needs_chromium
@pytest.mark.parametrize("how", ["file", "http"])
def test_markup_in_every_field_stays_text(ten: Ten, page: Browser, how: str) -> None:
    claims = ten.latest("claims")
    hostile = claims[claims.source_id == HOSTILE]
    quantities = ten.latest("quantities")
    unit_claim = quantities.claim_id[quantities.unit == HOSTILE_UNIT].iloc[0]
    with static_host(ten.site) as host:
        base = ten.site.as_uri() if how == "file" else host
        page.open(f"{base}/index.html")
        dom = page.dom()
        _inert(dom)
        assert html.escape(HOSTILE_META["interviewer"], quote=False) in dom
        assert html.escape(META["publisher"], quote=False) in dom
        page.open(f"{base}/claims.html#doc={HOSTILE}&claim={unit_claim}")
        dom = page.dom()
        _inert(dom)
        assert page.evaluate("document.title") == "Claims — Interview Claims 1.1.0"
        assert _listed(page) == list(hostile.claim_id)
        for text in PAYLOADS.values():
            assert html.escape(text, quote=False) in dom
        detail = page.evaluate("document.getElementById('detail').textContent")
        assert HOSTILE_UNIT in detail and META["title"] in detail
        panel = page.evaluate("document.getElementById('interview').textContent")
        assert HOSTILE_META["interviewer"] in panel and META["interviewee"] in panel
        options = page.evaluate(
            "[...document.querySelectorAll('#entity option, #speaker option, #doc option')]"
            ".map(o => o.textContent)"
        )
        assert HOSTILE_ENTITY in options and META["interviewee"] in options
        page.open(f"{base}/claims.html#entity={quote(HOSTILE_ENTITY)}")
        _inert(page.dom())
        assert _listed(page), "the entity with markup in its name filters like any other"
        assert page.evaluate("document.getElementById('notice').hidden")


def _inert(dom: str) -> None:
    parsed = parse(dom)
    tags = [tag for tag, _ in parsed.elements]
    for tag in ("img", "svg", "iframe", "textarea", "object", "embed"):
        assert tag not in tags, tag
    for tag, attrs in parsed.elements:
        assert attrs.get("id") != "pwned" and "data-pwned" not in attrs, (tag, attrs)
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for key in ("href", "src"):
            assert not attrs.get(key, "").lower().startswith("javascript:"), attrs
    assert "pwned" not in parsed.title
