"""Layouts met on a second round of fresh real transcripts outside both corpus splits
(joint press conferences, town halls, fireside chats and moderated conversations as a
government press office publishes them), each on invented text with a near miss that must
not change: a speaker labelled by an office with a modifier before its title word ("THE VICE
PRESIDENT:"), and members of the public who put questions ("AUDIENCE MEMBER:", "CALLER:")."""

from __future__ import annotations

from pipeline.extract import speakers
from pipeline.extract.model import Passage
from pipeline.extract.passages import segment
from tests.extract.conftest import make_document


def turns(text: str, passages: list[Passage]) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, role, speaker, first words) of every passage that is not furniture."""
    return [
        (p.kind, p.speaker_role, p.speaker, text[p.char_start : p.char_end][:12])
        for p in passages
        if p.kind != "furniture"
    ]


def label_at(line: str) -> str | None:
    found = speakers.find_label(line, 0, len(line))
    return found.text if found else None


def test_an_office_with_a_modifier_before_its_title_word_is_a_label() -> None:
    assert label_at("THE VICE PRESIDENT:  Thank you all.") == "THE VICE PRESIDENT"
    assert label_at("THE PRIME MINISTER:  We agreed.") == "THE PRIME MINISTER"
    assert label_at("THE FIRST LADY:  Good morning.") == "THE FIRST LADY"
    assert label_at("THE SECRETARY-GENERAL:  Yes.") == "THE SECRETARY-GENERAL"
    assert label_at("THE PRESIDENT:  Thank you.") == "THE PRESIDENT"


def test_a_sentence_opening_with_the_and_an_office_is_no_label() -> None:
    # near misses: "the" before lowercase words, or before no title word at all
    assert label_at("The vice president said this:  we will wait.") is None
    assert label_at("The President has been very clear:  no.") is None
    assert label_at("The first question:  who pays?") is None
    assert label_at("THE BIG PICTURE:  Rates are high.") is None


FIRESIDE = (
    "Q    Hello.  You flew in last night.\n\nTHE VICE PRESIDENT:  Hi, Ana.  I feel great.\n\n"
    "Q    The vote is close.  How far away is it?\n\nAUDIENCE MEMBER:  (Inaudible.)\n\n"
    "THE VICE PRESIDENT:  Yes, forty days.  We will win it.\n\nQ    Thank you.  What "
    "about rents?\n\nTHE VICE PRESIDENT:  Rents rose by a third.  We passed a law.\n"
)


def test_an_office_label_keeps_every_answer_when_a_third_label_appears() -> None:
    # a third label (anyone's) used to leave "THE VICE PRESIDENT:" unread, and every turn
    # after a "Q" became one long question by the host
    passages = segment(make_document(FIRESIDE, interviewee=("Kamala Harris",), interviewer=()))
    got = [(k, r) for k, r, _, _ in turns(FIRESIDE, passages)]
    assert got == [
        ("question", "interviewer"),
        ("answer", "interviewee"),
        ("question", "interviewer"),
        ("answer", "interviewee"),
        ("question", "interviewer"),
        ("answer", "interviewee"),
    ]
    words = [w for _, _, _, w in turns(FIRESIDE, passages)]
    assert words[1].startswith("Hi, Ana")  # the label is no part of the answer


TOWN_HALL = (
    "MR. LANE:  Our first question is from a teacher in Ohio.\n\n"
    "AUDIENCE MEMBER:  Hi.  Our school closed in March.  When will it open?\n\n"
    "THE PRESIDENT:  It will open in May.  The money is there.\n\n"
    "MR. LANE:  Next, a nurse.\n\n"
    "AUDIENCE MEMBER:  I work nights.  My son has asthma.\n\n"
    "THE PRESIDENT:  I am sorry.  The clinics will stay open.\n\n"
    "CALLER (Jim):  I drive a truck.  Fuel costs doubled.  Why?\n\n"
    "THE PRESIDENT:  Prices rose because of the war.\n"
)


def test_members_of_the_public_who_ask_are_interviewers_but_not_the_host() -> None:
    passages = segment(
        make_document(TOWN_HALL, interviewee=("Joe Biden",), interviewer=("Sam Lane",))
    )
    got = [(k, r, s) for k, r, s, _ in turns(TOWN_HALL, passages)]
    assert got == [
        ("question", "interviewer", "Sam Lane"),
        # the teacher's premise ("Our school closed in March") is an interviewer's claim,
        # and she is not the yaml's interviewer
        ("question", "interviewer", None),
        ("answer", "interviewee", "Joe Biden"),
        ("question", "interviewer", "Sam Lane"),
        ("question", "interviewer", None),
        ("answer", "interviewee", "Joe Biden"),
        ("question", "interviewer", "Jim"),
        ("answer", "interviewee", "Joe Biden"),
    ]


def test_a_named_panelist_who_answers_is_still_an_interviewee() -> None:
    # near miss: a speaker the yaml does not list, who answers, keeps answering
    text = (
        "MODERATOR:  Senator, what does the bill do?\n\n"
        "SENATOR GRAY:  It caps rents at five per cent.  It starts in May.\n\n"
        "MODERATOR:  And who pays for it?\n\n"
        "SENATOR GRAY:  The states pay half.  The rest comes from Washington.\n"
    )
    passages = segment(make_document(text, interviewee=(), interviewer=()))
    got = [(k, r) for k, r, _, _ in turns(text, passages)]
    assert got == [
        ("question", "interviewer"),
        ("answer", "interviewee"),
        ("question", "interviewer"),
        ("answer", "interviewee"),
    ]
