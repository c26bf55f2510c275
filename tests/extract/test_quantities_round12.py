"""Quantity mechanisms found on a twelfth round of fresh interviews (outside both corpus
splits): Australian treasury, finance and employment ministers and their shadows at doorstops
and press conferences. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities


def rows(text: str, dollar: str = "AUD") -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, dollar)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in the next N years" is a period, as "over the next N years": a duration as well
        # as a time (the codebook's "over the past ten years" is both)
        (
            "Families retiring in the next 10 years will be worse off",
            [("10 years", 10.0, "year")],
        ),
        (
            "In the coming three months we will consult the states",
            [("three months", 3.0, "month")],
        ),
        ("Over the next four years we will save $2 billion", None),
    ],
)
def test_period_ahead_is_a_duration(text: str, expected: list | None) -> None:
    found = rows(text)
    if expected is None:
        assert ("four years", 4.0, "year") in found
    else:
        assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # "in N years" alone is a point in time, a time only
        "In two years the scheme will be gone",
        # vague periods ahead keep their old reading (the dev gold splits on them)
        "We will say more in the next few days",
    ],
)
def test_point_ahead_is_no_duration(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # digits joined to a capitalised number word make a name, not a range
        "Workers at 4-Seven outlets have not been paid",
        "The 9-Twelve franchise has agreed to an audit",
    ],
)
def test_digits_joined_to_a_number_word_are_a_name(text: str) -> None:
    assert rows(text) == []


def test_a_range_in_one_writing_stays_a_range() -> None:
    (q,) = find_quantities("Prices rose 7-11 per cent", "AUD")
    assert (q.value_low, q.value_high, q.unit) == (7.0, 11.0, "percent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated noun is of the kind its last part names: people are `person`
        (
            "The change hits 250,000 full and part-pensioners",
            [("250,000 full and part-pensioners", 250000.0, "person")],
        ),
        ("Some 40 co-founders signed the letter", [("Some 40 co-founders", 40.0, "person")]),
        # a hyphenated noun that names no people keeps its own unit
        ("There were three by-elections", [("three by-elections", 3.0, "by-election")]),
    ],
)
def test_hyphenated_people_nouns(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proportion is the fraction it states, as "half" is 0.5 `fraction`
        ("One in five apprentices drops out", [("One in five", 0.2, "fraction")]),
        ("3 out of 4 small businesses said no", [("3 out of 4", 0.75, "fraction")]),
        ("one in every ten dollars goes on interest", [("one in every ten", 0.1, "fraction")]),
        ("two in five renters are under stress", [("two in five", 0.4, "fraction")]),
    ],
)
def test_proportions_are_fractions(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u) for t, v, u in rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not before a percent: the percent is the quantity
        ("Rates went up one in 10 per cent of cases", ("10 per cent", 10.0, "percent")),
        # not before a time unit: "one in three years" counts years
        ("We review it one in three years", ("three years", 3.0, "year")),
    ],
)
def test_proportion_near_misses(text: str, expected: tuple) -> None:
    assert expected in rows(text)
    assert all(unit != "fraction" for _, _, unit in rows(text))
