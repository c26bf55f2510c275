"""Time mechanisms found on an eleventh round of fresh interviews (outside both corpus splits):
an Australian prime minister's radio and TV interviews, doorstops and press conferences of the
2010s. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.times import find_times

ANCHOR = date(2016, 3, 12)  # a Saturday


def rows(text: str, anchor: date = ANCHOR) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # minutes or hours back are the interview's own day, number and all
        (
            "The river peaked three hours ago at the bridge",
            [("three hours ago", "2016-03-12", "2016-03-12")],
        ),
        (
            "The crews got there an hour and a half ago",
            [("an hour and a half ago", "2016-03-12", "2016-03-12")],
        ),
        # a half year moves a year back six months more; a half of a smaller unit stays undated
        (
            "Three-and-a-half years ago the town was under water",
            [("Three-and-a-half years ago", "2012", "2012")],
        ),
        (
            "It closed two and a half months ago",
            [("two and a half months ago", None, None)],
        ),
        ("I spoke to the mayor 20 minutes ago", [("20 minutes ago", "2016-03-12", "2016-03-12")]),
    ],
)
def test_hours_ago_are_the_interview_day(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an irregular participle completes the passive, as "-ed" does
        (
            "Jobs have grown since the smelter was built",
            [("since the smelter was built", None, None)],
        ),
        (
            "Nothing has changed since the deal was made",
            [("since the deal was made", None, None)],
        ),
        # a regular one still works
        (
            "Prices have fallen since the tariff was scrapped",
            [("since the tariff was scrapped", None, None)],
        ),
    ],
)
def test_irregular_participles_close_the_clause(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund of office takes what it names; "since" with a gerund is never a reason, and
        # runs to the interview date (the codebook's "since X")
        (
            "This is her third trip north since becoming Premier",
            [("since becoming Premier", None, "2016-03-12")],
        ),
        (
            "We have cut red tape since taking office",
            [("since taking office", None, "2016-03-12")],
        ),
        ("I will do that after taking office", [("after taking office", None, None)]),
    ],
)
def test_gerund_clauses_of_office(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day after another time: undated when that time is not given ...
        ("The minister flies to Jakarta the next day", [("the next day", None, None)]),
        # ... and that time's next day when it is
        (
            "We met on 4 March 2016 and signed the next day",
            [
                ("4 March 2016", "2016-03-04", "2016-03-04"),
                ("the next day", "2016-03-05", "2016-03-05"),
            ],
        ),
    ],
)
def test_the_next_day_counts_from_a_told_day(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: "since" giving a reason, a plain "hours" duration, "tomorrow"
        "Since the plant is old, it costs more to run",
        "We worked for three hours on the plan",
    ],
)
def test_near_misses_have_no_time(text: str) -> None:
    assert rows(text) == []


def test_tomorrow_still_resolves() -> None:
    assert rows("The barge arrives tomorrow") == [("tomorrow", "2016-03-13", "2016-03-13")]
