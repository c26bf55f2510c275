"""Time mechanisms found on the fourteenth times round of fresh interviews (outside both
corpus splits): Australian prime ministers' press conferences and interviews of 1963-1971,
many of them OCR scans. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.times import find_times

ANCHOR = date(1968, 3, 14)


def time_rows(text: str, context: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, ANCHOR, context)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "every now and then", "now and again": how often, not the interview's day
        ("Every now and then the branch sends us a delegation", []),
        ("Now and again the wharves close for a day", []),
        ("the council every now and again asks for more money", []),
        # near misses: a span from now, and "now" beside another "and"
        (
            "Between now and then the shipping lines will settle",
            [("now", "1968-03-14", "1968-03-14")],
        ),
        ("The scheme is now and will remain voluntary", [("now", "1968-03-14", "1968-03-14")]),
    ],
)
def test_now_and_then_is_a_frequency(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as recently as X": one time, X's, with no open-past "recently" beside it
        (
            "the graziers asked for it as recently as last November",
            [("last November", "1967-11", "1967-11")],
        ),
        ("the mill was open as recently as 1961", [("1961", "1961", "1961")]),
        # near misses: "recently" alone, and "as recently" with no comparison
        ("The mill has recently closed", [("recently", None, "1968-03-14")]),
        ("The figures, as recently published, are low", [("recently", None, "1968-03-14")]),
    ],
)
def test_as_recently_as(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a determined longer period, which the interview does not bound
        ("There was chaos in the last week of the sittings", []),
        ("the Bill came in during the last days of the House", []),
        ("in the first two years of his term the tariff rose", []),
        (
            "the last fortnight aside, in the last week of October prices fell",
            [
                ("of October", "1967-10", "1967-10"),
            ],
        ),
        # near misses: counted back from the interview
        ("for the last five years", [("for the last five years", "1963", "1968-03-14")]),
        ("The last week has been a busy one", [("The last week", "1968-03-07", "1968-03-14")]),
        (
            "after the past ten years of growth we can afford it",
            [("the past ten years", "1958", "1968-03-14")],
        ),
    ],
)
def test_part_of_a_longer_period(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The States have argued about it ever since Federation",
            [("since Federation", "1901-01-01", "1968-03-14")],
        ),
        (
            "Before Federation each colony had its own tariff",
            [("Before Federation", None, "1901-01-01")],
        ),
        # near miss: "Federation" in a name, after no temporal preposition
        ("The Federation of Graziers wrote to me", []),
    ],
)
def test_federation_is_a_dated_event(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "up until the present moment no submission has reached us",
            [("up until the present moment", None, "1968-03-14")],
        ),
        (
            "Up to the present we have had no reply",
            [("Up to the present", None, "1968-03-14")],
        ),
        # near misses: "the present" as a noun phrase is no open past, and "until the present
        # government falls" stays an event clause
        ("the present arrangement suits the States", []),
        (
            "We wait until the present government falls",
            [("until the present government falls", None, None)],
        ),
    ],
)
def test_up_until_the_present(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("context", "text", "expected"),
    [
        # "then" cannot point back at an open period that reaches the interview's day
        (
            "The talks have gone well so far.",
            "Until then, we cannot sign",
            [("Until then", None, None)],
        ),
        ("The board has recently met.", "By then the wool will be sold", [("By then", None, None)]),
        (
            "The price has held so far.",
            "Since then we have sold more",
            [("Since then", None, "1968-03-14")],
        ),
        # near misses: a dated earlier time is what "then" points at
        ("In 1965 the board met.", "Until then, we could not sign", [("Until then", None, "1965")]),
        (
            "In 1965 the board met.",
            "Since then we have sold more",
            [("Since then", "1965", "1968-03-14")],
        ),
    ],
)
def test_then_after_an_open_period(
    context: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text, context) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with a title's full stop as the subject of a present-tense "until" clause
        (
            "I cannot announce the Ministry until Mr. Jenkins returns",
            [("until Mr. Jenkins returns", None, None)],
        ),
        ("We shall wait until Dr. Pell reports", [("until Dr. Pell reports", None, None)]),
        # near miss: a month closing a sentence is a date, not a clause subject
        ("The House sits until March. Members go home then", [("until March", None, "1968-03")]),
    ],
)
def test_until_a_titled_name_clause(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present-tense schedule just before "until": the nearest such day, though the claim
        # tells something past elsewhere
        (
            "I have agreed to open the show and the Senate sits until April 2nd",
            [("until April 2nd", None, "1968-04-02")],
        ),
        ("The embargo holds until 20 March", [("until 20 March", None, "1968-03-20")]),
        # near misses: a past verb before "until" keeps the latest such day
        ("The strike lasted until April 2nd", [("until April 2nd", None, "1967-04-02")]),
        ("The strike ran until April 2nd", [("until April 2nd", None, "1967-04-02")]),
    ],
)
def test_present_schedule_until_a_day(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected
