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
from typing import Any
from urllib.parse import quote

import pandas as pd
import pytest

from pipeline.access import site_data
from pipeline.access.site import CSP
from pipeline.cli import main
from pipeline.evaluation.benchmark import annotation_id
from pipeline.evaluation.scoring import locate, read_gold, score_tables
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


GOLD = {  # the interviews given gold claims, and their split
    "ferrer-spain-drought-2023": "dev",
    "kaur-rail-tunnel-radio-2024": "test",
    HOSTILE: "reference",
}
HOSTILE_GOLD_ENTITY = f"Voss {SVG} Trust {SCRIPT}"


@dataclass(frozen=True)
class Ten:
    site: Path
    outputs: Path
    tables: Tables  # of 1.0.0, which holds every claim
    dropped: str  # the claim 1.1.0 no longer has
    texts: dict[str, str]  # every document's text (the hostile one's is withheld in releases)
    gold: dict[str, list[dict[str, object]]]  # source_id -> its gold records, as gold files are

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


def _gold_records(tables: Tables) -> dict[str, list[dict[str, object]]]:
    """Gold records as a gold file has them: the test interviews' own gold files, and for the
    hostile interview its claims as gold (markup in an entity's name and a unit) but for one,
    whose first few words stand for a gold claim no claim matches."""
    out: dict[str, list[dict[str, object]]] = {}
    for source_id in GOLD:
        if source_id != HOSTILE:
            out[source_id] = read_gold(INTERVIEWS / f"{source_id}.gold.jsonl")
    claims = tables["claims"][tables["claims"].source_id == HOSTILE]
    records: list[dict[str, object]] = []
    for k, claim in enumerate(claims.itertuples()):
        text = str(claim.text)
        if k == 1:
            text = text[: max(4, len(text) // 4)]
        records.append(
            {
                "speaker_role": claim.speaker_role,
                "text": text,
                "claim_type": "evaluative" if k == 2 else claim.claim_type,
                "hedged": bool(claim.hedged) != (k == 3),
                "quantities": [{"text": "12%", "value": 12, "value_low": None,
                                "value_high": None, "unit": HOSTILE_UNIT}] if k == 0 else [],
                "times": [],
                "entities": [{"text": "Voss", "name": HOSTILE_GOLD_ENTITY,
                              "type": f"{IMG_ID}"}] if k == 0 else [],
            }
        )  # fmt: skip
    out[HOSTILE] = records
    return out


def _gold_tables(texts: dict[str, str], gold: dict[str, list[dict[str, object]]]) -> Tables:
    """The benchmark tables of a release from 2.1.0, made from ``gold`` as the build makes
    them (offsets located in the document's text), with agreement figures of two passes."""
    rows = []
    for source_id, records in gold.items():
        text = texts[source_id]
        for seq, record in enumerate(records):
            start, end = locate(text, str(record["text"]), int(str(record.get("occurrence", 0))))
            rows.append(
                {
                    "annotation_id": annotation_id(source_id, start, end),
                    "source_id": source_id,
                    "seq": seq,
                    "split": GOLD[source_id],
                    "speaker_role": record["speaker_role"],
                    "text": text[start:end],
                    "char_start": start,
                    "char_end": end,
                    "claim_type": record["claim_type"],
                    "hedged": bool(record["hedged"]),
                    **{k: json.dumps(record.get(k) or []) for k in ("quantities", "times",
                                                                     "entities")},
                    "codebook_version": "2.0.0",
                }
            )  # fmt: skip
    agreement = [
        {"source_id": source_id, "annotation_pass": name, "claims_f1": 0.9 + k / 100,
         "speaker_role_accuracy": 1.0, "claim_type_accuracy": 0.875, "hedged_f1": None,
         "quantities_f1": 0.5, "times_f1": 2 / 3, "entities_f1": 0.0}
        for k, source_id in enumerate(sorted(gold)) for name in ("a", "b")
    ]  # fmt: skip
    annotations = typed("annotations", rows).sort_values(["source_id", "seq"])
    return {
        "annotations": typed("annotations", annotations.reset_index(drop=True)),
        "annotation_agreement": typed("annotation_agreement", agreement),
    }


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
    texts = dict(zip(tables["documents"].source_id, tables["documents"].text, strict=True))
    gold = _gold_records(tables)
    tables = {**tables, **_gold_tables(texts, gold)}  # a release from 2.1.0 has its gold
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
    return Ten(
        site=site, outputs=outputs, tables=published, dropped=dropped, texts=texts, gold=gold
    )


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
    # one character per claim: the tenth its confidence reaches, "a" for a confidence of 1.0
    # (a model sure to four decimals), which the page reads as above every threshold
    assert len(manifest["conf"]) == len(tables["claims"])
    for symbol, value in zip(manifest["conf"], tables["claims"]["type_confidence"], strict=True):
        tenth = "0123456789a".index(symbol)
        assert tenth / 10 <= value and (value < (tenth + 1) / 10 or tenth == 10), (symbol, value)
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
    chromium.forget_history()
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
    # Shards split letter by letter (SHARD_BYTES is tiny here): a word of any length finds its
    # shard, a word whose letters go on where no shard does finds nothing, without a file.
    for query in ("in", "th", "inf", "the wa", "wate", "water", "drough", "waterzz", "zq"):
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
        # Its gold claims: markup in their text, an entity's name and type, a unit.
        page.open(f"{base}/claims.html#doc={HOSTILE}&gold=1&claim={unit_claim}")
        dom = page.dom()
        _inert(dom)
        gold = page.evaluate("document.getElementById('gold-view').textContent")
        assert HOSTILE_GOLD_ENTITY in gold and HOSTILE_UNIT in gold and IMG_ID in gold
        assert PAYLOADS["script"] in gold
        assert page.evaluate("document.title") == "Claims — Interview Claims 1.1.0"


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


# --- the gold claims (a release from 2.1.0) -------------------------------------------------


def _scored(ten: Ten, source_id: str) -> dict[str, Any]:
    """The project's scorer on the latest release's claims of one interview against its gold."""
    tables = {name: ten.latest(name) for name in ("claims", "quantities", "times", "mentions",
                                                  "entities")}  # fmt: skip
    documents = ten.latest("documents").assign(text=lambda d: d.source_id.map(ten.texts))
    return score_tables({**tables, "documents": documents}, ten.gold[source_id], source_id)


def _cells(fragment: str, tag: str = "td") -> list[str]:
    return [_text(c) for c in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", fragment, flags=re.S)]


def test_release_page_shows_the_benchmark(ten: Ten) -> None:
    page = (ten.site / "index.html").read_text(encoding="utf-8")
    assert '<a href="#benchmark">Benchmark</a>' in page
    section = page[page.index('<section id="benchmark">') :]
    section = section[: section.index("</section>")]
    gold = ten.latest("annotations")
    agreement = ten.latest("annotation_agreement")
    claims = ten.latest("claims")
    assert "codebook (version 2.0.0" in _text(section) and f"{len(gold):,} claims" in section
    assert 'href="releases/1.1.0/codebook.md"' in section
    # Gold claims per split: interviews, gold claims, the release's claims in them, and how
    # many gold claims a claim matches, as the scorer counts them.
    splits = section[section.index('class="gold-splits"') : section.index("</table>")]
    rows = re.findall(r"<tr><th scope=\"row\">(\w+)</th>(.*?)</tr>", splits)
    assert [r[0] for r in rows] == ["test", "dev", "reference"]
    for split, cells in rows:
        docs = sorted(set(gold.source_id[gold.split == split]))
        matched = sum(_scored(ten, d)["claims"]["tp"] for d in docs)
        assert _cells(cells) == [
            str(len(docs)),
            f"{(gold.split == split).sum():,}",
            f"{claims.source_id.isin(docs).sum():,}",
            f"{matched:,}",
        ], split
    # Agreement: one row per interview and pass, every measure with three places.
    table = section[section.index('class="agreement"') :]
    body = table[table.index("<tbody>") : table.index("</tbody>")]
    titles = ten.tables["documents"].set_index("source_id").title
    shown = [_cells(r) for r in re.findall(r"<tr>(.*?)</tr>", body)]
    assert len(shown) == len(agreement)
    for cells, row in zip(shown, agreement.itertuples(), strict=True):
        figures = [row.claims_f1, row.speaker_role_accuracy, row.claim_type_accuracy,
                   row.hedged_f1, row.quantities_f1, row.times_f1, row.entities_f1]  # fmt: skip
        assert cells == [
            titles[row.source_id],
            row.annotation_pass,
            *("—" if pd.isna(f) else f"{f:.3f}" for f in figures),
        ]
    assert f'href="claims.html#doc={HOSTILE}&amp;gold=1"' in body
    means = _cells(table[table.index("<tfoot>") : table.index("</tfoot>")])
    a = agreement[agreement.annotation_pass == "a"]
    assert means[:3] == ["a", f"{a.claims_f1.mean():.3f}", "1.000"] and "—" in means
    for name in ("annotations", "annotation_agreement"):
        for fmt in ("parquet", "csv"):
            href = f"releases/1.1.0/data/{fmt}/{name}.{fmt}"
            assert f'<a href="{href}">' in section and (ten.site / href).is_file()
    # Each release's own page has it too.
    own = (ten.site / "v/1.0.0/index.html").read_text(encoding="utf-8")
    assert (
        '<section id="benchmark">' in own
        and 'href="../../releases/1.0.0/data/csv/annotations.csv"' in own
    )


def _comparison(page: Browser) -> list[dict[str, Any]]:
    return list(
        page.evaluate(
            "[...document.querySelectorAll('#gold-view table.gold-compare tbody tr')].map(r => ({"
            " gold: (r.querySelector('td.gold-claim .text') || {}).textContent || null,"
            " goldTags: (r.querySelector('td.gold-claim .tags') || {}).textContent || null,"
            " claim: (r.querySelector('td.release-claim') || {dataset: {}}).dataset.claim || null,"
            " verdict: r.querySelector('td.verdict').textContent }))"
        )
    )


@needs_chromium
def test_an_interviews_gold_claims_show_beside_its_claims(ten: Ten, page: Browser) -> None:
    source_id = "ferrer-spain-drought-2023"
    gold = ten.latest("annotations")
    mine = gold[gold.source_id == source_id]
    claims = ten.latest("claims").set_index("claim_id")
    scored = _scored(ten, source_id)
    page.open((ten.site / "claims.html").as_uri())
    before = page.rendered()
    page.choose("#doc", source_id)
    page.settle(before)
    panel = page.evaluate("document.getElementById('interview').innerText")
    assert f"{len(mine)} (dev split; {scored['claims']['tp']} matched" in panel
    before = page.rendered()
    page.click("#gold-toggle")
    page.settle(before)
    assert page.evaluate("location.hash") == f"#doc={source_id}&gold=1"
    before = page.rendered()
    page.back()  # showing the gold is a step Back undoes
    page.settle(before)
    assert page.evaluate("location.hash") == f"#doc={source_id}"
    assert page.evaluate("document.getElementById('gold-view').hidden")
    before = page.rendered()
    page.click("#gold-toggle")
    page.settle(before)
    assert page.evaluate("document.getElementById('gold').checked")
    rows = _comparison(page)
    # Every gold claim of the interview, each with its role, type and hedging as published.
    assert sorted(r["gold"] for r in rows if r["gold"]) == sorted(mine.text)
    for r in rows:
        if r["gold"]:
            g = mine[mine.text == r["gold"]].iloc[0]
            hedged = "hedged" if g.hedged else "not hedged"
            assert r["goldTags"] == f"{g.speaker_role} · {g.claim_type}, {hedged}"
    # Pairs, misses and spurious claims are the scorer's.
    pairs = [r for r in rows if r["gold"] and r["claim"]]
    assert len(pairs) == scored["claims"]["tp"] > 0
    assert sorted(r["gold"] for r in rows if not r["claim"]) == sorted(scored["missed"])
    spurious = [claims.text[r["claim"]] for r in rows if not r["gold"]]
    assert sorted(spurious) == sorted(scored["spurious"])
    assert {r["claim"] for r in rows if r["claim"]} == set(
        ten.latest("claims").claim_id[ten.latest("claims").source_id == source_id]
    )
    for r in pairs:
        claim = claims.loc[r["claim"]]
        g = mine[mine.text == r["gold"]].iloc[0]
        assert ("type" in r["verdict"]) == (claim.claim_type != g.claim_type), r
        assert ("hedging" in r["verdict"]) == (bool(claim.hedged) != bool(g.hedged)), r
    # The list says which claims match; opening one from the comparison names its gold claim.
    tags = page.evaluate("[...document.querySelectorAll('#list .tags')].map(e => e.textContent)")
    assert sum("matches a gold claim" in t for t in tags) == len(pairs)
    pair = pairs[0]
    before = page.rendered()
    page.click(f'#gold-view td.release-claim[data-claim="{pair["claim"]}"] > a')
    page.settle(before)
    said = page.evaluate("document.getElementById('claim-gold').textContent")
    g = mine[mine.text == pair["gold"]].iloc[0]
    assert f"matches gold claim {g.annotation_id} ({g.speaker_role} · {g.claim_type}" in said
    # A claim no gold claim matches says so.
    lone = [r["claim"] for r in rows if not r["gold"]]
    if lone:
        page.open(f"{ten.site.as_uri()}/claims.html#doc={source_id}&claim={lone[0]}")
        said = page.evaluate("document.getElementById('claim-gold').textContent")
        assert "no gold claim of this interview matches this claim" in said
    # Unticking the box hides the gold.
    page.open(f"{ten.site.as_uri()}/claims.html#doc={source_id}&gold=1")
    before = page.rendered()
    page.click("#gold")
    page.settle(before)
    assert page.evaluate("location.hash") == f"#doc={source_id}"
    assert page.evaluate("document.getElementById('gold-view').hidden")


@needs_chromium
def test_the_gold_box_without_an_interview_lists_the_interviews_that_have_gold(
    ten: Ten, page: Browser
) -> None:
    page.open((ten.site / "claims.html").as_uri())
    before = page.rendered()
    page.click("#gold")
    page.settle(before)
    assert page.evaluate("location.hash") == "#gold=1"
    links = page.evaluate(
        "[...document.querySelectorAll('#gold-view ul.gold-interviews a')]"
        ".map(a => [a.textContent, a.getAttribute('href')])"
    )
    titles = ten.tables["documents"].set_index("source_id").title
    order = list(ten.tables["documents"].source_id)
    expected = sorted(GOLD, key=order.index)
    assert links == [[titles[s], f"#doc={s}&gold=1"] for s in expected]
    before = page.rendered()
    page.click(f'#gold-view a[href="#doc={expected[0]}&gold=1"]')
    page.settle(before)
    assert _comparison(page)
    # An interview without gold says so, and lists those that have it.
    other = next(s for s in order if s not in GOLD)
    page.open(f"{ten.site.as_uri()}/claims.html#doc={other}&gold=1")
    text = page.evaluate("document.getElementById('gold-view').textContent")
    assert "This interview has no gold claims" in text and titles[expected[0]] in text


@needs_chromium
def test_opening_a_listed_claim_loads_no_file_and_keeps_the_list(ten: Ten, page: Browser) -> None:
    """The list knows where its claims are and holds their files: opening one draws the
    detail alone (no id shard, no list redrawn)."""
    claims = ten.latest("claims")
    with static_host(ten.site) as host:
        page.open(f"{host}/claims.html#p=2")
        # The browser asks for /favicon.ico on its own, whenever it gets round to it: not the page.
        fetched = (
            "performance.getEntriesByType('resource').map(e => e.name)"
            ".filter(n => !n.endsWith('/favicon.ico'))"
        )
        before_files = set(page.evaluate(fetched))
        page.evaluate("document.querySelector('#list li.claim').__kept = 1")
        claim = claims.claim_id.iloc[107]
        before = page.rendered()
        page.click(f'li.claim[data-claim="{claim}"] > a')
        page.settle(before)
        assert set(page.evaluate(fetched)) == before_files, "no file was fetched"
        assert page.evaluate("document.querySelector('#list li.claim').__kept === 1")
        assert page.evaluate(f"document.querySelector('li.claim[data-claim=\"{claim}\"]')"
                             ".classList.contains('open')")  # fmt: skip
        assert marks(page.evaluate("document.getElementById('detail').outerHTML")) == [
            claims.text.iloc[107]
        ]
        # A permanent link opened afresh still finds it (its id shard).
        page.open(f"{host}/claims.html#claim={claim}")
        assert any("/data/i-" in name for name in page.evaluate(fetched))
        assert marks(page.evaluate("document.getElementById('detail').outerHTML")) == [
            claims.text.iloc[107]
        ]


def test_dense_postings_are_bitmaps_and_sparse_ones_gaps() -> None:
    def decode(coded: str, n: int) -> list[int]:
        if coded.startswith("~"):
            bits = [site_data.BASE64.index(ch) for ch in coded[1:]]
            return [i for i in range(n) if bits[i // 6] >> (i % 6) & 1]
        out, last = [], 0
        for part in coded.split("."):
            last += int(part, 36)
            out.append(last)
        return out

    n = 1000
    for positions in ([0, 5, 999], list(range(0, n, 2)), list(range(n)), [7]):
        coded = site_data.postings(positions, n)
        assert decode(coded, n) == positions
    assert site_data.postings(list(range(n)), n).startswith("~")
    assert len(site_data.postings(list(range(n)), n)) <= n // 6 + 2
    assert not site_data.postings([3, 900], n).startswith("~")


def test_a_release_whose_interviews_have_no_gold_says_so(ten: Ten) -> None:
    """Benchmark tables without rows (no interview of the release is annotated): the page
    says so, and the claim browser offers no comparison."""
    tables = {**ten.tables}
    tables["annotations"] = typed("annotations", [])
    tables["annotation_agreement"] = typed("annotation_agreement", [])
    data = site_data.ReleaseData(tables)
    assert data.benchmark() == {"codebook": [], "splits": [], "gold": 0}
    manifest = data.manifest(version="2.1.0", released="2026-12-05", gone={})
    assert manifest["gold"] is None and not any("gold" in d for d in manifest["docs"])
    assert all("gold" not in c for c in data.chunk(0)["claims"])


@needs_chromium
def test_the_gold_loads_only_when_it_is_shown(ten: Ten, page: Browser) -> None:
    """The data stays split: an interview's gold file is fetched when it is compared with
    its gold, and no other's."""
    order = list(ten.tables["documents"].source_id)
    source_id = "kaur-rail-tunnel-radio-2024"
    fetched = "performance.getEntriesByType('resource').map(e => e.name.split('/').pop())"
    with static_host(ten.site) as host:
        page.open(f"{host}/claims.html#doc={source_id}")
        assert not [f for f in page.evaluate(fetched) if re.fullmatch(r"g\d+\.js", f)]
        before = page.rendered()
        page.click("#gold-toggle")
        page.settle(before)
        gold = [f for f in page.evaluate(fetched) if re.fullmatch(r"g\d+\.js", f)]
        assert gold == [f"g{order.index(source_id)}.js"]
