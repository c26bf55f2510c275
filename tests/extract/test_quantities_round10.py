"""Quantity mechanisms found on a tenth round of fresh interviews (outside both corpus splits):
Australian doorstop interviews and press conferences, and Treasury press briefings. Invented
sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities


def rows(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    return [(q.text, q.value, q.value_low, q.value_high, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thousands grouped by a space, as Australian and SI-style transcripts write them
        (
            "Under the old system 40 000 people arrived by boat",
            [("40 000 people", 40000.0, None, None, "person")],
        ),
        (
            "The fund is worth $2 500 000",
            [("$2 500 000", 2500000.0, None, None, "USD")],
        ),
        # ... by a non-breaking space
        (
            "We placed 12\u00a0500 apprentices",
            [("12\u00a0500 apprentices", 12500.0, None, None, "person")],
        ),
        # ... or by a typed comma and space before a group that starts with a zero
        (
            "About 200, 000 households are affected",
            [("About 200, 000 households", 200000.0, None, None, "household")],
        ),
        # near misses: a comma and space before a group that does not start with a zero is a
        # list, and a four-digit year is never the first group
        (
            "Of the 800, 350 came back",
            [("800", 800.0, None, None, None)],
        ),
        (
            "In 2016 300 staff were moved",
            [("300 staff", 300.0, None, None, "person")],
        ),
        (
            "Options 1, 2, 3 were tabled",
            [
                ("1", 1.0, None, None, None),
                ("2", 2.0, None, None, None),
                ("3", 3.0, None, None, None),
            ],
        ),
    ],
)
def test_grouped_thousands(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number and an adjective made from a noun name a kind, hyphen or not
        ("They want a two tiered health system", []),
        ("It was a one sided deal from the start", []),
        ("We announced a three pronged strategy", []),
        # "a" before a plural number and a singular noun that modifies another noun: the
        # hyphen of the compound was dropped ("a two-party system")
        ("Nobody wants a two class society", []),
        ("The board is a nine member panel", []),
        # near misses: the measuring compounds stay, and so does a plural head
        (
            "There is a six week waiting period",
            [("six week", 6.0, None, None, "week")],
        ),
        (
            "Two party leaders resigned",
            [("Two party leaders", 2.0, None, None, "person")],
        ),
        (
            "Two border posts were closed",
            [("Two border posts", 2.0, None, None, "border_post")],
        ),
        # no "a": the noun after the number may be a verb ("the two remain apart")
        ("The index fell by 4 since winter", [("4", 4.0, None, None, None)]),
    ],
)
def test_compounds_that_name_a_kind(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency word after a currency sign restates it: the period after it still makes
        # the rate
        (
            "Pensioners live on $24,000 dollars a year",
            [("$24,000 dollars a year", 24000.0, None, None, "USD_per_year")],
        ),
        (
            "That is $300 dollars a week for a family",
            [("$300 dollars a week", 300.0, None, None, "USD_per_week")],
        ),
        (
            "They cut $40 billion dollars from schools",
            [("$40 billion dollars", 40e9, None, None, "USD")],
        ),
        # near miss: a sign with no word after it
        ("The fee is $6 per visit", [("$6 per visit", 6.0, None, None, "USD_per_visit")]),
    ],
)
def test_currency_word_after_a_sign(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the age a person is or turns, where the clause ends: the codebook's age, in years
        (
            "Workers will wait until they are 67 before they can retire",
            [("67", 67.0, None, None, "year")],
        ),
        ("When he turned 60, he sold the farm", [("60", 60.0, None, None, "year")]),
        ("I was fourteen when we arrived", [("fourteen", 14.0, None, None, "year")]),
        ("She's 35", [("35", 35.0, None, None, "year")]),
        # near misses: no person, a noun or comparison after, or "one" as in an idiom
        ("Inflation is 3.1 now", [("3.1", 3.1, None, None, None)]),
        ("We were 12 behind at the break", [("12", 12.0, None, None, None)]),
        ("They are 70 percent done", [("70 percent", 70.0, None, None, "percent")]),
        (
            "The two plans are one and the same",
            [("two plans", 2.0, None, None, "plan")],
        ),
    ],
)
def test_ages_after_a_personal_pronoun(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the currency's letters after the dollar sign, as the Australian press writes them
        (
            "The package is worth $A4 billion",
            [("$A4 billion", 4e9, None, None, "AUD")],
        ),
        (
            "Exports fell by $US300 million a year",
            [("$US300 million a year", 300e6, None, None, "USD_per_year")],
        ),
        # near miss: a bare sign
        ("It costs $12", [("$12", 12.0, None, None, "USD")]),
    ],
)
def test_letters_after_the_dollar_sign(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a half-hour", "a half-century": the hyphenated measure, as "half an hour"
        (
            "We had a half-hour call with the minister",
            [("a half-hour", 0.5, None, None, "hour")],
        ),
        (
            "That ended a half-century of growth",
            [("a half-century", 0.5, None, None, "century")],
        ),
        (
            "They want a half-point cut",
            [("a half-point", 0.5, None, None, "percentage_point")],
        ),
        # near misses: "half" in a word that measures nothing
        ("It was a half-hearted effort", []),
        ("We are at the half-way mark", []),
    ],
)
def test_hyphenated_halves(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money with a scale word as a hyphenated modifier measures: the codebook's
        # hyphenated number-unit modifier that measures
        (
            "They signed a billion-dollar contract",
            [("a billion-dollar", 1e9, None, None, "USD")],
        ),
        (
            "It is a 40-billion-dollar program",
            [("40-billion-dollar", 40e9, None, None, "USD")],
        ),
        # "a trillion", as "a billion"
        (
            "We owe about a trillion dollars",
            [("about a trillion dollars", 1e12, None, None, "USD")],
        ),
        # near misses: a denomination names a kind of note, and the idiom counts nothing
        ("He handed over a 50-dollar note", []),
        ("That is the million-dollar question", []),
    ],
)
def test_money_as_a_modifier(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective in -al between "one" and a framing noun: "one" means "a"
        ("One fundamental point I want to make is that fees rose", []),
        # ... and adjectives in -al are no part of a counted unit
        (
            "We ran two internal audits",
            [("two internal audits", 2.0, None, None, "audit")],
        ),
        (
            "There are three essential steps",
            [("three essential steps", 3.0, None, None, "step")],
        ),
        # near miss: a noun in -al keeps its place in the unit
        (
            "They opened two hospital wards",
            [("two hospital wards", 2.0, None, None, "hospital_ward")],
        ),
    ],
)
def test_adjectives_in_al(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected
