"""Layouts, eleventh round on fresh text (scanned press office transcripts of the 1980s: the
office's initials as a label once or with its letters spaced, "Question" and the office set
alone on their lines with no colon, a label line with specks after it, a continuation mark
with spaced dots, an opening speech before questions under a title that names the office):
invented examples in the style of those transcripts."""

from __future__ import annotations

import pytest

from pipeline.extract import passages, speakers
from tests.extract.conftest import make_document, run

_CAST = speakers.cast_of(("Arthur Penrose",), ())


def _roles(text: str, title: str = "Press conference, Town Hall") -> dict[str, str]:
    document = make_document(text, interviewee=("Arthur Penrose",), interviewer=(), title=title)
    return {c.text: c.speaker_role for c in run(document)[1]}


def _turns(text: str, title: str = "Press conference, Town Hall") -> list[tuple[str, str]]:
    document = make_document(text, interviewee=("Arthur Penrose",), interviewer=(), title=title)
    return [
        (p.speaker_role or "", text[p.char_start : p.char_end])
        for p in run(document)[0]
        if p.kind in ("question", "answer")
    ]


# ---------------------------------------------------------------------------------------
# The office's initials as a label: once ("PM:"), or spaced by the scan ("P M :")
# ---------------------------------------------------------------------------------------

_PM_ONCE = (
    "PRESS CONFERENCE, TOWN HALL\n"
    "\n"
    "PM: Ladies and gentlemen, the harbour works will start in May. We have set aside the "
    "money for them.\n"
    "\n"
    "Q: Prime Minister, what will they cost?\n"
    "\n"
    "{label} Well, the works will cost the state about forty million dollars.\n"
)


@pytest.mark.parametrize("label", ["P M :", "PM:", "P. M.:"])
def test_the_office_initials_once_or_spaced_are_the_answerer(label: str) -> None:
    roles = _roles(_PM_ONCE.format(label=label))
    assert roles["the harbour works will start in May"] == "interviewee"
    assert roles["We have set aside the money for them"] == "interviewee"
    cost = [t for t in roles if "forty million" in t]
    assert cost and not any(t.startswith(("P", ":")) for t in cost)


def test_spaced_initials_before_a_colon_count_as_one_label() -> None:
    line = "P M : Well, the works will cost forty million dollars."
    label = speakers.find_label(line, 0, len(line), _CAST)
    assert label is not None and label.text == "PM"
    assert line[label.body_start :].startswith("Well")


def test_initials_that_are_no_office_stay_as_they_are() -> None:
    line = "U N: The vote was held on Monday."
    label = speakers.find_label(line, 0, len(line), _CAST)
    assert label is None or label.text != "UN"


# ---------------------------------------------------------------------------------------
# "Question" and the office alone on their lines, no colon, the text spaced line by line
# ---------------------------------------------------------------------------------------

_ALONE = (
    "PRESS OFFICE TRANSCRIPT\n"
    "\n"
    "{question}\n"
    "\n"
    "Prime Minister what do you make of the council's plan for the harbour?\n"
    "\n"
    "{office}\n"
    "\n"
    "I think the plan is a sound one. The council has done its homework.\n"
    "\n"
    "Question\n"
    "\n"
    "Prime Minister the ratepayers say the plan will cost them dearly\n"
    "\n"
    "Prime Minister\n"
    "\n"
    "Well the ratepayers will pay less than they fear.\n"
)


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("Question", "Prime Minister"),
        ("Q u e s t i o n", "Prime Minister . ·"),
        ("Ques t i o n", "Prime Minister ,"),
        ("Question; , *", "Prime Minister: . ."),  # specks after a colon or a semicolon
    ],
)
def test_a_role_or_office_alone_on_its_line_labels_the_turn_below(
    question: str, office: str
) -> None:
    turns = _turns(_ALONE.format(question=question, office=office))
    assert [role for role, _ in turns] == ["interviewer", "interviewee"] * 2
    assert turns[1][1].startswith("I think the plan")
    # a question that lost its "?" is still the questioner's, not the answerer's
    assert turns[2][1].startswith("Prime Minister the ratepayers")
    assert turns[3][1].startswith("Well the ratepayers")


def test_a_label_line_never_runs_on_into_the_line_below() -> None:
    text = "Prime Minister\n\nI think the plan is a sound one.\n"
    paras = passages.paragraphs(text, _CAST)
    assert [text[p.start : p.end] for p in paras] == [
        "Prime Minister",
        "I think the plan is a sound one.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Question Time ran late on Thursday.",  # a plain "Question" before a word opens prose
        "Questions were asked about the harbour.",
    ],
)
def test_a_plain_question_word_opening_a_sentence_is_no_label(line: str) -> None:
    label = speakers.find_label(line, 0, len(line), _CAST)
    assert label is None or line[label.body_start :] == line or label.kind != "qa"


def test_a_name_with_specks_after_it_is_no_label() -> None:
    line = "Jane Smith . ·"  # a person, not a role or an office: could be a byline's remains
    label = speakers.find_label(line, 0, len(line), _CAST)
    assert label is None


# ---------------------------------------------------------------------------------------
# A continuation mark with spaced dots is a page line
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("mark", [". . . 2", ".  .  .3", ". . .9 ."])
def test_a_continuation_mark_with_spaced_dots_is_a_page_line(mark: str) -> None:
    assert passages.PAGE_LINES.match(mark) is not None


def test_a_sentence_with_spaced_dots_is_no_page_line() -> None:
    assert passages.PAGE_LINES.match(". . . and then 2") is None


# ---------------------------------------------------------------------------------------
# An opening speech under a title that names the office the answerer's label gives
# ---------------------------------------------------------------------------------------

_SPEECH = (
    "PRIME MINISTER AT THE ROTARY CLUB PLUS QUESTIONS AND ANSWERS\n"
    "\n"
    "Thank you all for coming tonight. I think this town has grown a great deal in ten "
    "years. We have built the new bridge and the new hospital.\n"
    "\n"
    "Question\n"
    "\n"
    "Prime Minister will the railway line stay open?\n"
    "\n"
    "Prime Minister\n"
    "\n"
    "The line will stay open for as long as people use it.\n"
    "\n"
    "Question\n"
    "\n"
    "Prime Minister what about the bus service?\n"
    "\n"
    "Prime Minister\n"
    "\n"
    "The buses will run every hour from June.\n"
)


def test_an_opening_speech_under_a_title_naming_the_office_is_the_answerer() -> None:
    roles = _roles(_SPEECH, title="Prime Minister at the Rotary Club plus questions and answers")
    assert roles["I think this town has grown a great deal in ten years"] == "interviewee"
    assert roles["We have built the new bridge and the new hospital"] == "interviewee"


def test_an_opening_under_a_title_naming_another_office_stays_the_publishers() -> None:
    roles = _roles(_SPEECH, title="Treasurer at the Rotary Club plus questions and answers")
    assert roles["We have built the new bridge and the new hospital"] == "editorial"


def test_a_marker_with_a_time_after_its_colon_stays_furniture() -> None:
    text = "Q: What happened?\n\nA: The vote was lost.\n\n**Break**: [28:03]\n\nQ: And then?\n"
    turns = _turns(text)
    assert not any("Break" in words for _, words in turns)


def test_an_office_label_under_a_line_left_unfinished_opens_the_turn() -> None:
    text = (
        "Question:\n\nThe council wants a new harbour. Will you pay for it, or what? . ,\n\n"
        "Prime Minister: .\n\nI think the council should pay half of it.\n"
    )
    assert _roles(text)["I think the council should pay half of it"] == "interviewee"
