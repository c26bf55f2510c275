"""Time mechanisms found on a tenth round of fresh interviews (outside both corpus splits):
Australian prime ministers' radio interviews, doorstops and press conferences of the 1980s
and 2000s. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import times as times_module
from pipeline.extract.times import find_times

ANCHOR = date(1986, 6, 6)


def rows(text: str, anchor: date = ANCHOR) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decade word names the decade in progress, never the one a century before
        (
            "We will have done a great deal by the late eighties",
            [("the late eighties", "1987", "1989")],
        ),
        ("Wages fell in the early seventies", [("in the early seventies", "1970", "1973")]),
        # the codebook's open-ended future, with "very" before "near"
        (
            "We will announce the details in the very near future",
            [("in the very near future", "1986-06-06", None)],
        ),
        # "the last N to M years" reaches as far as the larger number, as "N or M" does
        (
            "Exports have doubled over the last 15 to 20 years",
            [("over the last 15 to 20 years", "1966", "1986-06-06")],
        ),
        ("I raised it about 4-5 years ago", [("4-5 years ago", "1981", "1982")]),
        # a span of two years written with a slash, as financial years are
        ("The deficit in 1984/85 was halved", [("1984/85", "1984", "1985")]),
        ("The outlays in 1985/ 86 will be lower", [("1985/ 86", "1985", "1986")]),
        # two-digit years after an apostrophe
        ("That was decided in March '83", [("in March '83", "1983-03", "1983-03")]),
        (
            "The party held office between '72 and '75",
            [("between '72 and '75", "1972", "1975")],
        ),
        (
            "The party held office between ' 72 and ' 75",
            [("between ' 72 and ' 75", "1972", "1975")],
        ),
    ],
)
def test_times_round10(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of being ends with what it names (the codebook's event-anchored times)
        (
            "I have had many briefings since I have been Prime Minister",
            [("since I have been Prime Minister", None, None)],
        ),
        (
            "We have spoken on this regularly since we've been in Government",
            [("since we've been in Government", None, None)],
        ),
        (
            "The economy has grown since we've been in office",
            [("since we've been in office", None, None)],
        ),
        (
            "I have learnt a lot since I became treasurer",
            [("since I became treasurer", None, None)],
        ),
        # a "since" of reason stays no time, contracted or not
        ("We'll do it since we're in Government", []),
        # a clause of being with nothing it names keeps its old span
        ("Costs have risen since the report was out", [("since the report was out", None, None)]),
    ],
)
def test_event_clauses_of_being(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: no year without the apostrophe, and a count is no year
        ("He scored between 72 and 75 in the test", []),
        ("In 1985 - the best year - we grew", [("In 1985", "1985", "1985")]),
        ("It happened in March", [("in March", "1986-03", "1986-03")]),
    ],
)
def test_near_misses_round10(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert rows(text) == expected


def test_number_words_are_the_lexicons() -> None:
    """The number words of times are quantities' list (lexicon.yaml), declared once: any word
    it lists counts units here, and "a couple of" spans a line break."""
    assert times_module._number("seventeen") == 17
    assert rows("It came out a couple\nof weeks ago") == [
        ("a couple\nof weeks ago", "1986-05-23", "1986-05-23")
    ]
    assert rows("It was signed thirteen years ago") == [("thirteen years ago", "1973", "1973")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two digits of a financial year name the year of that ending nearest the interview's
        ("The cuts were in the FY86 budget", [("FY86", "1986", "1986")]),
        ("Spending is capped until FY87", [("FY87", "1987", "1987")]),
    ],
)
def test_fiscal_two_digit_years(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


def test_fiscal_two_digit_year_ahead_of_the_interview() -> None:
    assert rows("Funding runs to FY25", date(2024, 3, 1)) == [("FY25", "2025", "2025")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "before" a body after a verb of presenting is a place, not a time
        ("The Premier has worked hard to put before the Federal Government the case for it", []),
        ("We will put the case before the government", []),
        ("The minister appeared before the hearing", []),
        # near misses: an event after such a verb, and a body after another verb, stay times
        ("We put it in place before the election", [("before the election", None, None)]),
        ("It came up before the election", [("before the election", None, None)]),
        ("Prices rose before the government", [("before the government", None, None)]),
    ],
)
def test_before_a_body(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plural "parts" is the same third of the year as "part"
        (
            "Arrivals peaked in the early parts of this year",
            [("in the early parts of this year", "1986-01", "1986-04")],
        ),
        (
            "Arrivals fell in the latter parts of last year",
            [("in the latter parts of last year", "1985-09", "1985-12")],
        ),
        # near miss: parts of something else leave the year alone
        ("Some parts of this year's budget were cut", [("this year", "1986", "1986")]),
    ],
)
def test_parts_of_a_year(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert rows(text) == expected
