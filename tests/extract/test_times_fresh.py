"""Time mechanisms found reading fresh interviews (outside both corpus splits): the tense of
the clause a bare date sits in, unnumbered "a few weeks ago", holidays inside place names, and
open-ended phrases without their preposition. Invented sentences, with near misses."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.times import find_times

ANCHOR = date(2024, 6, 12)  # a Wednesday, in June

Span = tuple[str | None, str | None]


def spans(text: str, anchor: date = ANCHOR) -> list[Span]:
    return [(t.start, t.end) for t in find_times(text, anchor)]


def texts(text: str, anchor: date = ANCHOR) -> list[str]:
    return [t.text for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause's own past verb wins over a future elsewhere in the claim
        (
            "It confirms what the minister said on Monday: that the levy will cut prices",
            [("2024-06-10", "2024-06-10")],
        ),
        ("The report published on Friday shows exports will rise", [("2024-06-07", "2024-06-07")]),
        ("Officials met in August, and the plan will pass", [("2023-08", "2023-08")]),
        # near misses: a future in the clause itself, or a clause with no tense of its own
        ("The minister will speak on Monday, she said", [("2024-06-17", "2024-06-17")]),
        ("On Monday, the board will vote", [("2024-06-17", "2024-06-17")]),
        ("The board will vote in August", [("2024-08", "2024-08")]),
        ("Prices jumped in August", [("2023-08", "2023-08")]),
        # "expect" looks ahead even without "to"
        ("We expect in October a new round of talks", [("2024-10", "2024-10")]),
    ],
)
def test_the_clause_tense_places_a_bare_date(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # no tense at all: the nearer season, the coming one in spring
        ("Now we are heading into the summer season", date(2022, 5, 20), [("2022-06", "2022-08")]),
        ("Exports slowed over the winter", date(2022, 5, 20), [("2021-12", "2022-02")]),
        # near misses: a past verb keeps the last one; a season that has begun is this one
        ("The summer was very dry", date(2022, 5, 20), [("2021-06", "2021-08")]),
        ("Prices are high over the summer", date(2022, 7, 20), [("2022-06", "2022-08")]),
    ],
)
def test_a_bare_season_without_tense_is_the_nearer(
    text: str, anchor: date, expected: list[Span]
) -> None:
    assert spans(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor said a few days ago that he would act", [(None, None)]),
        ("The payments started a few weeks ago", [(None, None)]),
        ("It happened several years ago", [(None, None)]),
        ("As my colleague said a minute ago, the rules are narrow", [("2024-06-12", "2024-06-12")]),
        ("We heard from them a few hours ago", [("2024-06-12", "2024-06-12")]),
        # near misses: a number still counts ("three weeks ago"), a duration is no time
        ("The payments started three weeks ago", [("2024-05-22", "2024-05-22")]),
        ("It took a few weeks", []),
    ],
)
def test_unnumbered_ago(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


def test_an_unnumbered_ago_keeps_its_count_word() -> None:
    assert texts("The payments started a few weeks ago") == ["a few weeks ago"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We hope to say more later in the day", [("2024-06-12", "2024-06-12")]),
        ("Earlier in the day, the envoy left", [("2024-06-12", "2024-06-12")]),
        # near misses
        ("We work on it every day", []),
        ("At the end of the day, it is their choice", []),
    ],
)
def test_later_in_the_day(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ship cannot dock at Christmas Island", []),
        ("We cannot land them on Christmas Island either", []),
        # near misses: the holiday itself
        ("We met at Christmas", [("2023-12-25", "2023-12-25")]),
        ("Prices rose at Christmas, then fell", [("2023-12-25", "2023-12-25")]),
    ],
)
def test_a_holiday_inside_a_name_is_no_time(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "now on" is "from now on" only after "from"
        ("It spreads faster now on social media", [("2024-06-12", "2024-06-12")]),
        ("From now on we will publish it", [("2024-06-12", None)]),
    ],
)
def test_now_on(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We have announced several steps the past several weeks", [(None, "2024-06-12")]),
        ("The last few years have been hard", [(None, "2024-06-12")]),
        ("That changed in the recent years", [(None, "2024-06-12")]),
        # near misses: a part of a longer period, and a noun-phrase adjective
        ("He fell ill in the last few days of the campaign", []),
        ("Recent polls show a tie", []),
    ],
)
def test_open_periods_without_their_preposition(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We said so since the very beginning of this administration", [(None, None)]),
        ("She spoke to him briefly after his election", [(None, None)]),
        ("Prices rose during their visit", [(None, None)]),
        # near misses: the conversation's own talks; a possessive with no event noun
        ("We agreed during our talks", []),
        ("He spoke after his colleagues", []),
    ],
)
def test_events_after_a_possessive(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "back then", "that year" point back at a time earlier in the claim itself
        (
            "Back in the year 2001 or so, we fought what we called the spam wars back then",
            [("2001", "2001"), ("2001", "2001")],
        ),
        ("In 2014 the protests began, and that year the mayors lost", [("2014", "2014")] * 2),
        # near misses: nothing before it, or only the interview's own day
        ("That year the mayors lost", [(None, None)]),
        ("Today we know more than we knew back then", [("2024-06-12", "2024-06-12"), (None, None)]),
    ],
)
def test_anaphora_inside_the_claim(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The year ’96 was also the start of the boom", [("1996", "1996")]),
        ("He left in '08 and came back", [("2008", "2008")]),
        ("Prices have doubled since '19", [("2019", "2024-06-12")]),
        ("He retired in '31", [("1931", "1931")]),  # the latest such year, not one ahead
        # near misses: a decade, a quoted word, a percentage
        ("It boomed in the '90s", [("1990", "1999")]),
        ("She told them 'no' in the end", []),
        ("It fell by '12 percent", []),
    ],
)
def test_two_digit_years(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam was half built when the governor took office", [(None, None)]),
        ("When Ana Ruiz came to power, the budget was empty", [(None, None)]),
        ("The reforms stalled when she was elected", [(None, None)]),
        # near misses: a dated clause, a condition, a "when" with another verb
        ("Costs fell when she was elected in 2019", [("2019", "2019")]),
        ("When prices rise, families suffer", []),
        ("I resigned when they asked me", []),
    ],
)
def test_a_change_of_office_in_a_when_clause(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Supply is higher than it was before the recall", [(None, None)]),
        ("Flights resumed after the shutdown", [(None, None)]),
        # near misses: the verb "recall", and a ban without a temporal preposition
        ("I recall the meeting well", []),
        ("The ban hurt exporters", []),
    ],
)
def test_more_event_nouns(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected
