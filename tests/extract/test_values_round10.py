"""Quantity and time mechanisms found on a tenth round of fresh interviews (outside both
corpus splits): ministers' doorstop interviews and a Treasury conference call. Invented
sentences, with the near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.quantities import find_quantities
from pipeline.extract.times import find_times

ANCHOR = date(2016, 5, 18)


def times(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, ANCHOR)]


def quantities(text: str) -> list[tuple[float | None, float | None, float | None, str | None]]:
    return [(q.value, q.value_low, q.value_high, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day before its month in a year said relative to the interview's
        (
            "The rule has applied from the 3rd of June last year",
            [("from the 3rd of June last year", "2015-06-03", "2015-06-03")],
        ),
        (
            "The levy started on the 1st of July this year",
            [("the 1st of July this year", "2016-07-01", "2016-07-01")],
        ),
        # near miss: no relative year, the month's own resolution is unchanged
        ("The levy starts on the 1st of July", [("the 1st of July", "2016-07-01", "2016-07-01")]),
        # an hour range back from the interview reaches as far as the larger number
        (
            "The convoy came under fire in the last 24 to 48 hours",
            [("in the last 24 to 48 hours", "2016-05-16", "2016-05-18")],
        ),
        # the horizon of a forecast with "into" as with "in"
        (
            "The fighting will be hard into the weeks ahead",
            [("into the weeks ahead", "2016-05-18", None)],
        ),
        (
            "Prices will stay high over the months to come",
            [("over the months to come", "2016-05-18", None)],
        ),
        # a year's digits after a label noun name a resolution or a section: no time
        ("The council adopted Resolution 1973 on that matter", []),
        ("Paragraph 2015 of the schedule covers imports", []),
        # near miss: with its preposition the year is a time
        ("The council adopted a resolution in 1973", [("in 1973", "1973", "1973")]),
        # two counts of one unit back from the interview: from the farther to the nearer
        ("I rang her a week or two ago", [("a week or two ago", "2016-05-04", "2016-05-11")]),
        ("The plant closed three or four years ago", [("three or four years ago", "2012", "2013")]),
        # near miss: a single count keeps its single value
        ("The plant closed four years ago", [("four years ago", "2012", "2012")]),
        # "another" and "time" around a future count of units, as in "in six months"
        (
            "We will know more in another six months' time",
            [("in another six months' time", "2016-11", "2016-11")],
        ),
        ("We will know more in two years time", [("in two years time", "2018", "2018")]),
        # near miss: a past duration with "another" stays a quantity, no time
        ("Sales grew in another two years", []),
    ],
)
def test_times_round10(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert times(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in the last 48 hours" is both a time and a quantity, as "over the past ten years"
        ("Talks went on in the last 48 hours", [(48.0, None, None, "hour")]),
        ("Talks went on in the last 24 to 48 hours", [(None, 24.0, 48.0, "hour")]),
        # near miss: no number, no quantity
        ("Talks went on in the last few hours", []),
        # "in one piece" is an idiom: nothing is counted
        ("The crew got home in one piece", []),
        # near miss: "one" before a counted noun still counts
        ("The crew lost one boat", [(1.0, None, None, "boat")]),
        # "a week or two ago" is a time only: its number counts nothing of its own
        ("I rang her a week or two ago", []),
        # a label's number is no quantity
        ("The council adopted Resolution 1973", []),
    ],
)
def test_quantities_round10(
    text: str, expected: list[tuple[float | None, float | None, float | None, str | None]]
) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transcript's suspended hyphen before "and" still joins the range
        ("Our estimate is between $4- and $5 billion", [(None, 4e9, 5e9, "USD")]),
        ("Rents rose between 3- and 4 percent", [(None, 3.0, 4.0, "percent")]),
        # near miss: the plain range is unchanged
        ("Rents rose between 3 and 4 percent", [(None, 3.0, 4.0, "percent")]),
    ],
)
def test_suspended_hyphen_range(
    text: str, expected: list[tuple[float | None, float | None, float | None, str | None]]
) -> None:
    assert quantities(text) == expected
