"""Spans and speaker roles, sixth round on fresh layouts (a public inquiry's hearing
transcript, ...): invented examples in the style of those transcripts."""

from __future__ import annotations

from pipeline.extract import speakers
from tests.extract.conftest import make_document, run

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
