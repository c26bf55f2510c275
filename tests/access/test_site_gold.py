"""The site of the committed releases: every release builds its pages, those without the
benchmark tables (1.x, 2.0.0) without a benchmark, and the newest release that has the gold
shows it, on its page and in its claim browser in Chromium, as its Parquet files hold it.

The releases are read, never written: the site is built into a temporary folder. Whatever is
published later, the test reads the figures from the releases themselves."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from pipeline.access.site import build_site
from pipeline.evaluation.scoring import score_tables
from pipeline.publish.files import read_tables
from pipeline.publish.index import read_index
from pipeline.publish.layout import release_tables
from tests.browser import Browser, browser, needs_chromium

OUTPUTS = Path(__file__).resolve().parents[2] / "outputs"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    to = tmp_path_factory.mktemp("committed") / "site"
    build_site(OUTPUTS, to)
    return to


def _versions() -> list[str]:
    return [str(e["version"]) for e in read_index(OUTPUTS / "releases")]


def _with_gold() -> str:
    """The newest committed release with the benchmark tables."""
    for version in _versions():
        if "annotations" in release_tables(OUTPUTS / "releases" / version):
            return version
    pytest.skip("no committed release has the benchmark tables")


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_every_release_builds_its_pages_with_a_benchmark_only_where_it_has_gold(
    site: Path,
) -> None:
    versions = _versions()
    assert {"1.0.0", "2.0.0"} <= set(versions)
    for version in versions:
        has = "annotations" in release_tables(OUTPUTS / "releases" / version)
        page = (site / "v" / version / "index.html").read_text(encoding="utf-8")
        claims = (site / "v" / version / "claims.html").read_text(encoding="utf-8")
        assert ('<section id="benchmark">' in page) == has, version
        assert ('id="gold"' in claims) == has, version
        assert bool(list((site / "v" / version / "data").glob("g*.js"))) == has, version


def test_the_benchmark_section_holds_the_releases_gold(site: Path) -> None:
    version = _with_gold()
    release = OUTPUTS / "releases" / version
    tables = read_tables(release, ("annotations", "annotation_agreement", "documents"))
    gold, agreement = tables["annotations"], tables["annotation_agreement"]
    page = (site / "v" / version / "index.html").read_text(encoding="utf-8")
    section = page[page.index('<section id="benchmark">') :]
    section = section[: section.index("</section>")]
    for codebook in set(gold.codebook_version):
        assert f"version {codebook}" in _text(section)
    splits = section[section.index('class="gold-splits"') : section.index("</table>")]
    for split, group in gold.groupby("split"):
        row = re.search(rf'<tr><th scope="row">{split}</th>(.*?)</tr>', splits)
        assert row is not None, split
        cells = [_text(c) for c in re.findall(r"<td>(.*?)</td>", row.group(1))]
        assert cells[:2] == [str(group.source_id.nunique()), f"{len(group):,}"]
    body = section[section.index("<tbody>", section.index('class="agreement"')) :]
    rows = re.findall(r"<tr>(.*?)</tr>", body[: body.index("</tbody>")])
    assert len(rows) == len(agreement)
    for row, expected in zip(rows, agreement.itertuples(), strict=True):
        cells = [_text(c) for c in re.findall(r"<td>(.*?)</td>", row)]
        assert cells[1] == expected.annotation_pass
        assert cells[2] == ("—" if pd.isna(expected.claims_f1) else f"{expected.claims_f1:.3f}")
        assert cells[5] == ("—" if pd.isna(expected.hedged_f1) else f"{expected.hedged_f1:.3f}")


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with browser(tmp_path_factory.mktemp("profile")) as driven:
        driven.screen(1280, 900)
        yield driven


@needs_chromium
def test_the_claim_browser_shows_an_interviews_gold_as_published(
    site: Path, chromium: Browser
) -> None:
    version = _with_gold()
    tables = read_tables(OUTPUTS / "releases" / version)
    gold, documents = tables["annotations"], tables["documents"]
    # An interview whose text the release carries, so that the scorer can run on it.
    open_texts = set(documents.source_id[documents.text.notna() & (documents.text != "")])
    source_id = next(s for s in dict.fromkeys(gold.source_id) if s in open_texts)
    mine = gold[gold.source_id == source_id]
    text = str(documents.set_index("source_id").text[source_id])
    records = [
        {
            **row,
            **{k: json.loads(row[k]) for k in ("quantities", "times", "entities")},
            "occurrence": text[: row["char_start"]].count(row["text"]),
        }
        for row in mine.to_dict("records")
    ]
    scored = score_tables(tables, records, source_id)
    page = chromium
    page.open((site / "v" / version / "claims.html").as_uri())
    before = page.rendered()
    page.choose("#doc", source_id)
    page.settle(before)
    before = page.rendered()
    page.click("#gold-toggle")
    page.settle(before)
    assert page.problems() == []
    rows = page.evaluate(
        "[...document.querySelectorAll('#gold-view table.gold-compare tbody tr')].map(r => ["
        " (r.querySelector('td.gold-claim .text') || {}).textContent || null,"
        " (r.querySelector('td.gold-claim .tags') || {}).textContent || null,"
        " (r.querySelector('td.release-claim') || {dataset: {}}).dataset.claim || null])"
    )
    assert sorted(r[0] for r in rows if r[0]) == sorted(mine.text)
    by_text = mine.drop_duplicates("text").set_index("text")
    for shown, tags, _ in rows:
        if shown:
            g = by_text.loc[shown]
            hedged = "hedged" if g.hedged else "not hedged"
            assert tags == f"{g.speaker_role} · {g.claim_type}, {hedged}"
    assert sum(1 for r in rows if r[0] and r[2]) == scored["claims"]["tp"]
    assert sorted(r[0] for r in rows if r[0] and not r[2]) == sorted(scored["missed"])
    summary = page.evaluate("document.querySelector('#gold-view .gold-summary').textContent")
    assert summary.startswith(f"{len(mine)} gold claims ({mine.split.iloc[0]} split)")
