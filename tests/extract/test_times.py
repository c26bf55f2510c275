"""Time expressions resolved against the interview date, on sentences from other topics."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.times import find_times

ANCHOR = date(2024, 6, 12)  # a Wednesday

Span = tuple[str | None, str | None]


def spans(text: str, anchor: date = ANCHOR, context: str | None = None) -> list[Span]:
    return [(t.start, t.end) for t in find_times(text, anchor, context)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In February 2023 the strike began", [("2023-02", "2023-02")]),
        ("The vote was held on 4 July 2019", [("2019-07-04", "2019-07-04")]),
        ("Results came on August 15", [("2023-08-15", "2023-08-15")]),  # the latest past one
        ("Results will come on August 15", [("2024-08-15", "2024-08-15")]),
        ("Prices jumped in March", [("2024-03", "2024-03")]),  # past: this year's March
        ("Protests began in September", [("2023-09", "2023-09")]),  # not after the anchor
        ("The summit will take place in September", [("2024-09", "2024-09")]),  # future
        ("We met last month", [("2024-05", "2024-05")]),
        ("We spoke last week", [("2024-06-03", "2024-06-09")]),  # the previous Mon-Sun
        ("Rents are rising now", [("2024-06-12", "2024-06-12")]),
        ("Today the port is closed", [("2024-06-12", "2024-06-12")]),
        ("The party was founded in 1991", [("1991", "1991")]),
        ("It has grown since 2014", [("2014", "2024-06-12")]),
        ("The law dates from before 2010", [(None, "2010")]),
        ("It happened two years ago", [("2022", "2022")]),  # "N years ago" is a year
        ("Rents doubled over the past decade", [("2014", "2024-06-12")]),
        ("Output peaked in the 1980s", [("1980", "1989")]),
        ("Building boomed in the early 2000s", [("2000", "2003")]),  # thirds of a decade
        ("Wages stalled in the mid-1990s", [("1994", "1996")]),
        ("Wages stalled in the late 1990s", [("1997", "1999")]),
        ("The mill closed in the late sixties", [("1967", "1969")]),
        ("The scheme was drafted in late 2011", [("2011-09", "2011-12")]),
        ("The ban dates from 1911", [("1911", "1911")]),  # "from X" alone is X
        ("Tariffs rose from 2001 roughly until 2009", [("2001", "2009")]),
        ("It was signed on the 9 th of March 2001", [("2001-03-09", "2001-03-09")]),
        ("It expires on the 1st of July of the year 2030", [("2030-07-01", "2030-07-01")]),
        ("The deal should close before the end of this year", [(None, "2024-12")]),
        ("The harbour has been dredged for six months now", [("2023-12", "2024-06-12")]),
        ("Growth was weak in the first quarter of 2023", [("2023-01", "2023-03")]),
        ("Between 2010 and 2015 the debt tripled", [("2010", "2015")]),
        ("Construction collapsed after the 2011 bailout", [("2011", None)]),
        ("Restrictions may come if the autumn is dry", [("2024-09", "2024-11")]),
        ("Reservoirs have been low since last winter", [("2023-12", "2024-06-12")]),
    ],
)
def test_explicit_and_relative(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The economy shrank during the Covid pandemic", [("2020-03-11", "2023-05")]),
        ("Waiting lists grew before the pandemic and its lockdowns", [(None, "2020-03-11")]),
        ("Waiting lists grew before the pandemic", [(None, "2020-03-11")]),  # the only one
        ("Cinemas shut when the pandemic hit, as Covid spread", [("2020-03-11", "2020-03-11")]),
        ("Hiring picked up after COVID", [("2020-03-11", None)]),  # from X, not from its end
        ("Kyiv has been shelled since the start of the war", [("2022-02-24", "2024-06-12")]),
        ("Hamas fighters regrouped early in the war", [("2023-10-07", None)]),  # by context words
        (
            "The region has been unstable since the collapse of the Soviet Union",
            [("1991-12-26", "2024-06-12")],
        ),
        ("Prices rose post mobilization in Russia", [("2022-09-21", None)]),
        (
            "Ghana has had peaceful transfers since independence",
            [("1957-03-06", "2024-06-12")],
        ),  # the country named before the phrase
    ],
)
def test_event_anchored(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


def test_an_explicit_date_after_an_event_is_the_time() -> None:
    assert spans("Exports fell after the partial mobilization in October") == [
        ("2023-10", "2023-10")
    ]


def test_anaphora_uses_the_context_before_the_claim() -> None:
    context = "The crisis began in 2019."
    assert spans("It has deepened since then", context=context) == [("2019", "2024-06-12")]
    assert spans("It kept growing for most of that year", context=context) == [("2019", "2019")]
    # no context: no guess at the start, but "since" still runs to the interview date
    assert spans("It has deepened since then") == [(None, "2024-06-12")]
    assert spans("It was different back then") == [(None, None)]


def test_past_perfect_since_ends_at_the_time_of_the_context() -> None:
    context = "In January 2022, the president called in foreign troops."
    text = "These were the biggest protests Kazakhstan had seen since independence"
    assert spans(text, context=context) == [("1991-12-16", "2022-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Now, let me explain the budget",  # a discourse marker
        "He may resign",
        "The rate fell to 4.3% within two years",  # a duration: a quantity
        "Heatwaves that came once in 50 years",
        "She reads Russia Today",
        "Prices fall in the fall of the year",
    ],
)
def test_not_times(text: str) -> None:
    assert [t for t in find_times(text, ANCHOR) if t.text.lower() not in ("the year",)] == []


def test_offsets_point_into_the_text() -> None:
    text = "Since\u00a0March, prices have risen; last year they fell"
    found = find_times(text, ANCHOR)
    assert [t.text for t in found] == ["Since\u00a0March", "last year"]
    for t in found:
        assert text[t.char_start : t.char_end] == t.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So far the repairs have cost little", [(None, "2024-06-12")]),
        ("Ferries were cheaper in the past", [(None, "2024-06-12")]),
        ("The lake has shrunk in recent years", [(None, "2024-06-12")]),
        ("Previously, the bridge carried trains", [(None, "2024-06-12")]),
        ("Going forward, the canal will close at night", [("2024-06-12", None)]),
        ("The bakery will reopen soon", [("2024-06-12", None)]),
        ("More stalls will open in the coming years", [("2024-06-12", None)]),
        ("The mayor spoke this morning", [("2024-06-12", "2024-06-12")]),
        ("The fire started last night", [("2024-06-11", "2024-06-11")]),
        ("The tram line was built a long time ago", [(None, None)]),
    ],
)
def test_open_ended_deictic_and_unanchored(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Call me as soon as you land",
        "So far as I can tell, the roof holds",
        "Everything mentioned so far is cheap",  # the conversation, not a time
    ],
)
def test_phrases_that_only_look_like_times(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>Yesterday the dam was opened", [("2024-06-11", "2024-06-11")]),  # markup: no name
        ("The shop is busy at the<br />\nmoment", [("2024-06-12", "2024-06-12")]),
        ("The levy was dropped long before yesterday's vote", [(None, "2024-06-11")]),
        ("The reforms of today's Peru", []),  # present-day: an adjective, no time
        ("Today's vote was close", [("2024-06-12", "2024-06-12")]),  # an event of the day
        ("Rain fell for the last couple of days", [("2024-06-10", "2024-06-12")]),
        ("The talks should finish by September", [(None, "2024-09")]),  # a deadline ahead
        ("She joined the March for Jobs", []),  # a name
        ("Tickets for the Winter Festival sold out", []),
        ("The bridge reopened on May 3 last year", [("2023-05-03", "2023-05-03")]),
        ("It peaked in October this year", [("2024-10", "2024-10")]),
        (
            "It is the longest strike since the dockers walked out in 1989",
            [("1989", "2024-06-12")],  # "since" opens the clause the year ends
        ),
    ],
)
def test_names_markup_and_clauses(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


def test_a_generic_pandemic_is_the_one_pandemic_known_only_when_it_is_recent() -> None:
    assert spans("Sales fell before the pandemic", anchor=date(2022, 5, 1)) == [
        (None, "2020-03-11")
    ]
    assert spans("Sales fell before the pandemic", anchor=date(2019, 5, 1)) == [(None, None)]
    assert spans("Rails were laid after the war", anchor=date(1975, 4, 1)) == [(None, None)]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Under Reagan the deficit grew", ANCHOR, [("1981", "1989")]),
        ("Tariffs rose in the Clinton administration", ANCHOR, [("1993", "2001")]),
        ("Under Bush the agency shrank", ANCHOR, [("2001", "2009")]),  # the latest Bush
        ("Under Trump the agency shrank", date(2025, 3, 1), [("2017", "2021")]),  # not weeks-old
        ("Under Trump the agency shrank", date(2026, 6, 1), [("2025", None)]),
        ("The deer hid under bush cover", ANCHOR, []),
    ],
)
def test_a_us_presidency_is_its_term(text: str, anchor: date, expected: list[Span]) -> None:
    assert spans(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents fell after the referendum", [(None, None)]),  # an event no table dates
        ("He resigned during the previous administration", [(None, None)]),
        ("Nothing moves until the end of the talks", [(None, None)]),
        ("Shares rose after the merger in 2019", [("2019", "2019")]),  # the date is the time
        ("We agreed during our talks", []),
    ],
)
def test_undated_events(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sank over the weekend", [("2024-06-08", "2024-06-09")]),
        ("The fair opens next weekend", [("2024-06-22", "2024-06-23")]),
        ("Spending in fiscal year 2025 will fall", [("2025", "2025")]),
        ("FY23 profits doubled", [("2023", "2023")]),
    ],
)
def test_weekends_and_fiscal_years(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike has lasted since Monday", [("2024-06-10", "2024-06-12")]),
        ("The canal was dug in the 1800s", [("1800", "1899")]),  # a century, not a decade
        ("From February to April the mine was shut", [("2024-02", "2024-04")]),
        ("between March and May 2020", [("2020-03", "2020-05")]),
    ],
)
def test_weekday_prepositions_centuries_and_month_ranges(text: str, expected: list[Span]) -> None:
    assert spans(text) == expected


def test_later_counts_from_the_last_dated_time_before_it() -> None:
    assert spans("The mill opened in 1962 and ten years later it closed") == [
        ("1962", "1962"),
        ("1972", "1972"),
    ]
    assert spans("Four months later it closed", context="It opened in May 2001.") == [
        ("2001-09", "2001-09")
    ]
    assert spans("It closed, as it is now, five years later") == [
        ("2024-06-12", "2024-06-12"),
        (None, None),  # "now" is no date to count from
    ]
