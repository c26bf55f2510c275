"""Time mechanisms found on a ninth round of fresh interviews (outside both corpus splits):
prime ministers' radio and television interviews, press conferences and ministers' doorstops.
Invented sentences, with the near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.times import find_times

# a Thursday in July
ANCHOR = date(2008, 7, 17)


def rows(text: str, anchor: date = ANCHOR) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a month is that month (the codebook's granularity), and "by" makes it a
        # deadline ahead of the interview, not the September before it
        (
            "Industry has to put in its submissions by the end of September",
            [("by the end of September", None, "2008-09")],
        ),
        (
            "The committee reported at the end of March",
            [("at the end of March", "2008-03", "2008-03")],
        ),
        (
            "The plant closed at the end of March 2005",
            [("at the end of March 2005", "2005-03", "2005-03")],
        ),
        # "before" a month sets a limit ahead as "by" does ...
        (
            "The Senate needs to pass the bill before mid-December",
            [("before mid-December", None, "2008-12")],
        ),
        # ... unless its own clause tells the past
        (
            "The minister resigned before March",
            [("before March", None, "2008-03")],
        ),
        (
            "The minister resigned before October",
            [("before October", None, "2007-10")],
        ),
    ],
)
def test_deadlines_and_parts_of_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an irregular past form is a past tense: the May before the interview, though the
        # claim speaks of the future later on
        (
            "That is the Budget we brought down in May, because of the hard times which lie ahead",
            [("in May", "2008-05", "2008-05")],
        ),
        (
            "We sold the shares in May, and the next tranche will follow",
            [("in May", "2008-05", "2008-05")],
        ),
        # near miss: a future clause still picks the next May
        (
            "We will bring the bill down in May",
            [("in May", "2009-05", "2009-05")],
        ),
    ],
)
def test_irregular_past_forms_set_the_tense(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of last year" after a month is one time, as "August last year" is
        (
            "Lending has been tight since August of last year",
            [("since August of last year", "2007-08", "2008-07-17")],
        ),
        (
            "The figures came out in March of this year",
            [("in March of this year", "2008-03", "2008-03")],
        ),
        # "over recent years" is open-ended as "in recent years" is
        (
            "The caseload has grown over recent years",
            [("over recent years", None, "2008-07-17")],
        ),
        # a spoken part of a year: "the early part of" is its beginning, "the latter part"
        # its last third
        (
            "We will review the scheme in the early part of next year",
            [("in the early part of next year", "2009-01", "2009-04")],
        ),
        (
            "Prices eased in the latter part of 2006",
            [("in the latter part of 2006", "2006-09", "2006-12")],
        ),
        # "from 2010 on" starts in 2010 with no end
        ("The new charge applies from 2010 on.", [("from 2010 on", "2010", None)]),
        ("The rules apply from 2012 onwards", [("from 2012 onwards", "2012", None)]),
        # near miss: "on" that opens a phrase of its own
        ("From 2010 on the coast the rules differ", [("From 2010", "2010", "2010")]),
    ],
)
def test_spoken_periods(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_at_the_time_does_not_point_back_at_the_present() -> None:
    # "this week" holds the interview's day: "at the time" points back at a past time, which
    # the text does not give, so it stays undated
    text = "I saw the minister this week. The officials were not in the room at the time"
    assert rows(text)[-1] == ("at the time", None, None)


def test_at_the_time_still_points_back_at_a_past_time() -> None:
    text = "The embassy was attacked in 2004. Our staff were not in the building at the time"
    assert rows(text)[-1] == ("at the time", "2004", "2004")


def test_part_of_a_month_of_a_relative_year() -> None:
    # the year said after the month is the month's, not a second time
    text = "The changes came into effect from the beginning of July this year"
    assert rows(text) == [
        ("from the beginning of July this year", "2008-07", "2008-07"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "since" clause about an undated actor that a date closes is one time, from that
        # date to the interview
        (
            "Since the Labor Government changed the visa rules in August last year, "
            "we have had 20 boats arrive",
            [
                (
                    "Since the Labor Government changed the visa rules in August last year",
                    "2007-08",
                    "2008-07-17",
                )
            ],
        ),
        # near miss: a date in another clause dates nothing of the "since"
        (
            "Since the election we have had trouble, and in 2006 it got worse",
            [("Since the election", None, None), ("in 2006", "2006", "2006")],
        ),
    ],
)
def test_since_clause_closed_by_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the next N units" mirrors "the past N units": from the interview date to the unit
        # N ahead
        (
            "We will spend the next six months consulting industry",
            [("the next six months", "2008-07-17", "2009-01")],
        ),
        (
            "The scheme is reviewed for the next three years",
            [("for the next three years", "2008-07-17", "2011")],
        ),
        # "a couple of" and the spoken "couple" count two, with "within" as with "in"
        (
            "Within the next couple of months we will announce the package",
            [("Within the next couple of months", "2008-07-17", "2008-09")],
        ),
        (
            "Rates will stay high over the next couple years",
            [("over the next couple years", "2008-07-17", "2010")],
        ),
        # near misses: no number keeps the open horizon and the calendar unit
        (
            "Over the next few years the scheme will grow",
            [("Over the next few years", "2008-07-17", None)],
        ),
        ("In the next year we will act", [("In the next year", "2008", "2009")]),
    ],
)
def test_the_next_n_units_start_on_the_interview_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "now for N years" is "for N years now": from that long before the interview to it
        (
            "We have been in government now for almost three years",
            [("now for almost three years", "2005", "2008-07-17")],
        ),
        (
            "The talks have gone on now for several months",
            [("now for several months", None, "2008-07-17")],
        ),
        # near miss: "now for" with no span of time
        ("He is now for a change of policy", [("now", "2008-07-17", "2008-07-17")]),
    ],
)
def test_now_for_n_units(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
