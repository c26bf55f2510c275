"""Quantity mechanisms found on fresh interviews (outside both corpus splits), each with near
misses that must not change. Invented sentences in the style of press briefings, radio
interviews and podcasts."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import document_dollar, find_quantities

Key = tuple[float | None, float | None, float | None, str | None]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def keys(text: str, dollar: str = "USD") -> list[Key]:
    return [
        (_round(q.value), _round(q.value_low), _round(q.value_high), q.unit)
        for q in find_quantities(text, dollar)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction of a percent, of a point, of a scale
        ("only two tenths of 1 percent of filers pay it", [(0.2, None, None, "percent")]),
        ("we mean a tenth of a percent of households", [(0.1, None, None, "percent")]),
        ("growth of three quarters of one per cent", [(0.75, None, None, "percent")]),
        ("rates rose by half a percentage point", [(0.5, None, None, "percentage_point")]),
        ("a quarter of a billion dollars for roads", [(2.5e8, None, None, "USD")]),
        ("a half billion dollar fund for schools", [(5e8, None, None, "USD")]),
        ("about half a million people left", [(5e5, None, None, "person")]),
        # near misses: a plain fraction stays a fraction
        ("two fifths of the members voted", [(0.4, None, None, "fraction")]),
        ("a third of the country", [(round(1 / 3, 6), None, None, "fraction")]),
        ("half the bank is sold", [(0.5, None, None, "fraction")]),
        ("in the first half of the year", []),
        ("the fifth of the month", []),
        # a mixed number
        ("probably two and three quarters billion dollars", [(2.75e9, None, None, "USD")]),
        ("one and a half million farmers", [(1.5e6, None, None, "person")]),
    ],
)
def test_fractions(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from X to Y" is a change even when it falls (not a score)
        (
            "they cut it from 40 to 35 per cent",
            [(40, None, None, "percent"), (35, None, None, "percent")],
        ),
        # a decreasing pair with a currency or scale is no score
        ("from a gap of $ 4.5 billion to one of balance", [(4.5e9, None, None, "USD")]),
        # "and" without "between" joins two numbers, not a range
        (
            "a further 4 per cent, 2 and 2",
            [
                (4, None, None, "percent"),
                (2, None, None, "percent"),
                (2, None, None, "percent"),
            ],
        ),
        # near misses: a range, a score
        ("between 20 and 30 ships", [(None, 20, 30, "ship")]),
        ("for 3 or 4 weeks", [(None, 3, 4, "week")]),
        ("they won 4-2", [(4, None, None, None), (2, None, None, None)]),
    ],
)
def test_pairs(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of the month written in capitals, a financial year: times
        ("PRESS CONFERENCE, PERTH, 12 JUNE 2001", []),
        ("the money flows in 07-08 and the rest in 08-09", []),
        # near misses: a range of two-digit numbers with a unit, or not consecutive
        ("a rise of 10-11 per cent", [(None, 10, 11, "percent")]),
        ("about 20-25 trucks", [(None, 20, 25, "truck")]),
        ("12 may be too many", [(12, None, None, None)]),
    ],
)
def test_dates_and_year_labels(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It will more than double the capacity of the port", [(2, None, None, "times")]),
        ("We would double their budget", [(2, None, None, "times")]),
        ("spending is almost double", [(2, None, None, "times")]),
        # near misses: the adjective
        ("there is no double taxation", []),
        ("a double-digit rise", []),
        ("she played a double role", []),
    ],
)
def test_double(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Consultants are a dime a dozen", []),
        ("They sold it all in one go", []),
        ("he fired them in one fell swoop", []),
        # near misses
        ("They sold a dozen farms", [(12, None, None, "farm")]),
        ("They sold it all in one year", [(1, None, None, "year")]),
    ],
)
def test_idioms(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive after "of the" determines; the counted noun comes after it
        ("Four of the region's biggest mines closed", [(4, None, None, "mine")]),
        ("Three of the largest firms", [(3, None, None, "firm")]),
        # an adverb before the adjective is no part of the unit
        ("they buy three conventionally powered patrol boats", [(3, None, None, "patrol_boat")]),
        ("two slightly different plans", [(2, None, None, "plan")]),
        ("two family businesses", [(2, None, None, "family_business")]),  # near miss: a noun
        ("three supply chains", [(3, None, None, "supply_chain")]),
        # an age after "age"
        ("children under age five qualify", [(5, None, None, "year")]),
        # slang for money
        ("he made a few million bucks", [(None, None, None, "USD")]),
        ("it cost 20 quid", [(20, None, None, "GBP")]),
    ],
)
def test_units(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spelled-out number after a capitalised word counts; only digits name
        ("as the Senate did for the last President four times", [(4, None, None, "time")]),
        ("they wrote to Congress two letters", [(2, None, None, "letter")]),
        ("we watched Channel 4 all night", []),  # near miss: digits after a name
        # a percent sign repeated in a range
        ("it takes 20%-25% of sales", [(None, 20, 25, "percent")]),
        ("between 5% and 8% of voters", [(None, 5, 8, "percent")]),
        ("it rose 4% and 7% in turn", [(4, None, None, "percent"), (7, None, None, "percent")]),
        # a fraction before a comparative
        ("prices are a quarter higher than in May", [(0.25, None, None, "fraction")]),
        ("a quarter to get it done", []),  # near miss: no "of" nor comparative
        # phone numbers joined by hyphens or dots
        ("call 1-800-555-0100 or 202.555.0100 now", []),
        ("a 2-3 week delay", [(None, 2, 3, "week")]),  # near miss: a range
    ],
)
def test_names_ranges_and_phone_numbers(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two, we will cut the fees", []),  # an enumerator
        ("three: we will build the line", []),
        ("Two ships, we are told, sank", [(2, None, None, "ship")]),  # near miss
        ("he has two, maybe three", [(2, None, None, None), (3, None, None, None)]),
        # a capitalised modifier of a people noun
        ("a record six Indigenous Australians stood", [(6, None, None, "person")]),
        ("five Labor seats fell", [(5, None, None, "seat")]),  # near miss
    ],
)
def test_enumerators_and_capitalised_people(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at each of the 700 points", [(700, None, None, "point")]),
        ("the index fell 450 points", [(450, None, None, "point")]),
        ("a 20-point lead", [(20, None, None, "percentage_point")]),  # near miss
        ("it costs 550 million NT dollars", [(5.5e8, None, None, "TWD")]),
        ("we extend this to half past 11", []),
        ("at a quarter to five", []),
        ("half of 11 ministries", [(0.5, None, None, "fraction"), (11, None, None, "ministry")]),
    ],
)
def test_points_currencies_and_clock(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


def test_implied_unit_prefers_a_count_to_a_duration() -> None:
    text = "we found 5,000 idle workers, idle more than 6 months, and 5,000 back in jobs"
    assert [q.unit for q in find_quantities(text)] == ["person", "month", "person"]
    # near miss: a duration alone still lends its unit
    text = "over the last couple of days, as over the next two"
    assert [q.unit for q in find_quantities(text)] == ["day", "day"]


def test_american_spelling_keeps_the_us_dollar() -> None:
    about_australia = (
        "Australia and the Australians will build it. Australia's defense budget grew 5 percent, "
        "and Australia pays 3 percent more. The center of it is Australia. 2 percent, Canberra."
    )
    assert document_dollar(about_australia) == "USD"
    # near miss: a Commonwealth spelling keeps the country's dollar
    commonwealth = about_australia.replace("percent", "per cent").replace("defense", "defence")
    assert document_dollar(commonwealth.replace("center", "centre")) == "AUD"
