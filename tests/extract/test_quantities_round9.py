"""Quantity mechanisms found on a ninth round of fresh interviews (outside both corpus splits):
Treasury press conferences, a central banker's fireside chat and 1980s prime-ministerial radio
and television interviews. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities


def rows(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    return [(q.text, q.value, q.value_low, q.value_high, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a said-aloud mixed number whose part is of its scale word: "a billion and a half" is
        # 1.5 billion, "a dozen and a half" 18 (not one billion and a half unit)
        (
            "They put in a billion and a half dollars",
            [("a billion and a half dollars", 1.5e9, None, None, "USD")],
        ),
        (
            "A dozen and a half families moved out",
            [("A dozen and a half families", 18.0, None, None, "family")],
        ),
        (
            "We spent two and a half trillion dollars",
            [("two and a half trillion dollars", 2.5e12, None, None, "USD")],
        ),
        # a mixed number in digits, as typed transcripts and bond coupons write it
        (
            "The bank rate is now 12 1/2 per cent",
            [("12 1/2 per cent", 12.5, None, None, "percent")],
        ),
        (
            "We will reopen the 6-3/8% bond next week",
            [("6-3/8%", 6.375, None, None, "percent")],
        ),
        # no mixed number: a slash pair that is no proper fraction of one
        ("They worked 24/7 to finish it", []),
    ],
)
def test_mixed_numbers(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a year and a half", "an hour and a half": 1.5 of the unit of time
        (
            "The rebuild took a year and a half or so",
            [("a year and a half", 1.5, None, None, "year")],
        ),
        (
            "The two leaders met for an hour and a half",
            [
                ("two leaders", 2.0, None, None, "person"),
                ("an hour and a half", 1.5, None, None, "hour"),
            ],
        ),
        # "couple" without "a" or "of", and inside a time phrase: a duration that places the
        # claim in time is a quantity and a time (the codebook)
        (
            "In the last couple months, hiring picked up",
            [("couple months", 2.0, None, None, "month")],
        ),
        (
            "Over the next couple of years the plant will double its output",
            [("couple of years", 2.0, None, None, "year"), ("double", 2.0, None, None, "times")],
        ),
        (
            "We spent a couple of weeks on the road",
            [("a couple of weeks", 2.0, None, None, "week")],
        ),
        # "N years ago" places the claim in time only (Settled in practice)
        ("A couple of years ago we sold the farm", []),
        ("That was a year and a half ago", []),
    ],
)
def test_spoken_durations(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a suspended hyphen leaves the unit to the last member of the list
        (
            "The 4- and 8-week bills are auctioned on Tuesday",
            [("4", 4.0, None, None, "week"), ("8-week", 8.0, None, None, "week")],
        ),
        (
            "We sell 10-, 20- or 30-year bonds",
            [
                ("10", 10.0, None, None, "year"),
                ("20", 20.0, None, None, "year"),
                ("30-year", 30.0, None, None, "year"),
            ],
        ),
        # a spoken list mixes words and digits
        (
            "Look out two, four, 10 years and the debt still grows",
            [
                ("two", 2.0, None, None, "year"),
                ("four", 4.0, None, None, "year"),
                ("10 years", 10.0, None, None, "year"),
            ],
        ),
        # a word before a lone digit group is no list: an enumerator stays bare
        ("Two, 40 people turned up", [("40 people", 40.0, None, None, "person")]),
    ],
)
def test_shared_list_units(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one X or another": "one" means "some" (the codebook), it counts nothing
        ("Every government props up one industry or another", []),
        ("In one form or the other, households pay the tax", []),
        (
            "We closed one factory and another will follow",
            [("one factory", 1.0, None, None, "factory")],
        ),
    ],
)
def test_one_or_another(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague magnitude of a larger scale keeps the currency after the second scale word
        (
            "They run a several hundred billion dollar surplus with us",
            [("several hundred billion dollar", None, None, None, "USD")],
        ),
        ("A few thousand people marched", [("A few thousand people", None, None, None, "person")]),
    ],
)
def test_vague_scales(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price or count per unit is the codebook's rate <unit>_per_<unit>
        (
            "Petrol fell by 30 cents a gallon",
            [("30 cents a gallon", 30.0, None, None, "cent_per_gallon")],
        ),
        (
            "The cut saves between 5 and 9 cents per litre",
            [("between 5 and 9 cents per litre", None, 5.0, 9.0, "cent_per_litre")],
        ),
        (
            "Gold traded at $1,750 an ounce",
            [("$1,750 an ounce", 1750.0, None, None, "USD_per_ounce")],
        ),
        (
            "Wards have two nurses per shift",
            [("two nurses per shift", 2.0, None, None, "person_per_shift")],
        ),
        # "per cent" is no rate
        ("Unemployment is 8 per cent", [("8 per cent", 8.0, None, None, "percent")]),
        # "a" before a word that is no measurement unit is no rate
        ("We hired 40 staff a month ago", [("40 staff", 40.0, None, None, "person")]),
    ],
)
def test_rates_per_unit(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year cut to two digits after an apostrophe, with the space a scanned transcript
        # puts after it, is a time (the codebook), never a quantity
        ("We met in ' 85 and again in ' 87", []),
        ("By '91 the deficit was gone", []),
        # a closing quote before a counted number leaves it a quantity
        ("She said 'never' 40 times", [("40 times", 40.0, None, None, "time")]),
    ],
)
def test_abbreviated_years(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one" before a framing noun after any form of the copula or "as" means "a"
        ("Cheap credit has been one factor behind the boom", []),
        ("As one example, exports doubled", [("doubled", 2.0, None, None, "times")]),
        ("With a tight labour market being one reason for it", []),
        # an existential still counts, and an object still counts
        (
            "There has been one problem with the scheme",
            [("one problem", 1.0, None, None, "problem")],
        ),
        ("We found one problem with the scheme", [("one problem", 1.0, None, None, "problem")]),
    ],
)
def test_one_after_a_copula(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duration lends its unit to a small bare number, never to a count in the thousands
        # or a scaled one: the codebook leaves the unit null when the claim names none
        (
            "The lease had five years to run, so the payout came to 250,000",
            [("five years", 5.0, None, None, "year"), ("250,000", 250000.0, None, None, None)],
        ),
        (
            "It took eight months and cost 3 million",
            [("eight months", 8.0, None, None, "month"), ("3 million", 3e6, None, None, None)],
        ),
        (
            "He sat for 12 years and then another 6",
            [("12 years", 12.0, None, None, "year"), ("6", 6.0, None, None, "year")],
        ),
    ],
)
def test_durations_lend_to_small_numbers(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected
