"""Spans, seventh round on fresh briefings, press conferences and broadcast interviews:
invented examples in the style of those transcripts."""

from __future__ import annotations

import pytest

from tests.extract.conftest import answer_claims, spans_of

# ---------------------------------------------------------------------------------------
# A briefer with nothing to give on a topic: what the speaker won't say (codebook, "Not
# claims"), whatever adjectives or addressee come with it
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "I don't have anything specific to share with you on that.",
        "We don't have anything definitive or new to share on the bridge.",
        "I don't have any new guidance for you on the tariffs today.",
        "I don’t have any preview for you on that.",
        "I have nothing to announce on that front yet.",
        "We have no updates at this point.",
        "I have no comment.",
    ],
)
def test_nothing_to_share_is_no_claim(answer: str) -> None:
    assert answer_claims(answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        "We have nothing to hide.",
        "The council doesn't have anything to share with the county.",
        "I don't have any money to share with the other farmers.",
        "We have no doctors in the valley.",
    ],
)
def test_having_nothing_of_the_world_stays_a_claim(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


# ---------------------------------------------------------------------------------------
# An answer sent elsewhere ("I'd refer you to ...") and the floor offered to questions
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "I will defer you to the Department of Energy.",
        "I'll defer to you on how the ports are run.",
        "I'm very happy to answer all of those questions, Mark.",
    ],
)
def test_referral_and_floor_offers_are_no_claims(answer: str) -> None:
    assert answer_claims(answer) == []


def test_deferring_a_payment_stays_a_plan() -> None:
    assert answer_claims("We will defer the second payment to March.") == [
        "We will defer the second payment to March"
    ]


# ---------------------------------------------------------------------------------------
# A hedge does not turn talk about the talk into a claim
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    ["I think I just answered that question.", "I believe I mentioned that earlier."],
)
def test_hedged_talk_about_the_talk_is_no_claim(answer: str) -> None:
    assert answer_claims(answer) == []


@pytest.mark.parametrize(
    "answer", ["I think he panicked.", "I believe the minister answered the letter in May."]
)
def test_hedged_claims_stay_claims(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


# ---------------------------------------------------------------------------------------
# Over-splitting: a gerund's object noun read as a verb ("their processes", "our armed
# forces") made a second clause of a shared-subject verb phrase (codebook, "The unit")
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He believes in funding the schools properly and protecting the quality of their courses",
        "It is a matter of training the crews and keeping our armed forces ready",
        "The plan means hiring more nurses and shortening the waiting lists of our clinics",
    ],
)
def test_gerund_objects_do_not_open_clauses(sentence: str) -> None:
    assert spans_of(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "Cutting the budget hurts schools, and keeping this costs money",
            ["Cutting the budget hurts schools", "keeping this costs money"],
        ),
        (
            "The levy was popular and cutting the rates helps families",
            ["The levy was popular", "cutting the rates helps families"],
        ),
    ],
)
def test_gerund_subjects_still_open_clauses(sentence: str, parts: list[str]) -> None:
    assert spans_of(sentence) == parts
