"""Spans, ninth round on fresh briefing calls, gaggles, hearings and radio interviews:
invented examples in the style of those transcripts."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import is_claim
from tests.extract.conftest import answer_claims

NAMES = ("Jane Smith", "Tom Reed", "Ada Moss")

# ---------------------------------------------------------------------------------------
# A moderator running a press call: calling on a reporter by name, the prompt to unmute
# after the name, the briefer's remarks announced, the closing offer of follow-ups
# (codebook, Not claims: talk about the conversation itself)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "Ada, you should be able to unmute yourself",
        "Tom, you should now be able to unmute",
        "First up, we’ll go with Ada from the Harbour Gazette",
        "And for our last question today, we’ll go to Tom Reed with the Valley Post",
        "For the next one, we'll turn to Ada Moss",
        "She has a quick topper for you all",
        "He’s got a few opening remarks to start",
        "On the line with us tonight is a senior official",
        "As always, if you have any follow-up questions, don’t hesitate to reach out",
        "Looking forward to hearing from any of you with questions",
    ],
)
def test_a_moderators_floor_management_is_no_claim(span: str) -> None:
    assert not is_claim(span, "interviewer", NAMES)


@pytest.mark.parametrize(
    "span",
    [
        "Ada, the ferry fares went up in March",
        "First, the tunnel opened in May",
        "She has a strong record on housing",
    ],
)
def test_a_moderators_premises_stay_claims(span: str) -> None:
    assert is_claim(span, "interviewer", NAMES)


# ---------------------------------------------------------------------------------------
# A question put as a statement of the reporter's wish or wondering, with the contraction
# written out or not ("I'm wondering if", "I just wanted to ask", "I was hoping you
# could"): a question, never a claim (codebook, Not claims: questions)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "I’m wondering if the council supports the second bridge",
        "I'm just wondering whether the levy will stay",
        "I just wanted to ask, big picture, how the minister sees the harbour plan",
        "I also wanted to clarify that the meeting is on Friday",
        "I was just hoping that you could say a bit more about the talks",
        "We were hoping you could give us the figure for June",
    ],
)
def test_a_question_put_as_a_wish_or_wondering_is_no_claim(span: str) -> None:
    assert not is_claim(span, "interviewer", NAMES)


# ---------------------------------------------------------------------------------------
# A bare reply with the interviewer's name after it is still a bare reply; a claim with a
# name after it stays a claim (codebook, Not claims: bare replies)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    ["That’s correct Tom", "That's right, Tom", "Not yet Tom", "Absolutely, Mr Reed"],
)
def test_a_bare_reply_with_a_name_after_it_is_no_claim(span: str) -> None:
    assert not is_claim(span, "interviewee", NAMES)


@pytest.mark.parametrize(
    "span", ["The rate went up, Tom", "We closed the depot in April Tom", "Tom, it rained"]
)
def test_a_claim_with_a_name_after_it_stays(span: str) -> None:
    assert is_claim(span, "interviewee", NAMES)


# ---------------------------------------------------------------------------------------
# Talk about the talk: referring back to one's own words, hearing the caller, regret at
# saying something, a lone interjection left over from a split (codebook, Not claims)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "I referenced that earlier.",
        "I can hear you just fine, yep.",
        "We can't hear you.",
        "I hate to say it.",
        "Look.",
    ],
)
def test_talk_about_the_talk_is_no_claim(answer: str) -> None:
    assert answer_claims(answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        "We hear that the mill will close in May.",
        "I didn't hear all of the evidence.",
        "I sincerely hope we're not going to hear those sirens again.",
        "I regret to say that the pier will stay shut.",
        "Look at the harbour: it is full of new boats.",
    ],
)
def test_claims_with_those_words_stay(answer: str) -> None:
    assert answer_claims(answer) != []
