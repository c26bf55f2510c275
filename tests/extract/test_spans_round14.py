"""Claim-span mechanisms found on a fourteenth round of fresh interviews (outside both
corpus splits): 1990s prime-ministerial radio and television interviews and press
conferences. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from .conftest import spans_of


@pytest.mark.parametrize(
    "text",
    [
        # after a bare "and", a bare noun with a participle that is only ever passive
        # before a preposition is another object of the verb with a reduced relative
        # clause, not a subject and its finite verb
        "We want growth and security based on common values.",
        "The region needs roads and jobs made in this country.",
        "They offered grants and loans funded by the state banks.",
        "We have a plan and targets aimed at the smaller exporters.",
    ],
)
def test_noun_with_passive_participle_after_and_stays_one_claim(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that is also intransitive is the noun's finite verb
        ("We had growth and prices rose in May.", ["We had growth", "prices rose in May"]),
        (
            "We had growth and exports dropped by a third.",
            ["We had growth", "exports dropped by a third"],
        ),
        # a pronoun subject with the same verb opens a clause of its own
        (
            "We cut taxes and we based it on the report.",
            ["We cut taxes", "we based it on the report"],
        ),
    ],
)
def test_subjects_with_finite_verbs_after_and_are_unchanged(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a word said again right after a comma is a stutter, not the end of a clause
        "I am surprised that anybody, anybody would see it that way.",
        "Nobody, nobody in the party wants that.",
        "It is a real, real problem for the growers.",
    ],
)
def test_a_word_said_again_after_a_comma_stays_one_claim(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun or demonstrative may end one clause and open the next
        ("We did it, it worked.", ["We did it", "it worked"]),
        ("I back that, that is our plan.", ["I back that", "that is our plan"]),
        ("I like those, those are good.", ["I like those", "those are good"]),
    ],
)
def test_a_pronoun_ending_and_opening_clauses_still_splits(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb taken up as its adjective after a dash is a restart, not two clauses
        (
            "We are absolutely — absolute agreement on the plan.",
            ["We are absolutely — absolute agreement on the plan"],
        ),
        (
            "They were totally -- total opposition to the levy.",
            ["They were totally -- total opposition to the levy"],
        ),
        # a noun and its plural, or a pronoun said again with its verb, still split
        (
            "We held the election — elections are due in May.",
            ["We held the election", "elections are due in May"],
        ),
        ("We want it finished — it’s the priority.", ["We want it finished", "it’s the priority"]),
    ],
)
def test_a_restart_on_the_same_stem_after_a_dash(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected
