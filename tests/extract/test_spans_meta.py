"""Claim spans: talk about the talk, half sentences and transcript marks (invented examples)."""

from __future__ import annotations

import pytest

from pipeline.extract import claims
from tests.extract.conftest import answer_claims, make_document, run, spans_of

# ---------------------------------------------------------------------------------------
# Marks at the start of a span
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "[12:40] The port reopened in March.",
        "\\[12:40\\] The port reopened in March.",
        "(01:02:03) The port reopened in March.",
        "...The port reopened in March.",
        "(Inaudible) The port reopened in March.",
        "[Laughter] The port reopened in March.",
    ],
)
def test_a_leading_time_stamp_or_transcriber_note_is_no_part_of_the_span(text: str) -> None:
    assert spans_of(text) == ["The port reopened in March"]


def test_a_bracketed_word_that_is_not_a_transcriber_note_stays() -> None:
    assert spans_of("(Reuters) The port reopened in March.") == [
        "(Reuters) The port reopened in March"
    ]


def test_alright_is_a_linking_word_and_the_move_after_it_is_no_claim() -> None:
    assert answer_claims("Alright, let's turn to the budget. The deficit doubled.") == [
        "The deficit doubled"
    ]


# ---------------------------------------------------------------------------------------
# Announcing or declining one's own words
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "I'll say something about the tariffs later",
        "I won't speculate on the timing of the vote",
        "I'm going to leave detailed comment on that to my colleagues",
        "I will reveal this little secret to you",
        "Let me take your second question first",
        "I am not going to comment on leaked documents",
    ],
)
def test_announcing_or_declining_ones_own_words_is_no_claim(span: str) -> None:
    assert claims.announces_talk(span)
    assert not claims.is_claim(span, "interviewee", ())


@pytest.mark.parametrize(
    "span",
    [
        "I'll say that rates will rise next year",  # asserts its clause
        "I would say seven",  # an answer with its number
        "I'd say the plan is sound",  # a hedge, not an announcement
        "I'll tell the Governor about the shortfall",  # a plan about someone else
        "I will leave on Monday",  # a move without a conversation noun: a plan
        "I said nothing about the tariffs",  # a report of what was said
        "We will announce new sanctions",  # the speaker's government acting
    ],
)
def test_saying_verbs_that_report_or_assert_stay_claims(span: str) -> None:
    assert not claims.announces_talk(span)


# ---------------------------------------------------------------------------------------
# Half sentences
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "If there is any doubt about that",
        "Unless the council changes its mind",
        "Although it rained",
    ],
)
def test_a_conditional_clause_without_its_main_clause_is_no_claim(span: str) -> None:
    assert claims.is_dependent_only(span)
    assert not claims.is_claim(span, "interviewee", ())


@pytest.mark.parametrize(
    "span",
    [
        "If the council changes its mind, the bridge will be built",
        "If it rains the harvest will fail",
        "If prices fall then exports recover",
        "When the war ended the factories closed",  # "when" is left alone
    ],
)
def test_a_conditional_with_its_main_clause_stays_a_claim(span: str) -> None:
    assert not claims.is_dependent_only(span)


# ---------------------------------------------------------------------------------------
# Briefing ground rules, the listener's question, reactions, headings
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "This call is on the record",
        "This will be an on-the-record briefing",
        "It will be embargoed until the end of the summit",
        "By joining this call, you agree to these rules",
        "Your other question is about the quota",
        "The answer to your question is no",
        "Maria, the answer to your question is no",  # addressed to the journalist
    ],
)
def test_ground_rules_and_the_listeners_question_are_no_claims(span: str) -> None:
    assert not claims.is_claim(span, "interviewer", ())


@pytest.mark.parametrize(
    "span",
    [
        "The record was broken twice",
        "The minister's answer was vague",
        "Maria, the quota was raised",
        "The embargo is still in force",
    ],
)
def test_near_misses_of_the_ground_rules_stay_claims(span: str) -> None:
    assert claims.is_claim(span, "interviewee", ())


@pytest.mark.parametrize("span", ["That's really cool", "This was fun", "That's awesome"])
def test_an_interviewers_reaction_is_no_claim(span: str) -> None:
    assert claims.is_reaction(span)
    assert not claims.is_claim(span, "interviewer", ())
    assert claims.is_claim(span, "interviewee", ())  # the guest's judgement may be one


@pytest.mark.parametrize(
    "span", ["That deal was a failure", "This was the worst winter in decades", "It was 2018"]
)
def test_an_interviewers_premise_with_a_subject_of_its_own_stays_a_claim(span: str) -> None:
    assert not claims.is_reaction(span)


def test_an_editorial_heading_in_capitals_is_no_claim() -> None:
    assert not claims.is_claim("TRANSCRIPT OF PRESS CONFERENCE, CITY HALL", "editorial", ())
    assert claims.is_claim("The mayor opened the new bridge on Monday", "editorial", ())


@pytest.mark.parametrize(
    "span",
    [
        "then I'll take your questions",  # a leading adverb before the speaker
        "I'm going to start with a few words on the agreement",
        "We'll give you a readout after the meeting",
        "I'd refer you to the Department of Ports for that",  # sent elsewhere, named or not
    ],
)
def test_briefing_moves_are_talk_about_the_talk(span: str) -> None:
    assert claims.announces_talk(span)


@pytest.mark.parametrize(
    "span",
    [
        "We'll give them a pay rise",  # no listener, no talk
        "We will give you lower taxes",  # the listener, but no talk noun
        "I'd refer the matter to the courts",  # not the listener sent elsewhere
    ],
)
def test_the_speakers_side_acting_is_no_talk_about_the_talk(span: str) -> None:
    assert not claims.announces_talk(span)


@pytest.mark.parametrize(
    "span",
    [
        "The embargo is now lifted",
        "On the call today we have two senior officials",
        "For your awareness, not for reporting purposes, the officials are here",
    ],
)
def test_more_ground_rules_of_a_call_are_no_claims(span: str) -> None:
    assert not claims.is_claim(span, "interviewer", ())


def test_a_capitalised_dateline_after_a_speaker_on_its_own_line_is_no_answer() -> None:
    text = (
        "PRIME MINISTER\n\nPRESS CONFERENCE, TOWN HALL, EASTVILLE\n3 MAY 1979\n\n"
        "PRIME MINISTER: Ladies and gentlemen, the council has approved the bridge.\n\n"
        "QUESTION: When will it open?\n\nPRIME MINISTER: It will open in June.\n"
    )
    _, found = run(make_document(text, interviewee=("John Doe",), interviewer=()))
    assert [c.text for c in found] == [
        "the council has approved the bridge",
        "It will open in June",
    ]


def test_a_podcasts_break_marker_and_show_notes_plug_are_no_claims() -> None:
    text = (
        "**Tom Reed:** \\[00:10\\] Welcome to the show. What does the bank do?\n\n"
        "**Jane Smith:** \\[00:20\\] It lends to farmers.\n\n"
        "**Break:** \\[10:30\\]\n\n"
        "**Tom Reed:** \\[11:02\\] Okay, we're back. I wanna dig into the loans. "
        "Who borrows most?\n\n"
        "**Jane Smith:** Dairy farmers borrow the most.\n\n"
        "**Tom Reed:** Listeners, the links are in the show notes.\n"
    )
    _, found = run(make_document(text))
    assert [c.text for c in found] == ["It lends to farmers", "Dairy farmers borrow the most"]


@pytest.mark.parametrize("span", ["We're back to where we were in 2019", "The links are weak"])
def test_near_misses_of_the_broadcast_formulas_stay_claims(span: str) -> None:
    assert claims.is_claim(span, "interviewee", ())


@pytest.mark.parametrize(
    "span",
    [
        "Our thoughts and prayers are with the families of the crew",
        "My thoughts, my prayers go to her family at this difficult time",
        "We'll see you again next year in Lisbon",
        "I'm not entirely sure",
        "Mr. Mayor, I am very pleased to have the chance to talk to you",
        "If you want a discount, if you're quick, use the code at checkout",
        'Like, "Why would anybody buy this"',
        "I am happy to",
        "We'd love to",
    ],
)
def test_condolences_farewells_advice_voiced_speech_and_bare_infinitives_are_no_claims(
    span: str,
) -> None:
    assert not claims.is_claim(span, "interviewee", ())


@pytest.mark.parametrize(
    "span",
    [
        "Our thoughts on the budget are well known",
        "If you raise rates, inflation falls",  # a conditional with its own subject
        "Buyers should read the fine print",
        "It looked like a scam to me",
        "That is the town they moved to",  # a stranded preposition, not an infinitive
    ],
)
def test_near_misses_of_those_stay_claims(span: str) -> None:
    assert claims.is_claim(span, "interviewee", ())


def test_an_editing_note_after_a_biography_leaves_the_biography_a_claim() -> None:
    text = (
        "Jane Smith is a senior fellow at the Institute for Ports. This interview has been "
        "edited for length and clarity.\n\n"
        "Tom Reed: What does the agreement change?\n\n"
        "Jane Smith: The agreement doubles the number of berths.\n\n"
        "Tom Reed: Why?\n\n"
        "Jane Smith: The old harbour was full.\n"
    )
    _, found = run(make_document(text))
    assert [(c.speaker_role, c.text) for c in found] == [
        ("editorial", "Jane Smith is a senior fellow at the Institute for Ports"),
        ("interviewee", "The agreement doubles the number of berths"),
        ("interviewee", "The old harbour was full"),
    ]


def test_an_editing_note_that_opens_its_paragraph_is_furniture() -> None:
    text = (
        "This interview has been edited for length. Jane Smith answered by email.\n\n"
        "Tom Reed: What does the agreement change?\n\n"
        "Jane Smith: The agreement doubles the number of berths.\n"
    )
    _, found = run(make_document(text))
    assert [c.text for c in found] == ["The agreement doubles the number of berths"]


@pytest.mark.parametrize(
    "span",
    [
        "Of course, I have to ask you about the strike",  # a two-word lead before the speaker
        "I'm glad you brought that up",
        "I'm really glad you asked about the harbour",
    ],
)
def test_more_talk_about_the_talk_is_no_claim(span: str) -> None:
    assert not claims.is_claim(span, "interviewer", ())
