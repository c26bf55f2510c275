"""Not-a-claim mechanisms found on a thirteenth round of fresh interviews (outside both
corpus splits): White House press gaggles and background calls, and long-form interviews
with a minister. Invented sentences, with the near misses that must stay claims."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import is_claim

NAMES = ("Jane Smith", "Tom Reed")


def answer(span: str) -> bool:
    return is_claim(span, "interviewee", NAMES)


def question(span: str) -> bool:
    return is_claim(span, "interviewer", NAMES)


@pytest.mark.parametrize(
    "span",
    [
        # a refusal to talk (codebook, "Not claims": what the speaker won't say), with the
        # verbs that are talk about the talk only when refused
        "I'm not going to predict",
        "I’m just not going to forecast where the markets go",
        "I won't weigh in on that",
        "I'm not going to second-guess the Reserve Bank",
        "I won't go beyond what the minister said",
        # a refused verb of saying with an indirect question or a number after it
        "I'm just not going to characterize where we are in the talks",
        "I can't say whether the bill comes up this week",
        "I'm not going to speak to the next 90 days",
    ],
)
def test_refusals_to_talk_are_not_claims(span: str) -> None:
    assert not answer(span)


@pytest.mark.parametrize(
    "span",
    [
        # the same verbs stated, or refused with a clause they assert, stay claims
        "I'd predict a slowdown by the autumn",
        "I won't say that the rates will fall",
        "I'm not going to go beyond the Senate's timetable on this",
        # "we" refusing an action is the side's plan, not a refusal to talk
        "We're not going to get into a trade war",
        "I'm not going to ask Parliament for more money",
    ],
)
def test_plans_and_statements_with_those_verbs_stay_claims(span: str) -> None:
    assert answer(span)


@pytest.mark.parametrize(
    "span",
    [
        # a briefer opening the briefing (the talk itself)
        "I just have a couple of things at the top",
        "So we do have some news for you at the top",
        "I don't have anything else at the top",
        # greetings and sign-offs
        "Welcome aboard this morning's flight",
        "It's been a real pleasure",
    ],
)
def test_briefing_openers_and_sign_offs_are_not_claims(span: str) -> None:
    assert not answer(span)


def test_a_pleasure_with_a_report_after_it_stays_a_claim() -> None:
    assert answer("It was a great pleasure to ring them and tell them the treaty was signed")


@pytest.mark.parametrize(
    "span",
    [
        # a question put without its question mark, or a request for an answer
        "I'm curious how the new levy compares with the old one",
        "I'm just curious to go back to the spring of last year",
        "I just want to understand if that came up in the meeting",
        "I want your reaction to that",
        # the call itself
        "I missed the very top of the call",
        "We're also joined by the deputy secretary",
    ],
)
def test_interviewer_requests_and_call_talk_are_not_claims(span: str) -> None:
    assert not question(span)


@pytest.mark.parametrize(
    "span",
    [
        "We missed the deadline by two weeks",
        "It was a hard call for the cabinet",
        "Their reaction was to close the border",
    ],
)
def test_missing_a_deadline_and_a_hard_call_stay_claims(span: str) -> None:
    assert question(span)


@pytest.mark.parametrize(
    "span",
    [
        # the speaker's own length, and an answer that waits for a lookup
        "I'll be very brief and then take your questions",
        "I'll keep it short today",
        "I'd need to look into that",
        "I can get you the exact figures",
        # handing the floor to a colleague on the call
        "With that, I'll give you Deputy Secretary Ann Lee",
        "[Senior official] may want to add to that as well",
    ],
)
def test_length_lookups_and_handovers_are_not_claims(span: str) -> None:
    assert not answer(span)


@pytest.mark.parametrize(
    "span",
    [
        "I'll give you Norway as an example of a fund that works",
        "Pension funds may want to add to their bond holdings",
        "We'll keep rates low for a while",
        "We will need to look into the accounts of every bank",
        "I'll be brief with the committee when we meet",
    ],
)
def test_plans_that_look_like_talk_stay_claims(span: str) -> None:
    assert answer(span)


@pytest.mark.parametrize(
    "span",
    [
        # an answer left to someone else (codebook, "Not claims": what the speaker won't say)
        "Once again, I'll leave that to my colleagues to talk about",
        "I'll just, again, leave it to the experts",
        "We're going to let the two leaders speak to their meeting",
        "I'm going to let the Treasurer answer that one",
    ],
)
def test_answers_left_to_others_are_not_claims(span: str) -> None:
    assert not answer(span)


@pytest.mark.parametrize(
    "span",
    [
        "We'll let the market decide the price",
        "We'll leave that decision to the states",
        "I let my staff speak to the press every week",
    ],
)
def test_decisions_left_to_others_stay_claims(span: str) -> None:
    assert answer(span)
