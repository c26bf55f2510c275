"""Quantity mechanisms of an eleventh round: which nouns count people. Invented sentences, with
the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities


def rows(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nouns that count countries, firms, teams or factors as often as people keep their
        # own noun: the codebook's `person` is for a count of people
        (
            "We launched the pact with 45 partners last spring",
            [("45 partners", 45.0, "partner")],
        ),
        (
            "There are three main drivers of the slowdown",
            [("three main drivers", 3.0, "driver")],
        ),
        ("Six winners shared the prize money", [("Six winners", 6.0, "winner")]),
        ("We have only one foreign partner", [("only one foreign partner", 1.0, "partner")]),
        (
            "About 12 producers cut their output",
            [("About 12 producers", 12.0, "producer")],
        ),
        # after a noun that names a trade they count people ("bus drivers")
        ("We need 300 more truck drivers", [("300 more truck drivers", 300.0, "person")]),
        # nouns that only count people stay `person`, whatever the noun
        ("Over 40 contributors wrote chapters", [("Over 40 contributors", 40.0, "person")]),
        ("We trained 30 facilitators", [("30 facilitators", 30.0, "person")]),
        ("We hired 200 workers", [("200 workers", 200.0, "person")]),
        ("Two senior members resigned", [("Two senior members", 2.0, "person")]),
    ],
)
def test_people_nouns(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert rows(text) == expected
