"""Claim-span mechanisms found on a twelfth round of fresh interviews (outside both corpus
splits): 1970s prime-ministerial radio and television interviews and press conferences, and
2022 White House gaggles and background calls. Invented sentences, with the near misses
that must not change."""

from __future__ import annotations

import pytest

from .conftest import spans_of


@pytest.mark.parametrize(
    "text",
    [
        # "and" or a comma between two adjectives before their noun joins no clauses, even
        # when the first adjective may also be an adverb ("deep", "long") or the second a
        # participle that looks like a subject and its verb ("enduring ties")
        "The visit will affirm the deep and enduring ties between the two islands.",
        "It was a long and costly dispute over the harbour.",
        "It has to be a credible, gradual path that brings the deficit down.",
        "This is a truly deep and lasting bond between the two parties.",
        "They have built a strong, steady lead in the northern seats.",
    ],
)
def test_adjectives_before_their_noun_stay_one_claim(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject after the joiner still opens a clause of its own
        ("We waited a long time, and prices rose.", ["We waited a long time", "prices rose"]),
        ("We chose the cheapest and it worked.", ["We chose the cheapest", "it worked"]),
        (
            "We visited the school and staff were friendly.",
            ["We visited the school", "staff were friendly"],
        ),
        # "that" grades an adjective ("not that bad"): no noun is awaited after it
        ("It's not that bad and prices fell.", ["It's not that bad", "prices fell"]),
    ],
)
def test_near_misses_of_paired_adjectives_still_split(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected
