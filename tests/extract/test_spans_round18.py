"""Claim spans, eighteenth round on fresh text (ministers' doorstop interviews and press
conferences of the late 2010s, issued as press releases): invented examples in the style of
those transcripts, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.extract.conftest import claims_of, spans_of

# ---------------------------------------------------------------------------------------
# A "who" clause on a bare noun ends inside its noun phrase: "and" + a subject of its own
# after it starts a claim of its own
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We have settled families here who have cleared the checks and they will do well",
            ["We have settled families here who have cleared the checks", "they will do well"],
        ),
        (
            "There are farmers who lost their crops and they need the payments now",
            ["There are farmers who lost their crops", "they need the payments now"],
        ),
        (
            "We hired workers overseas who had been laid off and we found them homes",
            ["We hired workers overseas who had been laid off", "we found them homes"],
        ),
    ],
)
def test_and_with_a_new_subject_after_a_who_clause_splits(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verb phrase that shares the relative's subject is no clause of its own
        "We have settled families here who have cleared the checks and found work",
        # "who" after a verb is an embedded question, not a relative clause
        "I asked who had signed the order and they told me nobody had",
        # after a preposition the noun may be the first of a pair
        "It is a link between people who want to serve and the army, that is the aim",
    ],
)
def test_who_after_a_verb_or_a_preposition_keeps_its_old_reading(text: str) -> None:
    assert len(spans_of(text)) == 1


# ---------------------------------------------------------------------------------------
# Thanks announced with "say", and the speaker on how their words sound, are no claims
# (codebook, Not claims: greetings, thanks and talk about the conversation itself)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I want to say thank you to the staff of the department.",
        "We just wanted to say thank you to the volunteers.",
        "I'd like to say thank you to the crews on the ground.",
        "I don't want to sound alarmist.",
        "But we don't want to sound complacent either.",
    ],
)
def test_announced_thanks_and_remarks_on_tone_are_no_claims(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # thanks as a practice of the speaker's organisation is a claim about it
        "We say thank you to our nurses by paying them more.",
        # the clause after the remark on tone still asserts something
        "I don't want to sound alarmist, but the river is rising fast.",
    ],
)
def test_near_misses_of_thanks_and_tone_stay_claims(text: str) -> None:
    assert claims_of(text)


# ---------------------------------------------------------------------------------------
# A doorstop's "Happy to take questions" without its subject opens the floor: no claim
# (codebook, Not claims: talk about the conversation itself)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Happy to take questions.", "Happy to take any questions on that."]
)
def test_the_floor_opened_without_a_subject_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_happy_to_take_something_else_stays_a_claim() -> None:
    assert claims_of("The minister was happy to take the blame for that.")


# ---------------------------------------------------------------------------------------
# "I need to comment on ..." announces the speaker's own words, like "I want to comment"
# (codebook, Not claims: what the speaker is about to say)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["I need to just comment on the review first.", "I need to say something about the banks."],
)
def test_a_needed_comment_announces_talk(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's side must act: a claim about what it needs to do
        "We need to comment on the draft by Friday.",
        # the announcement carries its clause
        "I need to tell you that the plan failed.",
    ],
)
def test_a_need_to_act_or_a_told_clause_stays_a_claim(text: str) -> None:
    assert claims_of(text)
