"""Names the fallback for capitalised words got wrong on the development split (extractor
1.17.0): programmes, laws and bodies it cannot find or name ("Medicaid" is a dictionary word,
an initialism names its body only through the gazetteer), an office title before a surname,
and a show's name after "the". Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.entities import find_mentions
from pipeline.extract.times import find_times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named programme or act is an event (codebook, "Finer points")
        ("Medicaid expansion covered two million more people", [("Medicaid", "event")]),
        ("People on Medicaid would lose coverage", [("Medicaid", "event")]),
        ("Obamacare is more popular than ever", [("Affordable Care Act", "event")]),
        ("The ACTU opposed the accord", [("Australian Council of Trade Unions", "organization")]),
        # a party by its former name is the party by its Wikipedia title
        ("The Country Party will not agree", [("National Party of Australia", "organization")]),
        (
            "CFIUS reviewed the purchase",
            [("Committee on Foreign Investment in the United States", "organization")],
        ),
        # the longest name wins: the country inside the committee's name is no second entity
        (
            "the Committee on Foreign Investment in the United States reviewed it",
            [("Committee on Foreign Investment in the United States", "organization")],
        ),
    ],
)
def test_programmes_and_initialisms(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.type) for m in find_mentions(text)] == expected


def test_a_dated_programme_anchors_a_time() -> None:
    times = find_times("Premiums have fallen since the Affordable Care Act", date(2016, 5, 1))
    assert [(t.start, t.end) for t in times] == [("2010-03-23", "2016-05-01")]


def test_administrator_is_a_title_before_a_surname() -> None:
    # "FEMA Administrator Deanne Criswell", then "Administrator Criswell": the person, not a
    # name that begins with her office
    mentions = find_mentions("Administrator Criswell has been on the ground since Tuesday")
    assert [(m.text, m.type) for m in mentions] == [("Criswell", "person")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word the dictionary lacks, heading "the ..." alone: a show's or a
        # product's name, no one's surname
        ("Welcome back to the Changelog, everyone", []),
        # but a surname that modifies a noun after "the" is still the person
        ("The Okafor plan is dead", [("Okafor", "person")]),
    ],
)
def test_the_before_a_lone_unknown_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.type) for m in find_mentions(text)] == expected
