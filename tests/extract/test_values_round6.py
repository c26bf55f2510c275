"""Quantity and time mechanisms found on the sixth round's newly adjudicated dev interviews (a
public-inquiry hearing, press conferences on benefits and on the economy, a finance call, a
televised political interview). Invented sentences, with the near misses that must not
change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.entities import find_mentions
from pipeline.extract.quantities import find_quantities
from pipeline.extract.times import find_times

ANCHOR = date(2023, 5, 17)


def quantity_keys(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


def time_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital letter joined to digits, with no currency sign, is a code, not billions
        ("Counsel for Module 3C asked about the wards", []),
        ("Lead 4B: Thank you, and can we turn to the letter", []),
        ("The applicants filled in Form 2K", []),
        # near misses: the press's billions and millions keep their scale
        ("They set aside $3B for the upgrade", [(3e9, "USD")]),
        ("About 5m people watched the final", [(5e6, "person")]),
    ],
)
def test_letter_codes_are_no_scale(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number of a bill, a schedule or a module is a label
        ("Students marched against bill 62 on the weekend", []),
        ("Under the plan, Schedule 7 land would be opened to drilling", []),
        ("The witnesses for module 4 gave evidence in the spring", []),
        # near misses: a count of bills, and a bill for money
        ("The Senate passed 14 bills before the break", [(14.0, "bill")]),
        ("They got a $300 bill for the repairs", [(300.0, "USD")]),
    ],
)
def test_label_nouns_before_numbers(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for many years" is a long while, as "for a long time" is: no count
        ("We have been raising this with them for many years", []),
        ("The mine was closed many decades ago", []),
        # near misses: other units, "many more", and the other vague counts keep theirs
        ("The committee sat for many hours", [(None, "hour")]),
        ("It will take many more years to rebuild", [(None, "year")]),
        ("That took several years", [(None, "year")]),
    ],
)
def test_many_years_is_no_count(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "others" counts people, as "people" does; so does a noun of addicts
        (
            "Ten thousand residents fled and thousands of others stayed",
            [(1e4, "person"), (None, "person")],
        ),
        ("The clinic treats 2,000 heroin addicts", [(2000.0, "person")]),
        # near miss: "other" before a noun leaves that noun the unit
        ("Three other towns were flooded", [(3.0, "town")]),
    ],
)
def test_others_are_people(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the horizon of a forecast: from the interview on, with no end
        ("Prices will stay high in the short term", [("in the short term", "2023-05-17", None)]),
        (
            "Growth should recover over the medium term",
            [("over the medium term", "2023-05-17", None)],
        ),
        # "in the long term" mostly states a rule, and is left alone
        ("In the long term, wages follow productivity", []),
    ],
)
def test_term_horizons(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deictic "this": the interview's own day
        (
            "The banks are holding up well at this point",
            [("at this point", "2023-05-17", "2023-05-17")],
        ),
        ("Nobody is travelling at this hour", [("at this hour", "2023-05-17", "2023-05-17")]),
        (
            "We thank the nurses for their work during this time",
            [("during this time", "2023-05-17", "2023-05-17")],
        ),
        # near misses: "at this point of the talks", "this time last year" are no deictic
        ("At this point of the talks nobody knew", []),
        ("During this time last year prices fell", [("last year", "2022", "2022")]),
    ],
)
def test_deictic_this(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from an unnamed start up to the interview
        (
            "We have been clear about that from the very beginning",
            [("from the very beginning", None, "2023-05-17")],
        ),
        (
            "Right from the start, the agency backed the plan",
            [("Right from the start", None, "2023-05-17")],
        ),
        ("They opposed the deal from the outset", [("from the outset", None, "2023-05-17")]),
        # near miss: the start of a named period is that period's own time
        (
            "Sales rose from the beginning of 2021",
            [("from the beginning of 2021", "2021-01", "2021-01")],
        ),
    ],
)
def test_from_the_beginning(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter of the interview's year, the last or the next
        (
            "Output fell in the second quarter of this year",
            [("in the second quarter of this year", "2023-04", "2023-06")],
        ),
        (
            "Exports grew in the fourth quarter of last year",
            [("in the fourth quarter of last year", "2022-10", "2022-12")],
        ),
        # the transcribers' "forth"
        (
            "The forth quarter of last year was weak",
            [("The forth quarter of last year", "2022-10", "2022-12")],
        ),
        # near misses: a dated quarter, and a quarter as a fraction
        (
            "Output fell in the third quarter of 2019",
            [("in the third quarter of 2019", "2019-07", "2019-09")],
        ),
        ("A quarter of the year's rain fell in a day", []),
    ],
)
def test_quarters_of_relative_years(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "coming" gives a horizon from the interview on, with no end
        (
            "Families will run out of savings in the coming month",
            [("in the coming month", "2023-05-17", None)],
        ),
        (
            "More details will follow in the coming weeks",
            [("in the coming weeks", "2023-05-17", None)],
        ),
        # near miss: "the next month" is the calendar month after the interview's
        ("We vote next month", [("next month", "2023-06", "2023-06")]),
    ],
)
def test_the_coming_unit(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague magnitude per period is a rate, as a number per period is
        (
            "The province is borrowing hundreds of millions of dollars a week",
            [(None, "USD_per_week")],
        ),
        ("Volunteers collect thousands of signatures every week", [(None, "signature_per_week")]),
        # near misses: no period, and "a year ago", which is a time
        ("The fund lost millions of dollars", [(None, "USD")]),
        ("Thousands of people left a year ago", [(None, "person")]),
    ],
)
def test_vague_rates(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number of millions takes no percent from the share before it
        ("Sales climbed 12% last year to 4.5 billion", [(12.0, "percent"), (4.5e9, None)]),
        # near miss: a plain number after a percent still takes it
        (
            "Turnout rose to 61% in the city and 58 in the suburbs",
            [(61.0, "percent"), (58.0, "percent")],
        ),
    ],
)
def test_scaled_numbers_take_no_percent(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "prior to" is the formal "before"
        ("Prior to 2019 the mill made a profit", [("Prior to 2019", None, "2019")]),
        ("Nobody warned us prior to March 3", [("prior to March 3", None, "2023-03-03")]),
        # "September the 11th": the spoken "the" before an ordinal day
        ("Markets fell after February the 2nd", [("after February the 2nd", "2023-02-02", None)]),
        # near miss: a month, then a count ("In September the 12 members met")
        ("In September the 12 members met", [("In September", "2022-09", "2022-09")]),
    ],
)
def test_prior_to_and_spoken_days(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "earlier this week" is its Monday to the interview; "later this week" the interview
        # to its Sunday
        (
            "The minister signed it earlier this week",
            [("earlier this week", "2023-05-15", "2023-05-17")],
        ),
        ("The report comes out later this week", [("later this week", "2023-05-17", "2023-05-21")]),
        # near misses: the whole week, and a year kept whole
        ("The report comes out this week", [("this week", "2023-05-15", "2023-05-21")]),
        ("Earlier this year the plant closed", [("Earlier this year", "2023", "2023")]),
    ],
)
def test_earlier_and_later_this_week(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "another one" is a pronoun; "at one time" means "once, formerly"
        ("Then he was moved to another one after that", []),
        ("At one time the town had nine mills", [(9.0, "mill")]),
        # near miss: "one" counting a noun
        ("They closed one ward and two clinics", [(1.0, "ward"), (2.0, "clinic")]),
    ],
)
def test_one_as_a_pronoun_or_idiom(text: str, expected: list[tuple[float | None, str]]) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last N or M years": as far back as the larger number
        (
            "Wages have stalled in the last three or four years",
            [("in the last three or four years", "2019", "2023-05-17")],
        ),
        # near miss: one number
        (
            "Wages have stalled in the last three years",
            [("in the last three years", "2020", "2023-05-17")],
        ),
    ],
)
def test_spans_of_alternative_counts(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials of a national police force, a league and a benefit programme (an event)
        (
            "The RCMP will review the shooting",
            [("Royal Canadian Mounted Police", "organization")],
        ),
        (
            "The NHL wants to finish the season in two hub cities",
            [("National Hockey League", "organization")],
        ),
        (
            "Students who cannot find work can apply for the CERB",
            [("Canada Emergency Response Benefit", "event")],
        ),
        # the capitalised generic "Central Bank" names no bank; a country's own bank does
        ("Central Bank independence must be defended", []),
        ("The Central Banks moved too late", []),
        ("The Central Bank of Kenya held rates", [("Central Bank of Kenya", "organization")]),
    ],
)
def test_round6_entities(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the disease a person has is no pandemic
        ("Her father passed away from Covid in the spring", []),
        ("We lost my uncle, a bus driver, to Covid", []),
        ("The nurse said he had Covid", []),
        ("Everyone on the ward was tested for Covid", []),
        # near misses: the period and the named pandemic stay the event
        ("After Covid the high street never recovered", [("COVID-19 pandemic", "event")]),
        ("The Covid pandemic closed the schools", [("COVID-19 pandemic", "event")]),
        # medical initialisms are no organisations; a devolved government's name is one
        ("She took a PCR test for her COPD", []),
        ("The Welsh Government changed the rules", [("Welsh Government", "organization")]),
        # near miss: the adjective before another noun still names the country
        ("The Welsh economy grew", [("Wales", "place")]),
    ],
)
def test_illness_and_health_talk(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # older and plural spellings of listed places
        ("My family comes from Szechuan", [("Sichuan", "place")]),
        ("Tankers avoid the Straits of Hormuz", [("Strait of Hormuz", "place")]),
    ],
)
def test_place_spellings(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected
