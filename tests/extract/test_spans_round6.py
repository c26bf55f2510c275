"""Spans and speaker roles, sixth round on fresh layouts (a public inquiry's hearing
transcript, ...): invented examples in the style of those transcripts."""

from __future__ import annotations

import pytest

from pipeline.extract import claims as claims_module
from pipeline.extract import speakers
from tests.extract.conftest import answer_claims, make_document, run

# ---------------------------------------------------------------------------------------
# A hearing transcript: counsel labelled by module, a chair, "The Witness"
# ---------------------------------------------------------------------------------------

_HEARING = (
    "**Sir Alan Marsh**: Thank you for coming today. Take your time.\n\n"
    "**Mr Reed**: Ms Smith, please keep your voice up.\n\n"
    "**Ms Jane Smith**: Yes.\n\n"
    "**Counsel 3C**: You gave a statement to the Inquiry in March 2023.\n\n"
    "**Ms Jane Smith**: Yes.\n\n"
    "**Counsel 3C**: When did your brother fall ill?\n\n"
    "**Ms Jane Smith**: He fell ill in the first week of April. The ward had no masks.\n\n"
    "**Sir Alan Marsh**: So in the first week?\n\n"
    "**Ms Jane Smith**: Yes. The fourth.\n\n"
    "**Sir Alan Marsh**: Thank you. Carry on, Mr Reed.\n\n"
    "**Counsel 3C**: Did the home allow visits?\n\n"
    "**Ms Jane Smith**: The home closed its doors to visitors in May.\n\n"
    "**Mr Reed**: Those are all my questions.\n\n"
    "**The Witness**: Thank you.\n\n"
    "**Sir Alan Marsh**: The heating in this room failed again this morning.\n\n"
    "**The Witness**: The heating was off all winter at the home.\n"
)


def _roles(text: str) -> dict[str, str | None]:
    document = make_document(text, interviewee=("Jane Smith",), interviewer=("Tom Reed",))
    return {c.text: c.speaker_role for c in run(document)[1]}


def test_a_label_with_a_module_code_is_a_speaker() -> None:
    assert speakers.is_name_like("Counsel 3C")
    assert speakers.is_name_like("Lead 2B")
    assert not speakers.is_name_like("Lead 2 Bees")
    roles = _roles(_HEARING)
    assert roles["You gave a statement to the Inquiry in March 2023"] == "interviewer"
    assert not any(text.startswith("**Counsel") for text in roles)


def test_the_witness_answers_and_the_chair_asks() -> None:
    assert speakers.role_word("The Witness") == "interviewee"
    assert speakers.role_word("THE CHAIRMAN") == "interviewer"
    assert speakers.role_word("Counsel") == "interviewer"
    roles = _roles(_HEARING)
    assert roles["The heating was off all winter at the home"] == "interviewee"
    assert roles["The home closed its doors to visitors in May"] == "interviewee"


def test_a_speaker_who_never_follows_a_question_presides() -> None:
    roles = _roles(_HEARING)
    assert roles["The heating in this room failed again this morning"] == "interviewer"


def test_a_second_answerer_who_is_asked_still_answers() -> None:
    text = (
        "Q: Will the levy pass?\n\n"
        "Jane Smith: It will pass in June.\n\n"
        "Q: Minister Vale, do the farmers agree?\n\n"
        "Ada Vale: The farmers backed the levy in a vote last week.\n\n"
        "Q: And the ports?\n\n"
        "Ada Vale: The ports will reopen next month.\n\n"
        "Q: What about the wall?\n\n"
        "Ada Vale: The wall is finished.\n"
    )
    document = make_document(text, interviewee=("Jane Smith",), interviewer=())
    roles = {c.text: c.speaker_role for c in run(document)[1]}
    assert roles["The ports will reopen next month"] == "interviewee"


# ---------------------------------------------------------------------------------------
# An examiner running a hearing says nothing about the world; a hearing's notes are furniture
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "If I could ask you to speak a little more slowly, we can note it all down.",
        "And if you could just try to keep your voice up for the stenographer.",
        "We have the letter up on the screen.",
        "May I begin by asking about the ward.",
        "I know this must be very hard for you.",
        "I appreciate this won't have been easy.",
        "Your evidence is extremely important.",
        "It is very important that we are able to record it.",
        "We're due next to hear from the doctor.",
    ],
)
def test_the_examiners_procedure_is_no_claim(sentence: str) -> None:
    assert answer_claims(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "If you could see the ward, you would weep.",
        "I know this has been hard for the nurses since the strike began.",
        "The screen showed the letter to the whole room.",
    ],
)
def test_like_sentences_about_the_world_stay_claims(sentence: str) -> None:
    assert answer_claims(sentence) != []


def test_a_hearings_note_in_italics_is_furniture() -> None:
    text = (
        "**Mr Reed**: Those are all my questions.\n\n"
        "**Ms Jane Smith**: The ward had no masks in April.\n\n"
        "*(The witness withdrew)*\n\n"
        "[The hearing adjourned until 10 am]\n\n"
        "**Mr Reed**: Could you give us your full name?\n\n"
        "**Ms Jane Smith**: Jane Smith.\n"
    )
    document = make_document(text, interviewee=("Jane Smith",), interviewer=("Tom Reed",))
    passages = run(document)[0]
    kinds = {text[p.char_start : p.char_end]: p.kind for p in passages}
    assert kinds["*(The witness withdrew)*"] == "furniture"
    assert kinds["[The hearing adjourned until 10 am]"] == "furniture"


# ---------------------------------------------------------------------------------------
# "I'd say" between commas is an aside, as "I think" is
# ---------------------------------------------------------------------------------------


def test_a_conditional_verb_of_saying_between_commas_is_an_aside() -> None:
    assert answer_claims("It was, I'd say, two days after the school shut.") == [
        "It was, I'd say, two days after the school shut"
    ]
    assert answer_claims("The queue was, I would say, an hour long.") == [
        "The queue was, I would say, an hour long"
    ]


# ---------------------------------------------------------------------------------------
# A press call's moderator and the line's troubles
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "This call is going to be on the record",
        "Then we’ll take some of your questions",
        "First up, we’ll go to Tom Reed",
        "Next up we'll go to Ada",
        "Our last question will go to Priya",
        "You should be able to unmute\nyourself",
        "She’ll have a few words at the top",
        "If there are any follow-up questions, do reach out to us",
        "The embargo on this call is now lifted",
        "I just had a couple of questions",
        "I think we had a little bit of trouble hearing the start of your question",
    ],
)
def test_a_call_moderators_talk_is_no_claim(span: str) -> None:
    assert not claims_module.is_claim(span, "interviewer", [])


def test_the_line_is_no_claim_from_anyone() -> None:
    assert not claims_module.is_claim("I’m sorry if you didn’t hear me", "interviewee", [])
    assert not claims_module.is_claim("You were muted at the start", "interviewee", [])


def test_an_answerer_going_somewhere_still_claims() -> None:
    assert claims_module.is_claim("Next year the plant will go to full capacity", "interviewee", [])
    assert claims_module.is_claim("Next, the minister will go to Oslo", "interviewee", [])


# ---------------------------------------------------------------------------------------
# ", which means ..." is a relative clause: kept with its main clause
# ---------------------------------------------------------------------------------------


def test_which_means_after_a_comma_stays_with_its_main_clause() -> None:
    assert answer_claims("The mill closed, which means the town lost its biggest employer.") == [
        "The mill closed, which means the town lost its biggest employer"
    ]


def test_which_means_opening_a_sentence_is_still_dropped() -> None:
    assert answer_claims("The mill closed. Which means the town lost its employer.") == [
        "The mill closed",
        "the town lost its employer",
    ]


# ---------------------------------------------------------------------------------------
# An interviewer steering the interview, after an interjection without its comma
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "Okay with respect, let's look at one of those towns, Hull",
        "I mean let's look at a case in point",
        "Alright in the last part of this interview I want to talk about the budget",
        "Right just in the final few minutes that we've got, I want to talk about the polls",
        "I want to look at the way your office books its travel",
    ],
)
def test_an_interviewer_steering_the_talk_is_no_claim(span: str) -> None:
    assert not claims_module.is_claim(span, "interviewer", [])


@pytest.mark.parametrize(
    "span",
    [
        "With respect, that is not what the minister said",
        "In the last few minutes of the debate the minister walked out",
        "Alright the minister resigned in June",
    ],
)
def test_an_interviewers_premise_after_the_same_openers_stays(span: str) -> None:
    assert claims_module.is_claim(span, "interviewer", [])


def test_an_answerer_looking_at_something_still_claims() -> None:
    assert claims_module.is_claim("I want to look at the tariff again in May", "interviewee", [])


# ---------------------------------------------------------------------------------------
# "I think" and a fronted phrase before a comma: the clause it introduces follows
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "I think taken together, the three plans cover every port",
        "I think, first of all, a deal does not mean surrender",
        "I think in the fishing sector, this is clearly the case",
        "I believe after the vote, the mayor resigned",
    ],
)
def test_a_stance_frame_and_a_fronted_phrase_open_one_claim(answer: str) -> None:
    assert answer_claims(f"{answer}.") == [answer]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("I think so, the mill closed in May.", ["the mill closed in May"]),
        (
            "I think the mill closed, the town emptied.",
            ["I think the mill closed", "the town emptied"],
        ),
    ],
)
def test_a_frame_with_its_own_object_or_clause_still_splits(
    answer: str, expected: list[str]
) -> None:
    assert answer_claims(answer)[-len(expected) :] == expected


@pytest.mark.parametrize(
    "span",
    [
        "I want to know what, if anything, the council plans to do about the bridge",
        "I'd love to know whether the mill will reopen",
        "I'd like to come back to the levy, the one on small boats",
        "I'd like to hear specifically from you, Minister, how far the cuts go",
    ],
)
def test_an_interviewers_wish_to_know_or_to_go_back_is_no_claim(span: str) -> None:
    assert not claims_module.is_claim(span, "interviewer", [])


def test_liking_a_habit_or_an_answerer_wanting_to_know_still_claims() -> None:
    assert claims_module.is_claim("I like to look at the numbers every morning", "interviewer", [])
    assert claims_module.is_claim("I want to know what happened to the money", "interviewee", [])
