"""Quantities, second round on fresh text: units of compounds and lists (invented sentences)."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities

Key = tuple[float | None, float | None, float | None, str | None]


def keys(text: str) -> list[Key]:
    return [(q.value, q.value_low, q.value_high, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modifier noun that looks plural keeps its head ("gas" is no plural of "ga")
        ("Some 12,000 gas stations shut", [(12000, None, None, "gas_station")]),
        ("They opened 40 data centers", [(40, None, None, "data_center")]),
        ("We sold 210,000 location data points", [(210000, None, None, "location_data_point")]),
        ("Three media outlets left", [(3, None, None, "media_outlet")]),
        # the modifier before a singular head ("one" counts the whole compound)
        ("They built one data center in Iowa", [(1, None, None, "data_center")]),
        ("We used one data set", [(1, None, None, "data_set")]),
        # a hyphenated adjective before the plural head is dropped, as adjectives are
        ("We held dozens of high-level meetings", [(None, None, None, "meeting")]),
        ("It helps two low-income families", [(2, None, None, "family")]),
        ("We added 300 full-time jobs", [(300, None, None, "job")]),
        # the bare members of a list take the unit the last one names
        (
            "It has stood for 30, 40, 50 years",
            [(30, None, None, "year"), (40, None, None, "year"), (50, None, None, "year")],
        ),
        ("over the past 12, 24 hours", [(12, None, None, "hour"), (24, None, None, "hour")]),
    ],
)
def test_units_of_compounds_and_lists(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses that must not change
        ("Two check-ins a week", [(2, None, None, "check-in_per_week")]),  # hyphenated head
        ("We had one follow-up", [(1, None, None, "follow-up")]),
        # a list whose members are separated by more than a comma shares nothing
        ("Spain 41.5, Italy 38 percent", [(41.5, None, None, None), (38, None, None, "percent")]),
        ("a million or two", [(1e6, None, None, None), (2, None, None, None)]),
        ("$5, 6 percent", [(5, None, None, "USD"), (6, None, None, "percent")]),  # own units
    ],
)
def test_near_misses_keep_their_units(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The House passed H.R. 4 in May", []),  # a bill's number names it
        ("The GCC+2 leaders met", []),  # digits joined to a name by "+"
        ("talks in the E4+1 format", []),
        # near misses: counts after an initialism, and a "+" that is a bound
        ("In the U.S. 12 million people moved", [(12e6, None, None, "person")]),
        ("a 7+ percent rise", [(7, None, None, "percent")]),
    ],
)
def test_numbers_inside_names(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adjectives a reporter puts before the counted noun are no part of the unit
        ("I have two quick questions", [(2, None, None, "question")]),
        ("Just a couple of rather quick points", [(2, None, None, "point")]),
        ("He named three controversial bills", [(3, None, None, "bill")]),
        # near miss: a modifying noun stays
        ("two quick tax cuts", [(2, None, None, "tax_cut")]),
    ],
)
def test_reporters_adjectives_leave_the_unit(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected
