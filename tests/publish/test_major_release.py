"""Issue 17, parts 3 and 5: the next release after 1.x is a major version whose changelog maps
the old names to the new; releases 1.x stay readable and verifiable as published; and a
claim whose only change is the extractor's version is not listed as modified."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.publish.changes import changes_table, describe, summarise
from pipeline.publish.files import read_tables
from pipeline.publish.index import read_index
from pipeline.publish.layout import is_legacy
from pipeline.publish.release import publish
from pipeline.publish.tables import Tables, typed
from pipeline.publish.upgrade import upgrade
from pipeline.publish.verify import verify_release
from schemas import DATA_TABLES, table

from ..conftest import PROJECT
from .test_registry import CONFIDENCE, _with_claims_column

COMMITTED = PROJECT / "outputs" / "releases"


def test_a_1x_release_reads_as_it_was_published() -> None:
    release = COMMITTED / "1.2.1"
    assert is_legacy(release)
    tables = read_tables(release)
    assert list(tables["times"].columns)[2:4] == ["start", "end"]
    assert tables["documents"]["interview_date"].dtype == "str"
    assert "question_id" not in tables["claims"]
    assert verify_release(release) == []


def test_a_1x_release_upgrades_in_memory_to_todays_layout() -> None:
    tables = upgrade(read_tables(COMMITTED / "1.2.1"))
    for name in DATA_TABLES:
        # today's order, less only the columns 1.x cannot give (the claim model's confidences)
        wanted = [c for c in table(name).column_names if c not in LATER_THAN_2_0_0]
        assert list(tables[name].columns) == wanted, name
    times = tables["times"]
    march = times[times["start_iso"] == "2022-03"].iloc[0]
    assert march["period_start"] == pd.Timestamp("2022-03-01")
    assert march["period_end"] == pd.Timestamp("2022-03-31")
    assert march["granularity"] == "month"
    claims, passages = tables["claims"], tables["passages"].set_index("passage_id")
    answered = claims[claims["question_id"].notna()]
    assert len(answered) and (passages.loc[answered["question_id"], "kind"] == "question").all()


def test_the_release_after_1x_is_major_and_maps_old_names_to_new() -> None:
    """2.0.0, the committed release that followed 1.2.1, as it was published."""
    release = COMMITTED / "2.0.0"
    entries = {e["version"] for e in read_index(COMMITTED)}
    assert {"1.2.1", "2.0.0"} <= entries
    changelog = (release / "CHANGELOG.md").read_text(encoding="utf-8")
    top = changelog.split("## 1.2.1")[0]
    assert "`times.start` renamed `start_iso`" in top and "`times.end` renamed `end_iso`" in top
    assert "`times.period_start` added" in top and "`claims.question_id` added" in top
    assert "`documents.interview_date` is now a date" in top
    assert "`data/parquet/<table>.parquet`" in top
    # the layout is no change of the claims: no claim is modified by a renamed, added or
    # retyped column (the extractor itself changed since 1.2.1, so some are by content)
    changes = read_tables(release, ("changes",))["changes"]
    assert not _by_layout(changes)
    for version in ("1.0.0", "1.1.0", "1.2.0", "1.2.1", "2.0.0"):
        assert verify_release(COMMITTED / version) == []


def test_a_build_on_1x_releases_is_major(
    tmp_path: Path, reference_tables: Tables, reference_sources: Path, epoch: int
) -> None:
    outputs = tmp_path / "outputs"
    for version in ("1.0.0", "1.1.0", "1.2.0", "1.2.1"):
        shutil.copytree(COMMITTED / version, outputs / "releases" / version)
    index = json.loads((COMMITTED / "index.json").read_text(encoding="utf-8"))
    index["releases"] = [e for e in index["releases"] if e["version"].startswith("1.")]
    (outputs / "releases" / "index.json").write_text(json.dumps(index), encoding="utf-8")
    result = publish(reference_tables, outputs, sources_dir=reference_sources)
    assert result.version == "2.0.0", result.reason


LATER_THAN_2_0_0 = ("type_confidence", "hedged_confidence")
LAYOUT_FIELDS = ("question_id", "extractor", "confidence", *LATER_THAN_2_0_0)


def _by_layout(changes: pd.DataFrame) -> list[str]:
    """The modified claims whose changed fields include one only the layout could change."""
    modified = changes[changes["change"] == "modified"]
    return [
        str(fields)
        for fields in modified["fields"].fillna("")
        if set(str(fields).split(";")) & set(LAYOUT_FIELDS)
    ]


def _relabel(tables: Tables, extractor: str) -> Tables:
    out = dict(tables)
    out["claims"] = typed("claims", tables["claims"].assign(extractor=extractor))
    return out


def test_a_new_extractor_version_alone_modifies_no_claim(reference_tables: Tables) -> None:
    before = _relabel(reference_tables, "interview-claims-rules/1.2.0")
    after = _relabel(reference_tables, "interview-claims-rules/1.3.0")
    delta = changes_table(before, after)
    assert delta.empty
    summary = summarise(before, after, delta)
    assert summary.modified == 0
    assert summary.unchanged_new_extractor == len(reference_tables["claims"])
    lines = "\n".join(describe(summary))
    assert "0 modified." in lines
    assert f"{len(reference_tables['claims'])} claim(s) that it extracts exactly as before" in lines


def test_content_changes_are_counted_apart_from_position(reference_tables: Tables) -> None:
    before = _relabel(reference_tables, "interview-claims-rules/1.2.0")
    claims = before["claims"].copy()
    claims.loc[0, "hedged"] = not bool(claims.loc[0, "hedged"])
    claims.loc[1, "seq"] = 10_000
    claims["extractor"] = "interview-claims-rules/1.3.0"
    after = {**before, "claims": typed("claims", claims)}
    delta = changes_table(before, after).set_index("claim_id")
    assert delta.loc[claims.loc[0, "claim_id"], "fields"] == "hedged"  # not the extractor
    assert delta.loc[claims.loc[1, "claim_id"], "fields"] == "seq"
    summary = summarise(before, after, delta.reset_index())
    assert (summary.modified, summary.content_modified) == (2, 1)
    assert "(1 in content: text, type, hedging or attributes; 1 in position only)" in "\n".join(
        describe(summary)
    )


def test_a_column_added_after_2_0_0_leaves_the_upgrade_of_1x_useful(
    monkeypatch: pytest.MonkeyPatch, reference_tables: Tables
) -> None:
    """Issue 15 adds claim columns 1.x cannot give: the claims are compared on the columns
    both have, and no claim shows as modified by the layout alone."""
    stored = read_tables(COMMITTED / "1.2.1")
    _with_claims_column(monkeypatch, CONFIDENCE)
    previous = upgrade(stored)
    assert "question_id" in previous["claims"] and "confidence" not in previous["claims"]
    assert list(previous["times"].columns) == list(table("times").column_names)
    current = dict(reference_tables)
    current["claims"] = typed("claims", reference_tables["claims"].assign(confidence=0.5))
    delta = changes_table(previous, current)
    assert not _by_layout(delta)
