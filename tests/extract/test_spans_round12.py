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


@pytest.mark.parametrize(
    "text",
    [
        # a list of relative clauses on one noun: each later "that" has the noun for its
        # subject, so no item is an independent clause
        "Voters want a council that will listen to them, that will fix the roads, "
        "and that will keep the rates down.",
        "We need a scheme that keeps the clinics open, that will train more nurses, "
        "and that will last beyond the election.",
        "They chose a design that has worked elsewhere, that has cost less.",
    ],
)
def test_listed_relative_clauses_stay_one_claim(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" with a copula after a comma is a demonstrative subject
        (
            "We cut the levy, that was the right call.",
            ["We cut the levy", "that was the right call"],
        ),
        (
            "We have a plan that works, that is the point.",
            ["We have a plan that works", "that is the point"],
        ),
        # after "and" a different verb more often opens a demonstrative's clause
        (
            "We built a plan that works, and that has made the difference.",
            ["We built a plan that works", "that has made the difference"],
        ),
    ],
)
def test_demonstrative_that_after_a_relative_still_splits(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the last item of a list of gerund phrases after ", and" shares the sentence's
        # subject and verb, even when a participle later looks like its verb ("based")
        "The talks will cover ending the strike, repairing the levees, "
        "and promoting trade based on common rules.",
        "Her priorities are cutting waiting lists, hiring nurses, and building clinics.",
    ],
)
def test_listed_gerund_phrases_stay_one_claim(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund with its own verb after ", and" is a clause's subject
        (
            "Prices rose sharply, hurting families, and spending has fallen since March.",
            ["Prices rose sharply, hurting families", "spending has fallen since March"],
        ),
        (
            "The levy is hurting farmers, and spending has fallen.",
            ["The levy is hurting farmers", "spending has fallen"],
        ),
    ],
)
def test_gerund_subject_after_a_list_still_splits(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


def test_a_long_listed_gerund_phrase_stays_with_its_list() -> None:
    # the earlier item lies more than a few words before "and"
    text = (
        "The plan covers cooperation on ending the drought, addressing the shortage of "
        "housing in the valley, and promoting tourism based on local produce."
    )
    assert spans_of(text) == [text.rstrip(".")]
