"""The forms of names the codebook settles: governments named after their leader, a
government whose own name is its country's adjective, ranks before a name; on invented
sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions


def names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Keating Government cut tariffs", ["Keating Government"]),
        ("under the Menzies Liberal government", ["Menzies Liberal government"]),
        ("the Carter administration said no", ["Carter administration"]),
        # descriptions: the country's adjective names the country, a modifier nothing
        ("The Chilean Government agreed", ["Chile"]),
        ("the Federal Government agreed", []),
    ],
)
def test_a_government_named_after_its_leader_is_named_as_written(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_a_government_whose_title_is_its_adjective_form_is_an_organisation() -> None:
    # English Wikipedia's title for the Commonwealth's executive is "Australian Government"
    assert names("the Australian Government will fund it") == ["Australian Government"]
    assert names("the New Zealand Government will fund it") == ["New Zealand Government"]


@pytest.mark.parametrize(
    "text",
    [
        "Commodore Tevita Mara resigned",
        "Lance Corporal Tevita Mara resigned",
        "Signaller Tevita Mara resigned",
        "Warrant Officer Tevita Mara resigned",
    ],
)
def test_a_rank_is_no_part_of_the_name(text: str) -> None:
    assert names(text) == ["Tevita Mara"]
