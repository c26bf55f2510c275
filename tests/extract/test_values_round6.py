"""Quantity and time mechanisms found on the sixth round's newly adjudicated dev interviews (a
public-inquiry hearing, press conferences on benefits and on the economy, a finance call, a
televised political interview). Invented sentences, with the near misses that must not
change."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities

def quantity_keys(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital letter joined to digits, with no currency sign, is a code, not billions
        ("Counsel for Module 3C asked about the wards", []),
        ("Lead 4B: Thank you, and can we turn to the letter", []),
        ("The applicants filled in Form 2K", []),
        # near misses: the press's billions and millions keep their scale
        ("They set aside $3B for the upgrade", [(3e9, "USD")]),
        ("About 5m people watched the final", [(5e6, "person")]),
    ],
)
def test_letter_codes_are_no_scale(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number of a bill, a schedule or a module is a label
        ("Students marched against bill 62 on the weekend", []),
        ("Under the plan, Schedule 7 land would be opened to drilling", []),
        ("The witnesses for module 4 gave evidence in the spring", []),
        # near misses: a count of bills, and a bill for money
        ("The Senate passed 14 bills before the break", [(14.0, "bill")]),
        ("They got a $300 bill for the repairs", [(300.0, "USD")]),
    ],
)
def test_label_nouns_before_numbers(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for many years" is a long while, as "for a long time" is: no count
        ("We have been raising this with them for many years", []),
        ("The mine was closed many decades ago", []),
        # near misses: other units, "many more", and the other vague counts keep theirs
        ("The committee sat for many hours", [(None, "hour")]),
        ("It will take many more years to rebuild", [(None, "year")]),
        ("That took several years", [(None, "year")]),
    ],
)
def test_many_years_is_no_count(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "others" counts people, as "people" does; so does a noun of addicts
        (
            "Ten thousand residents fled and thousands of others stayed",
            [(1e4, "person"), (None, "person")],
        ),
        ("The clinic treats 2,000 heroin addicts", [(2000.0, "person")]),
        # near miss: "other" before a noun leaves that noun the unit
        ("Three other towns were flooded", [(3.0, "town")]),
    ],
)
def test_others_are_people(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert quantity_keys(text) == expected
