"""Time mechanisms found on the thirteenth times round of fresh interviews (outside both
corpus splits): Australian ministers' doorstops and press conferences of the mid-1990s.
Invented sentences, with the near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.times import find_times

ANCHOR = date(1994, 7, 1)


def time_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until" with a present-tense clause: an event the document does not date
        (
            "The embargo stays in place until the junta hands back power",
            [("until the junta hands", None, None)],
        ),
        (
            "We will keep the aid flowing until there's a proper ceasefire",
            [("until there's", None, None)],
        ),
        (
            "The tariff holds until Canberra drops its objection",
            [("until Canberra drops", None, None)],
        ),
        (
            "Our people stay on the ground until we get a settlement",
            [("until we get", None, None)],
        ),
        (
            "She keeps the portfolio till he resigns",
            [("till he resigns", None, None)],
        ),
    ],
)
def test_until_present_clause(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of a day, month or holiday is the date rules' ("until Christmas")
        ("The office shuts until Christmas comes round", [("until Christmas", None, "1993-12-25")]),
        ("until May arrives we cannot say", [("until May", None, "1995-05")]),
        # "until now" stays the deictic time
        ("We have had no answer until now", [("until now", None, "1994-07-01")]),
        # a present clause after "before" tells a habit, not a time
        ("Before anyone signs, the lawyers check it", []),
    ],
)
def test_until_present_near_misses(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period of days within one month runs from the first day to the last
        (
            "The count runs from the 12-15 August",
            [("from the 12-15 August", "1994-08-12", "1994-08-15")],
        ),
        ("The ministers met 4 to 6 May", [("4 to 6 May", "1994-05-04", "1994-05-06")]),
        ("The talks ran March 9-11", [("March 9-11", "1994-03-09", "1994-03-11")]),
        (
            "The fair opened between 2 and 5 June 1993",
            [("between 2 and 5 June 1993", "1993-06-02", "1993-06-05")],
        ),
        # "to be held" tells a schedule, not the past: the next such day
        (
            "The ballot is scheduled to be held on 28 February",
            [("on 28 February", "1995-02-28", "1995-02-28")],
        ),
        # near misses: a score before a month, a past "was held"
        ("They won it 3-1 May", [("1 May", "1994-05-01", "1994-05-01")]),
        ("The ballot was held on 28 February", [("on 28 February", "1994-02-28", "1994-02-28")]),
    ],
)
def test_day_ranges_and_schedules(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected
