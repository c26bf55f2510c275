"""Time mechanisms found on a twelfth round of fresh interviews (outside both corpus splits):
an Australian prime minister's radio and TV interviews and press conferences of the late 1970s
and early 1980s. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.times import find_times

ANCHOR = date(1981, 3, 9)  # a Monday


def rows(text: str, anchor: date = ANCHOR) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two consecutive two-digit years are a financial year: the two years it spans
        ("The deficit fell in 79/80", [("in 79/80", "1979", "1980")]),
        (
            "Outlays were lower in 78/79 than in 79/80",
            [("in 78/79", "1978", "1979"), ("in 79/80", "1979", "1980")],
        ),
        # a budget looks ahead: the century nearest the interview, and "by" a deadline
        ("We will have a surplus by 82/83", [("by 82/83", None, "1983")]),
    ],
)
def test_financial_years_of_two_digits(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


def test_a_financial_year_ahead_is_of_the_nearest_century() -> None:
    # "20/21" said in 2017 is 2020/21, not 1920/21
    assert rows("The surplus reaches $2 billion by 20/21", date(2017, 5, 10)) == [
        ("by 20/21", None, "2021")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He scored 9/10 on the paper",  # a score, no consecutive years
        "The shop is open 24/7 now",
        "The letter is dated 12/13/80",  # a date's parts
        "The committee voted 11/12 in favour",
    ],
)
def test_slashed_numbers_that_are_no_financial_year(text: str) -> None:
    assert not [r for r in rows(text) if "/" in r[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed start up to the interview, as "so far"
        ("We have said that all along", [("all along", None, "1981-03-09")]),
        ("The union knew it all along, I think", [("all along", None, "1981-03-09")]),
        # the years before the interview, as "in the past"
        ("Wool prices were stronger in earlier years", [("in earlier years", None, "1981-03-09")]),
        ("In previous years the scheme cost more", [("In previous years", None, "1981-03-09")]),
        ("Farmers did better in years gone by", [("in years gone by", None, "1981-03-09")]),
        # "for" the years ahead is the same horizon as "in" them
        (
            "For the years ahead we will keep taxes down",
            [("For the years ahead", "1981-03-09", None)],
        ),
        # an unnumbered count back has no date, the whole phrase the span
        ("Some weeks ago we announced the scheme", [("Some weeks ago", None, None)]),
        # the first half of the year not named is this year's
        (
            "The first half of the year was difficult",
            [("The first half of the year", "1981-01", "1981-06")],
        ),
    ],
)
def test_open_ended_and_unnumbered_times(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "There are posts all along the border",  # a place, no time
        "In previous years of his career he was a farmer",  # part of a longer period
    ],
)
def test_near_misses_of_open_ended_times(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coming horizon needs no preposition, as the past's "the last few years" does not
        (
            "The next few days will be busy for the delegations",
            [("The next few days", "1981-03-09", None)],
        ),
        (
            "I expect a reply over the next few weeks",
            [("over the next few weeks", "1981-03-09", None)],
        ),
        # part of a longer period, no horizon of its own
        ("The next few days of the conference are set aside for trade", []),
    ],
)
def test_the_next_few_units_without_preposition(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected
