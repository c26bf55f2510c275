"""The benchmarks' quick mode runs end to end and writes every section with figures.

No timing is asserted: speed is measured and written down by ``benchmarks/run.py``, not
tested here (CI machines vary too much)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks import run
from benchmarks.corpus import generate


def test_the_corpus_is_deterministic_and_readable(tmp_path: Path) -> None:
    from pipeline.extract.documents import read_source, source_ids

    first = generate(3, 7, tmp_path / "a")
    second = generate(3, 7, tmp_path / "b")
    assert first == second
    for source_id in first:
        for ext in ("txt", "yaml"):
            a = (tmp_path / "a" / f"{source_id}.{ext}").read_bytes()
            assert a == (tmp_path / "b" / f"{source_id}.{ext}").read_bytes()
        document = read_source(tmp_path / "a", source_id)
        assert 800 <= len(document.text.split()) <= 2600
    assert source_ids(tmp_path / "a") == sorted(first)
    assert generate(2, 7, tmp_path / "c") == first[:2]  # a smaller corpus is a prefix


@pytest.mark.slow
def test_quick_mode_writes_every_section(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    run.main(["--quick", "--results", str(results), "--scratch", str(tmp_path / "scratch")])
    text = results.read_text(encoding="utf-8")
    for heading in ("## Targets", "## Throughput", "## Build", "## Rebuild", "## Overhead"):
        assert heading in text
    assert "not measured yet" not in text
    assert re.search(r"\| extractor \(segment \+ claims\), words/s \| [\d,]+ \|", text)
    assert re.search(r"\| 10 \| [\d,]+ \| [\d.]+ \| [\d.]+ \| [\d,.]+ \| [\d.]+ \|", text)
    assert re.search(r"\| one edited \| [\d.]+ \|", text)
    assert re.search(r"\| nothing changed \| [\d.]+ \|", text)
    figures = json.loads(results.with_suffix(".json").read_text())
    assert set(figures) == set(run.SECTIONS)
    assert [row["interviews"] for row in figures["build"]["figures"]["rows"]] == [1, 10]
    rows = figures["build"]["figures"]["rows"]
    for row in rows:
        assert row["wall_s"] > 0 and row["peak_rss_mib"] > 0
    # the rules-alone build beside the model's: in a quick run, for the largest size only
    assert "rules_only" not in rows[0] and rows[-1]["rules_only"]["wall_s"] > 0
    assert figures["throughput"]["figures"]["extractor_words_per_s"] > 0
    real = figures["throughput"]["figures"]["real"]
    assert real["interviews"] > 0 and real["extractor_words_per_s"] > 0
    assert "real interviews (sources/)" in text
    spacy_rate = figures["throughput"]["figures"]["spacy_words_per_s"]
    assert spacy_rate is None or spacy_rate > 0  # None: spaCy (bench group) not installed


def test_the_site_targets_report_the_slowest_filter_and_other_step_apart() -> None:
    """ "Slowest filter" is the slowest filter; opening a claim or paging is another kind of
    step, reported on a row of its own (figures stored before steps had a kind included)."""

    def step(first: float, again: float, kind: str | None = None) -> dict[str, object]:
        out: dict[str, object] = {"first": {"max_ms": first}, "again": {"max_ms": again}}
        return out if kind is None else {**out, "kind": kind}

    for kinds in (True, False):
        filters = {
            "type = predictive": step(60.0, 40.0, "filter" if kinds else None),
            "search, a word typed": step(90.0, 95.0, "filter" if kinds else None),
            "next page": step(30.0, 20.0, "other" if kinds else None),
            "open a claim (click)": step(120.0, 50.0, "other" if kinds else None),
        }
        site = {"claims": 146_117, "first_render": {"max_ms": 300.0}, "filters": filters}
        rows = {r[0]: r[2:] for r in run._targets({"site": {"figures": site}})}
        assert rows["claim browser, slowest filter (146,117 claims; search, a word typed)"] == (
            "95 ms",
            True,
        )
        assert rows["claim browser, slowest other step (146,117 claims; open a claim (click))"] == (
            "120 ms",
            False,
        )
