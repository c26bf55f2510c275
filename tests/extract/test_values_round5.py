"""Quantity, time and entity mechanisms found on a fifth round of fresh interviews (outside
both corpus splits): a finance-ministry press conference, a background call on a benefit
scheme, a doorstop, a public-inquiry hearing and a technology podcast. Invented sentences, with
the near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.entities import find_mentions
from pipeline.extract.quantities import find_quantities
from pipeline.extract.times import find_times

ANCHOR = date(2023, 5, 17)


def quantity_rows(text: str) -> list[tuple[float | None, float | None, float | None, str | None]]:
    return [(q.value, q.value_low, q.value_high, q.unit) for q in find_quantities(text)]


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def time_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, ANCHOR)]


def quantity_keys(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective that judges is no part of the counted noun
        ("We found three interesting patterns in the data", [(3.0, "pattern")]),
        ("There are two serious gaps in the plan", [(2.0, "gap")]),
        # and "one" before it frames a point, as "one thing to note" does
        ("Well, one interesting question is who pays", []),
        ("So one final point on the tariffs", []),
        # "one final time", "one last time": the idiom counts nothing
        ("The board will extend the freeze one final time", []),
        ("We will ask them one last time", []),
        # near misses: the counted noun after a plain adjective, and a count of times
        ("We built three new depots", [(3.0, "depot")]),
        ("They met four times this spring", [(4.0, "time")]),
    ],
)
def test_adjectives_stay_out_of_units(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 12 million borrowers still owe money", [(12_000_000.0, "person")]),
        ("Some 30 million federal student loan borrowers qualify", [(30_000_000.0, "person")]),
        ("The plan foresaw 500 fatalities", [(500.0, "person")]),
        ("Nine claimants and two carers spoke", [(9.0, "person"), (2.0, "person")]),
        # near misses: what people hold or do is counted as itself
        ("She holds 12 loans", [(12.0, "loan")]),
        ("There were 40 fatal crashes", [(40.0, "crash")]),
    ],
)
def test_more_nouns_for_people_count_persons(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a suspended compound ("lower- and middle-income") is one adjective split in two
        ("It helps millions of lower- and middle-income workers", [(None, "person")]),
        ("We funded 40 small- or medium-sized firms", [(40.0, "firm")]),
        # near miss: a hyphen with no coordinator after it is no suspended compound
        ("We funded 40 medium-sized firms", [(40.0, "firm")]),
    ],
)
def test_a_suspended_compound_keeps_the_counted_noun(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adjectives joined by "or" modify as those joined by "and" do
        (
            "In the past decade more than 20 new or newly found viruses have emerged",
            [(20.0, "virus")],
        ),
        # a bare number takes the nearer of an earlier count and an earlier "number of"
        (
            "Look at the three tables, and the number of evacuees, in the annex, is 900",
            [(3.0, "table"), (900.0, "person")],
        ),
        # a number after "a" measures the noun after it: it borrows no earlier unit
        (
            "With 80 depots and a 300 million overspend, the board must act",
            [(80.0, "depot"), (300_000_000.0, None)],
        ),
        # near miss: a bare number with no article still borrows the count's unit
        (
            "Over 5,000 vacancies, including roughly 1,200 in teaching",
            [(5_000.0, "vacancy"), (1_200.0, "vacancy")],
        ),
    ],
)
def test_a_bare_number_borrows_the_right_unit(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert quantity_keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "range from X to Y", "anywhere from X to Y": one value's span, a range
        ("The number of fatalities could range from 40 to 90", [(None, 40.0, 90.0, "person")]),
        ("Fees vary from 5 to 8 percent", [(None, 5.0, 8.0, "percent")]),
        ("It costs anywhere from $20 to $30", [(None, 20.0, 30.0, "USD")]),
        # near miss: "rose from X to Y" is a change, two values
        (
            "Fees rose from 5 to 8 percent",
            [(5.0, None, None, "percent"), (8.0, None, None, "percent")],
        ),
    ],
)
def test_a_span_after_range_is_a_range(
    text: str, expected: list[tuple[float | None, float | None, float | None, str | None]]
) -> None:
    assert quantity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decade written with an apostrophe, as some transcribers do
        ("That was common in the late 1980's", [("in the late 1980's", "1987", "1989")]),
        ("Nobody did that in the 2000\u2019s", [("in the 2000\u2019s", "2000", "2009")]),
        ("It peaked in the 70's", [("in the 70's", "1970", "1979")]),
        # near misses: the plain decade and a possessive that is no decade
        ("That was common in the 1980s", [("in the 1980s", "1980", "1989")]),
        ("Route 66's charm endures", []),
    ],
)
def test_a_decade_with_an_apostrophe_is_the_decade(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "through X" runs up to X, as "until X" does (the codebook: null start, end X)
        ("The freeze runs through June 30, 2023", [("through June 30, 2023", None, "2023-06-30")]),
        # near miss: "until" as before
        ("The freeze runs until June 30, 2023", [("until June 30, 2023", None, "2023-06-30")]),
    ],
)
def test_through_a_date_ends_there(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a calculation after "after" or "before" is no event
        ("Wages fell even after adjusting for prices", []),
        ("Before applying the rebate, the bill doubles", []),
        ("Output grew after controlling for the weather", []),
        # near misses: a gerund that tells an event is still one
        ("After leaving the cabinet she taught law", [("After leaving", None, None)]),
        ("Before joining us he ran a bank", [("Before joining", None, None)]),
    ],
)
def test_a_calculation_is_no_event(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" with a present-tense clause gives a reason
        ("We pressed them on it since the region is close to a tipping point", []),
        ("Prices have jumped, since exporters are short of ships", []),
        # near miss: a past clause after "since" in a perfect sentence is a time
        (
            "Prices have jumped since the port was closed",
            [("since the port was closed", None, None)],
        ),
    ],
)
def test_since_with_a_present_clause_is_a_reason(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the next N years" in a past claim counts from the year it names before
        (
            "A freeze in 2014 was followed by further cuts over the next 4 years",
            [("in 2014", "2014", "2014"), ("over the next 4 years", "2014", "2018")],
        ),
        (
            "In 2016 the plan said fees would rise over the next two years",
            [("In 2016", "2016", "2016"), ("over the next two years", "2016", "2018")],
        ),
        # near misses: a future claim, or no year before, counts from the interview date (as
        # "over the past ten years" runs to it)
        (
            "After 2016 we will cut it over the next two years",
            [("After 2016", "2016", None), ("over the next two years", "2023-05-17", "2025")],
        ),
        (
            "Fees will rise over the next two years",
            [("over the next two years", "2023-05-17", "2025")],
        ),
    ],
)
def test_the_next_years_count_from_a_year_the_claim_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a public body named with its country is one organisation, not the country
        (
            "Before that she ran a team at Public Health England",
            [("Public Health England", "organization")],
        ),
        (
            "PHE handed over to the UKHSA",
            [
                ("Public Health England", "organization"),
                ("UK Health Security Agency", "organization"),
            ],
        ),
        ("The rules came from Health Canada", [("Health Canada", "organization")]),
        # near miss: the country alone is the place
        ("Hospitals in England were full", [("England", "place")]),
    ],
)
def test_a_public_body_named_with_a_place_is_one_organisation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place name with "Delta" after it is the delta, the longest name
        ("Oil spills keep hitting the Niger Delta", [("Niger Delta", "place")]),
        # a "Taskforce" is a body, not a person's name
        ("She chairs the Health Taskforce", [("Health Taskforce", "organization")]),
        # near misses: the country alone, and the airline in the gazetteer
        ("Niger held an election", [("Niger", "place")]),
        ("Delta Air Lines cut routes", [("Delta Air Lines", "organization")]),
    ],
)
def test_keywords_that_end_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word said twice is speech, not a two-word person's name
        ("That is what makes Quarvo Quarvo, said Ann Lee", [("Ann Lee", "person")]),
        # near miss: a full name of two different words
        ("That is what Quarvo Lindqvist said", [("Quarvo Lindqvist", "person")]),
    ],
)
def test_a_repeated_word_is_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diseases, pathogens and poisons are none of the codebook's entity types
        ("The Ebola outbreak reached Guinea", [("Guinea", "place")]),
        ("Cases of Zika and MERS were traced", []),
        ("A Novichok attack in Salisbury", [("Salisbury", "place")]),
        # and initialisms of common technical nouns are no organisations
        ("Our CI jobs read YAML and JSON", []),
        # near miss: an unknown initialism is still taken for an organisation
        ("The ZQRA said no", [("ZQRA", "organization")]),
    ],
)
def test_diseases_and_common_initialisms_are_no_entities(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected_quantities", "expected_times"),
    [
        # an event-anchored time that measures its event keeps the measure as a quantity
        (
            "Loans are written off at the end of the 25-year period",
            [(25.0, "year")],
            ["at the end of the 25-year period"],
        ),
        (
            "Since the six-month truce was signed, exports have doubled",
            [(6.0, "month"), (2.0, "times")],
            ["Since the six-month truce was signed"],
        ),
        # near misses: "N years ago" stays a time only, and an age is no event's length
        ("She resigned three years ago", [], ["three years ago"]),
    ],
)
def test_a_measured_event_keeps_its_quantity(
    text: str, expected_quantities: list[tuple[float | None, str | None]], expected_times: list[str]
) -> None:
    assert quantity_keys(text) == expected_quantities
    assert [t.text for t in find_times(text, ANCHOR)] == expected_times
