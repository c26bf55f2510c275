"""Ids derived from content: editing one paragraph changes only the ids of its claims."""

from __future__ import annotations

from pathlib import Path

from pipeline.extraction import extract_source
from pipeline.publish import ids

from .conftest import REFERENCE_ID


def test_normalisation_ignores_quotes_case_and_spacing() -> None:
    assert ids.normalise("It’s  Kazakhstan\n") == ids.normalise("it's kazakhstan")
    assert ids.claim_id("s", "A b", 0) == ids.claim_id("s", "a  B", 0)
    assert ids.claim_id("s", "A b", 0) != ids.claim_id("s", "A b", 1)
    assert ids.claim_id("s", "A b", 0) != ids.claim_id("t", "A b", 0)


def test_editing_one_paragraph_changes_only_its_claims(reference_sources: Path) -> None:
    before = extract_source(reference_sources, REFERENCE_ID)
    path = reference_sources / f"{REFERENCE_ID}.txt"
    text = path.read_text(encoding="utf-8")
    old = "Russia is a country that is in freefall economically and politically."
    new = "Russia is a country that is in decline economically and politically."
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    after = extract_source(reference_sources, REFERENCE_ID)

    edited = before["passages"][before["passages"]["text"].str.contains(old, regex=False)]
    assert len(edited) == 1
    in_edited = set(
        before["claims"][before["claims"]["passage_id"].isin(edited["passage_id"])]["claim_id"]
    )
    old_ids, new_ids = set(before["claims"]["claim_id"]), set(after["claims"]["claim_id"])
    changed = old_ids - new_ids
    assert changed, "the edited claim must get a new id"
    assert changed <= in_edited
    # offsets of later claims moved, their ids did not
    kept = before["claims"].set_index("claim_id").loc[sorted(old_ids & new_ids)]
    moved = after["claims"].set_index("claim_id").loc[kept.index]
    assert (kept["char_start"] != moved["char_start"]).any() or len(new) == len(old)
    assert set(before["passages"]["passage_id"]) - set(after["passages"]["passage_id"]) == set(
        edited["passage_id"]
    )
