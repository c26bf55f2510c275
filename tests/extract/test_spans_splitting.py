"""Claim spans: where a sentence is split and where it is not (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import spans_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a cup match played in April, the club scored four goals.",
            ["In a cup match played in April, the club scored four goals"],
        ),
        (
            "After the talks held in Oslo, both sides signed the accord.",
            ["After the talks held in Oslo, both sides signed the accord"],
        ),
        # a subject after the phrase: the verb is the clause's, and the split stays
        (
            "In May the council voted for the plan, and the mayor signed it.",
            ["In May the council voted for the plan", "the mayor signed it"],
        ),
        (
            "In 2019 the bank raised rates, and inflation fell.",
            ["In 2019 the bank raised rates", "inflation fell"],
        ),
    ],
)
def test_a_participle_inside_a_fronted_phrase_is_no_main_clause(
    text: str, expected: list[str]
) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "This will be a long winter, it will be a hard winter.",
        "We are in this for the long term, we are in this for good.",
    ],
)
def test_a_clause_that_only_says_its_neighbour_again_is_not_split_off(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We do not build walls, we do not close ports.",
            ["We do not build walls", "we do not close ports"],
        ),
        (
            "We will cut taxes, we will raise pensions.",
            ["We will cut taxes", "we will raise pensions"],
        ),
        (
            "I think prices will fall, I think wages will rise.",
            ["I think prices will fall", "I think wages will rise"],
        ),
        ("Exports have slowed, imports are rising.", ["Exports have slowed", "imports are rising"]),
    ],
)
def test_parallel_clauses_that_say_different_things_are_split(
    text: str, expected: list[str]
) -> None:
    assert spans_of(text) == expected


def test_a_pointer_back_to_what_was_said_is_dropped_as_a_lead() -> None:
    assert spans_of("Like you said, the harbour is too small.") == ["the harbour is too small"]


def test_no_longer_is_an_adverb_between_a_subject_and_its_verb() -> None:
    text = "The rules were written long ago, but because the market changed, they no longer work."
    assert spans_of(text) == [
        "The rules were written long ago",
        "because the market changed, they no longer work",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town has come through one of its darkest and strangest winters.",
            ["The town has come through one of its darkest and strangest winters"],
        ),
        (
            "It was the most costly and most divisive war they fought.",
            ["It was the most costly and most divisive war they fought"],
        ),
        # a subject after "and": a clause of its own
        ("We chose the cheapest and it worked.", ["We chose the cheapest", "it worked"]),
        (
            "The west has the highest and the east has the lowest.",
            ["The west has the highest", "the east has the lowest"],
        ),
    ],
)
def test_coordinated_adjectives_after_a_superlative_are_one_noun_phrase(
    text: str, expected: list[str]
) -> None:
    assert spans_of(text) == expected
