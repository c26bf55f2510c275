"""Quantity mechanisms found on a thirteenth round of fresh interviews (outside both corpus
splits): Australian doorstops and press conferences of 2000-2004, many of them scanned and
page-broken. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities


def rows(text: str, dollar: str = "AUD") -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, dollar)]


@pytest.mark.parametrize(
    "text",
    [
        # a page number alone on its line, inside a span that runs across the page break
        "The council wants the levy scrapped by \n\n  3 \n\n  lowering fees for pensioners",
        "If your clinic has shut, \n\n  14\n\n  you drive to the next town",
    ],
)
def test_page_number_inside_a_span_is_no_quantity(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number that opens or ends a wrapped line but shares it with words still counts
        ("The shire lost\n40 jobs last winter", [("40 jobs", 40.0, "job")]),
        ("The shire lost 40\njobs last winter", [("40\njobs", 40.0, "job")]),
        # a number alone in a paragraph of its own that is no page break: "about" keeps it
        ("Turnout was \n\n  about 60 \n\n  percent", [("about 60 \n\n  percent", 60.0, "percent")]),
    ],
)
def test_numbers_sharing_their_line_still_count(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In four weeks time the report will be tabled",
        "The dam should be full again eight years time, the engineers say",
        "The levy ends in two years' time",
        "I n six months time we will know",
    ],
)
def test_a_point_n_units_time_ahead_is_a_time_only(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word before it makes a span of time: a duration, a quantity
        ("The cuts will be phased in within three weeks' time", [("three weeks'", 3.0, "week")]),
        # "time" that is no "N weeks time" ("two weeks at a time") leaves the duration alone
        ("They worked two weeks at a time", [("two weeks", 2.0, "week")]),
        # a count that is no unit of time keeps its quantity before "time"
        ("Three councils' time was wasted", [("Three councils'", 3.0, "council")]),
    ],
)
def test_spans_and_other_counts_before_time_stay(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill shed 250 fulltime jobs", [("250 fulltime jobs", 250.0, "job")]),
        ("There are 80 parttime positions", [("80 parttime positions", 80.0, "position")]),
        ("We created 3,000 permanent roles", [("3,000 permanent roles", 3000.0, "role")]),
        ("They hired 40 casual pickers", [("40 casual pickers", 40.0, "picker")]),
    ],
)
def test_employment_adjectives_stay_out_of_the_unit(text: str, expected: list) -> None:
    assert rows(text) == expected
