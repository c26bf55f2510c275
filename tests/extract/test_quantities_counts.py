"""Counting "one", changes "from X to Y", plural modifiers and numbers that only label, on
invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities

Key = tuple[float | None, float | None, float | None, str | None]


def keys(text: str) -> list[Key]:
    return [(q.value, q.value_low, q.value_high, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the codebook: "one" counting is a quantity, with its counted noun
        ("The council held only one hearing", [(1, None, None, "hearing")]),
        ("At least one province has refused", [(1, None, None, "province")]),
        ("It needs one short amendment", [(1, None, None, "amendment")]),
        ("They lack one thing: water", [(1, None, None, "thing")]),
        ("Only one Peruvian signed", [(1, None, None, "person")]),
    ],
)
def test_one_counting_a_noun_is_a_quantity(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "One of the mayors resigned",  # a pronoun picking one out
        "No one expected the vote",
        "We cannot know the state of any one prisoner",
        "One must read the treaty",  # the pronoun "one"
        "One needs patience here",
        "One also hears complaints",
        "At one point the talks stalled",  # idioms
        "On the one hand, it is cheap",
        "It ended one way or another",
        "The ministers met one another",
        "It is the number one issue",
    ],
)
def test_one_that_counts_nothing_is_no_quantity(text: str) -> None:
    assert keys(text) == []


def test_one_before_a_dash_does_not_take_the_dash_into_its_unit() -> None:
    (quantity,) = find_quantities("They lack one thing- water")
    assert (quantity.text, quantity.unit) == ("one thing", "thing")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change from one value to another is two quantities, not a range
        (
            "The quota rose from 12,000 to 15,000",
            [(12000, None, None, None), (15000, None, None, None)],
        ),
        (
            "Turnout fell from 60% to 48%",
            [(60, None, None, "percent"), (48, None, None, "percent")],
        ),
        ("Turnout was 48 to 52%", [(None, 48, 52, "percent")]),  # a range stays one
    ],
)
def test_from_x_to_y_is_a_change(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city hosted 300 sports events", [(300, None, None, "sports_event")]),
        ("They signed two arms deals", [(2, None, None, "arms_deal")]),
        ("Nine customs officers were fired", [(9, None, None, "person")]),
        # a noun joined to an adjective by "and" modifies as the adjective does
        ("about 80 local and youth sports clubs", [(80, None, None, "sports_club")]),
        ("We met 12 CEOs", [(12, None, None, "person")]),
    ],
)
def test_units_of_compound_counts(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every 482 permit holder must register", []),  # a label before a singular noun
        ("The index rose by 5 since spring", [(5, None, None, None)]),  # a function word
        ("Prices rose 4 overall", [(4, None, None, None)]),
        ("Of the 30 surveyed, most agreed", [(30, None, None, None)]),
    ],
)
def test_digits_before_a_singular_noun_label_it(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "dollar", "expected"),
    [
        # the CLDR's English currency names name their currency, whatever the document's dollar
        ("It cost 40 billion Egyptian pounds", "USD", [(40e9, None, None, "EGP")]),
        ("They paid 300 Canadian dollars", "AUD", [(300, None, None, "CAD")]),
        ("We lent 5 million US dollars", "AUD", [(5e6, None, None, "USD")]),
        ("They lost millions of Mexican pesos", "USD", [(None, None, None, "MXN")]),
        ("It is 500 dollars", "AUD", [(500, None, None, "AUD")]),  # a bare dollar: the document's
    ],
)
def test_currency_names_give_their_code(text: str, dollar: str, expected: list[Key]) -> None:
    found = [(q.value, q.value_low, q.value_high, q.unit) for q in find_quantities(text, dollar)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the codebook's rates: <unit>_per_<unit>
        ("Wages rose 4 per cent a year", [(4, None, None, "percent_per_year")]),
        ("Output grew 2.5 percent annually", [(2.5, None, None, "percent_per_year")]),
        ("The field pumps 90,000 barrels a day", [(90000, None, None, "barrel_per_day")]),
        ("Some 3,000 migrants a month arrive", [(3000, None, None, "person_per_month")]),
        ("The train runs at 120 km an hour", [(120, None, None, "kilometer_per_hour")]),
        # a period that places a time, and a frequency, make no rate
        ("It was 5 percent a year ago", [(5, None, None, "percent")]),
        ("The board meets three times a year", [(3, None, None, "time")]),
    ],
)
def test_a_count_per_period_is_a_rate(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nearly three-quarters of the members", [(0.75, None, None, "fraction")]),
        ("two-thirds of the seats", [(2 / 3, None, None, "fraction")]),
        ("a few hundred volunteers came", [(None, None, None, "person")]),  # vague: no value
        ("several thousand euros", [(None, None, None, "EUR")]),
        # no range runs downwards: a vote or score is two quantities
        ("a 7 to 2 ruling", [(7, None, None, None), (2, None, None, None)]),
    ],
)
def test_fractions_vague_scales_and_tallies(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deficit is 3.2pc of output", [(3.2, None, None, "percent")]),
        ("It was a 25 basis point cut", [(25, None, None, "basis_point")]),
        ("The fee is Rs 5,000", [(5000, None, None, "INR")]),
        ("a tenfold increase", [(10, None, None, "times")]),  # a multiple, as "ten times"
        ("a 3-fold rise", [(3, None, None, "times")]),
        ("a woman aged 58", [(58, None, None, "year")]),  # the codebook: an age is in years
        ("for the last couple of days", [(2, None, None, "day")]),
        ("Fold the paper", []),
    ],
)
def test_economic_writing(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected
