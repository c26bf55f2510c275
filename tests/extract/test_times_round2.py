"""Time mechanisms from a second reading of fresh interviews (outside both corpus splits):
"the end of the year" said without "this", hours counted back or on, "N units from now", "a
couple weeks" without "of", a day of the month said as a word, "since last year", the half of
a relative year without "of", and a time fronted before its clause. Invented sentences, each
with near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.times import find_times

ANCHOR = date(2024, 6, 12)  # a Wednesday, in June

Found = tuple[str, str | None, str | None]


def found(text: str, anchor: date = ANCHOR) -> list[Found]:
    return [(t.text, t.start, t.end) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the year" / "the month" with no "this": the interview's own
        ("We expect a deal by the end of the year", [("by the end of the year", None, "2024-12")]),
        (
            "Talks began at the start of the year",
            # the beginning of a year is its early third, as "early 2024" (values round 8)
            [("at the start of the year", "2024-01", "2024-04")],
        ),
        (
            "Since the beginning of the year, prices have eased",
            [("Since the beginning of the year", "2024-01", "2024-06-12")],
        ),
        (
            "The fund runs out before the end of the month",
            [("before the end of the month", None, "2024-06")],
        ),
        # ... or of the year the claim named just before it
        (
            "In 2019 the bank cut rates, and by the end of the year it cut again",
            [("In 2019", "2019", "2019"), ("by the end of the year", None, "2019-12")],
        ),
        # the middle of a year is May to August, as "mid-2024"
        (
            "The troops stay until the middle of next year",
            [("until the middle of next year", None, "2025-08")],
        ),
        (
            "We agreed in the middle of the year",
            [("in the middle of the year", "2024-05", "2024-08")],
        ),
        (
            "In the middle of 2019 the bank cut rates",
            [("In the middle of 2019", "2019-05", "2019-08")],
        ),
        # near misses: a relative or a numbered year keeps its own rule
        ("By the end of next year we will finish", [("By the end of next year", None, "2025-12")]),
        ("At the end of 2019 the bank cut rates", [("At the end of 2019", "2019-12", "2019-12")]),
        ("The end of the story is near", []),
        ("At the end of the day, voters decide", []),
        ("In the middle of the night they left", []),
    ],
)
def test_part_of_the_current_period(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over the last 48 hours we have spoken to both sides",
            [("Over the last 48 hours", "2024-06-10", "2024-06-12")],
        ),
        (
            "What changed in the past 24 hours?",
            [("in the past 24 hours", "2024-06-11", "2024-06-12")],
        ),
        (
            "We will know more in the next few hours",
            [("in the next few hours", "2024-06-12", "2024-06-12")],
        ),
        # near misses: hours as a duration or a quantity, and not the open "in the past"
        ("The talks lasted 48 hours", []),
        ("He worked for 12 hours a day in the past", [("in the past", None, "2024-06-12")]),
    ],
)
def test_hours_back_or_on(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six months from now the plant will open",
            [("Six months from now", "2024-12", "2024-12")],
        ),
        ("We vote two weeks from today", [("two weeks from today", "2024-06-26", "2024-06-26")]),
        ("In 25 years from now, they will judge us", [("25 years from now", "2049", "2049")]),
        ("We will decide in a couple weeks", [("in a couple weeks", "2024-06-26", "2024-06-26")]),
        ("They met a couple weeks ago", [("a couple weeks ago", "2024-05-29", "2024-05-29")]),
        # near misses: "from now on" stays open, a bare "a couple" is no number of units
        ("From now on, we will act", [("From now on", "2024-06-12", None)]),
        ("A couple of ministers met them", []),
    ],
)
def test_counted_from_the_interview(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The payments rose from the first of January",
            [("from the first of January", "2024-01-01", "2024-01-01")],
        ),
        (
            "The tax will go up on the twenty-first of July",
            [("the twenty-first of July", "2024-07-21", "2024-07-21")],
        ),
        # near misses: an ordinal that is not a day, and a day in digits (its own rule)
        ("It was the first of many visits in March", [("in March", "2024-03", "2024-03")]),
        (
            "The law changed on the 1st of July",
            [("the 1st of July", "2023-07-01", "2023-07-01")],
        ),
    ],
)
def test_day_of_the_month_as_a_word(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices have doubled since last year", [("since last year", "2023", "2024-06-12")]),
        ("Sales are up since last month", [("since last month", "2024-05", "2024-06-12")]),
        # near misses: no "since"
        ("Prices doubled last year", [("last year", "2023", "2023")]),
        (
            "Growth was slow in the first half this year",
            [("in the first half this year", "2024-01", "2024-06")],
        ),
        (
            "Growth will pick up in the second half of next year",
            [("in the second half of next year", "2025-07", "2025-12")],
        ),
        (
            "Growth was slow in the first half of 2019",
            [("in the first half of 2019", "2019-01", "2019-06")],
        ),
    ],
)
def test_since_and_halves_of_relative_years(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time fronted before its clause takes that clause's tense, not the claim's
        (
            "I will be brief: on Saturday, the President spoke to the governor",
            [("on Saturday", "2024-06-08", "2024-06-08")],
        ),
        (
            "We will act. In March, prices fell sharply",
            [("In March", "2024-03", "2024-03")],
        ),
        # near misses: the clause after the comma speaks of the future, or shows no tense
        (
            "I said it then: on Saturday, the President will speak",
            [("on Saturday", "2024-06-15", "2024-06-15")],
        ),
        (
            "They will meet, and on Saturday, as usual, the talks resume",
            [("on Saturday", "2024-06-15", "2024-06-15")],
        ),
        # an aside after the comma tells nothing of the time: the claim's future decides
        (
            "On Tuesday, as we announced, the President will travel to Ohio",
            [("On Tuesday", "2024-06-18", "2024-06-18")],
        ),
    ],
)
def test_fronted_time_takes_the_next_clause(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday with its date after it is that date
        (
            "You saw that on Friday, May 31st, when the bank failed",
            [("on Friday", "2024-05-31", "2024-05-31"), ("May 31st", "2024-05-31", "2024-05-31")],
        ),
        (
            "The vote is on Tuesday, 18 June",
            [("on Tuesday", "2024-06-18", "2024-06-18"), ("18 June", "2024-06-18", "2024-06-18")],
        ),
        # near misses: a date later in the sentence, not set after the weekday
        (
            "He spoke on Monday, and on May 3 he left",
            [("on Monday", "2024-06-10", "2024-06-10"), ("on May 3", "2024-05-03", "2024-05-03")],
        ),
        (
            "On Friday, in March, it rained",
            [("On Friday", "2024-06-07", "2024-06-07"), ("in March", "2024-03", "2024-03")],
        ),
    ],
)
def test_weekday_with_its_date(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


def test_the_weekday_picks_the_year_of_a_date() -> None:
    # 8 June after a past verb would be the last one (2022, a Wednesday); in 2023 it is a
    # Thursday, as the weekday says
    anchor = date(2023, 5, 30)
    text = "The leaders agreed to meet at the White House on Thursday, June 8th"
    assert found(text, anchor) == [
        ("on Thursday", "2023-06-08", "2023-06-08"),
        ("June 8th", "2023-06-08", "2023-06-08"),
    ]
    # near miss: a weekday that fits the date as resolved leaves it alone
    assert found("They met on Wednesday, June 8th", anchor) == [
        ("on Wednesday", "2022-06-08", "2022-06-08"),
        ("June 8th", "2022-06-08", "2022-06-08"),
    ]
