"""Not-a-claim mechanisms found on a fifteenth round of fresh interviews (outside both
corpus splits): White House press gaggles and teleconference briefings, and broadcast
interviews with a minister. Invented sentences, with the near misses that must stay claims."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import is_claim

NAMES = ("Jane Smith", "Tom Reed")


def answer(span: str) -> bool:
    return is_claim(span, "interviewee", NAMES)


def question(span: str) -> bool:
    return is_claim(span, "interviewer", NAMES)


def editorial(span: str) -> bool:
    return is_claim(span, "editorial", NAMES)


@pytest.mark.parametrize(
    "span",
    [
        # a refusal after a lead that only points at the question answered (codebook, "Not
        # claims": what the speaker won't say)
        "Tom, on your first question, I'm not going to get into the internal talks on this",
        "On your second question, I certainly won't get ahead of the court process",
        "And on the other question, I'm not going to speculate",
        # a refusal whose topic is an indirect question
        "I'm not going to speak to what the senator is saying about the vote",
        "I won't comment on whether the governor will run again",
        # a briefer with nothing to give
        "I don't have any more detail to offer",
        "I don't have any new travel to speak to today",
        "I don't have any comment today about the vote in Chile",
        "I'm not really at liberty to discuss the contract in any detail",
        "I gotcha",
    ],
)
def test_declined_talk_is_not_a_claim(span: str) -> None:
    assert not answer(span)


@pytest.mark.parametrize(
    "span",
    [
        "On your first question, the answer is that the plant reopened in May",
        "Secondly, the deficit is falling",
        "We don't have any troops to offer the coalition",
        "I'll speak to Mayor Cole about the flooding tomorrow",
        "I would characterise the treaty as a historic mistake",
        "I'd describe the rollout as a disaster",
        "We have time to fix the budget",
        "We had a follow-up meeting with the regulator",
    ],
)
def test_answers_and_plans_with_those_words_stay_claims(span: str) -> None:
    assert answer(span)


@pytest.mark.parametrize(
    "span",
    [
        # the interviewer running the session (codebook, "Not claims": the time left)
        "We have time for a couple more questions",
        "Okay, we only have time for one more",
        "Just had a quick follow-up",
        "Then secondly, I wanted to ask you about the port deal",
        # a reaction to the answer, not a premise about the world
        "I think that was a good overview",
        "That's a really helpful explanation",
        "I think that's fascinating",
    ],
)
def test_interviewer_session_talk_and_reactions_are_not_claims(span: str) -> None:
    assert not question(span)


@pytest.mark.parametrize(
    "span",
    ["That was a big announcement", "I think that was a failure", "The summit was a good start"],
)
def test_interviewer_premises_stay_claims(span: str) -> None:
    assert question(span)


@pytest.mark.parametrize(
    "span",
    [
        # notes about the document itself (codebook, Finer points)
        "This is a collaborative transcript; edits welcome",
        "This is an unofficial transcript",
        # a topic named at the head of a line, no clause
        "On asylum rules",
        "Regarding the new tariffs",
    ],
)
def test_document_notes_and_topic_heads_are_not_claims(span: str) -> None:
    assert not editorial(span)
    assert not answer(span)


@pytest.mark.parametrize(
    "span",
    [
        # an introduction that states who was interviewed when stays an editorial claim
        "The following is the transcript of an interview with Mayor Ann Cole on 3 May 2019",
        "On Monday he resigns",
        "On trade the president insists",
    ],
)
def test_credits_and_clauses_with_a_subject_stay_claims(span: str) -> None:
    assert editorial(span)


@pytest.mark.parametrize(
    "span", ["We've almost run out of time", "I think so, yeah", "So we're running out of time"]
)
def test_time_used_up_and_bare_agreement_are_not_claims(span: str) -> None:
    assert not question(span)
    assert not answer(span)


@pytest.mark.parametrize(
    "span", ["The agency has run out of money", "I think so many people left, yeah"]
)
def test_near_misses_of_time_and_agreement_stay_claims(span: str) -> None:
    assert answer(span)
