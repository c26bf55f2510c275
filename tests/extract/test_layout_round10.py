"""Layouts, tenth round on fresh text (typed and scanned press conferences of the 1960s and
1970s: page numbers with a full stop, question labels that OCR misread, the office's
initials or name in capitals as a label with no colon, an opening statement that ends by
inviting questions): invented examples in the style of those transcripts."""

from __future__ import annotations

import pytest

from pipeline.extract import speakers
from tests.extract.conftest import make_document, run

_CAST = speakers.cast_of(("Arthur Penrose",), ("Press gallery",))


def _claims(text: str) -> dict[str, str]:
    document = make_document(
        text,
        interviewee=("Arthur Penrose",),
        interviewer=("Press gallery",),
        title="Press conference given by the Prime Minister",
    )
    return {c.text: c.speaker_role for c in run(document)[1]}


# ---------------------------------------------------------------------------------------
# A page number with a full stop is page furniture: the sentence runs across it
# ---------------------------------------------------------------------------------------

_PAGE_BREAK = (
    "Question: What about the pensions?\n"
    "Mr. Penrose: The pension has gone up every year since we came in. I would\n"
    "\n"
    "{page}\n"
    "say the rise in the pension has been well above the rise in prices.\n"
    "Question: And the wheat farmers?\n"
    "Mr. Penrose: The wheat price was settled in March.\n"
)


@pytest.mark.parametrize("page", ["3.", ".4.", "- 9 -.", "12"])
def test_a_sentence_runs_across_a_page_number_with_dots(page: str) -> None:
    claims = _claims(_PAGE_BREAK.format(page=page))
    assert not any(text.strip() in {"I would", "I would " + page} for text in claims)
    assert not any(text.startswith("say the rise") for text in claims)
    joined = [text for text in claims if text.startswith("I would")]
    assert joined and joined[0].endswith("well above the rise in prices")
    assert claims[joined[0]] == "interviewee"


def test_a_number_with_a_stop_alone_on_its_line_is_no_claim() -> None:
    claims = _claims(_PAGE_BREAK.format(page="7."))
    assert all(text.strip() not in {"7", "7."} for text in claims)


# ---------------------------------------------------------------------------------------
# A question label whose mark OCR misread, or "QUESTION" in capitals without its colon
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Q0 Sir, the tariff board has said the duty should fall.",
        "Qo Sir, the tariff board has said the duty should fall.",
        "Q* Sir, the tariff board has said the duty should fall.",
        "Q, Sir, the tariff board has said the duty should fall.",
        "QUESTION Sir, the tariff board has said the duty should fall.",
    ],
)
def test_a_misread_question_label_opens_a_question(line: str) -> None:
    label = speakers.find_label(line, 0, len(line), _CAST)
    assert label is not None and label.kind == "qa"
    assert speakers.qa_role(label.text) == "interviewer"
    assert line[label.body_start :].startswith("Sir, the tariff board")


@pytest.mark.parametrize(
    "line",
    [
        "Q4 Revenue rose by a tenth on the year before.",  # a quarter
        "Question Time ran late on Thursday.",  # the parliament's sitting
        "Qom is a city south of the capital.",
        "QUESTIONS AND ANSWERS",
    ],
)
def test_words_that_only_look_like_a_misread_question_label_are_none(line: str) -> None:
    label = speakers.find_label(line, 0, len(line), _CAST)
    assert label is None or label.kind != "qa"


def test_misread_labels_give_the_premise_to_the_interviewer() -> None:
    text = (
        "Q. Will the loan be raised in London?\n"
        "P. M. No, it will be raised in New York.\n"
        "Qo The Treasurer said the loan was too dear.\n"
        "P. M. The Treasurer has not seen the final terms.\n"
        "Q* Will you see him this week?\n"
        "P. M. Yes, we meet on Friday.\n"
    )
    claims = _claims(text)
    assert claims["The Treasurer said the loan was too dear"] == "interviewer"
    assert claims["The Treasurer has not seen the final terms"] == "interviewee"
    assert claims["it will be raised in New York"] == "interviewee"


# ---------------------------------------------------------------------------------------
# The office by its initials ("P. M.") or its name in capitals, with no colon
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("P. M. Well, the loan was settled last week.", "Well, the loan"),
        ("P.M. Well, the loan was settled last week.", "Well, the loan"),
        ("P. M. look, the loan was settled last week.", "look, the loan"),
    ],
)
def test_the_office_initials_with_dots_are_a_label(line: str, body: str) -> None:
    label = speakers.find_label(line, 0, len(line), _CAST)
    assert label is not None and label.kind == "name"
    assert line[label.body_start :].startswith(body)


@pytest.mark.parametrize(
    "line",
    [
        "U. S. Forces will stay in the region.",  # initials that are no office of a speaker
        "P. M. ON 3RD JUNE",  # a time in a heading, in capitals
    ],
)
def test_other_initials_are_no_label(line: str) -> None:
    label = speakers.find_label(line, 0, len(line), _CAST)
    assert label is None or line[label.body_start :] == line


def test_an_office_in_capitals_before_the_turn_is_a_label() -> None:
    line = "PRIME MINISTER You will have some questions, but first the loan."
    label = speakers.find_label(line, 0, len(line), _CAST)
    assert label is not None and label.text == "PRIME MINISTER"
    assert line[label.body_start :].startswith("You will have")


@pytest.mark.parametrize(
    "line",
    [
        "PRESS CONFERENCE GIVEN BY THE PRIME MINISTER",  # a heading: capitals go on
        "NATO MINISTERS met in Brussels on Monday.",  # no office's title word at its end
        "THE MINISTER",  # nothing after it
    ],
)
def test_capitals_that_are_no_office_label(line: str) -> None:
    label = speakers.find_label(line, 0, len(line), _CAST)
    assert label is None or label.body_start >= len(line)


# ---------------------------------------------------------------------------------------
# An opening statement that ends by inviting questions is the answerer's
# ---------------------------------------------------------------------------------------

_OPENING = (
    "PRESS CONFERENCE GIVEN BY THE PRIME MINISTER\n"
    "PARLIAMENT HOUSE, CANBERRA\n"
    "PRIME MINISTER You will have questions, but first the loan. The Loan Council\n"
    "agreed to a borrowing programme of four hundred million pounds.\n"
    "The States will share it on the usual formula.\n"
    "{invitation}\n"
    "Q. Will the States accept the formula?\n"
    "P. M. Victoria has already accepted it.\n"
    "Q. And New South Wales?\n"
    "P. M. New South Wales will decide next week.\n"
)


@pytest.mark.parametrize(
    "invitation", ["Well now, any questions?", "Are there any questions?", "Questions?"]
)
def test_an_opening_statement_that_invites_questions_is_the_answerers(invitation: str) -> None:
    claims = _claims(_OPENING.format(invitation=invitation))
    assert claims["The States will share it on the usual formula"] == "interviewee"
    assert claims["Victoria has already accepted it"] == "interviewee"


# ---------------------------------------------------------------------------------------
# A label repeated at a page's top with a continuation mark is page furniture
# ---------------------------------------------------------------------------------------

_CONTINUED = (
    "Question: What about the pensions?\n"
    "Mr. Penrose: The pension has gone up every year and that is why the Government is\n"
    "\n"
    "{label}\n"
    "trying to keep the rise above the rise in prices.\n"
    "Question: And the wheat farmers?\n"
    "Mr. Penrose: The wheat price was settled in March.\n"
)


@pytest.mark.parametrize(
    "label", ["PRIME MINISTER: (continued)", "Mr. Penrose (cont'd)", "PRIME MINISTER [Contd.]"]
)
def test_a_sentence_runs_across_a_continuation_label(label: str) -> None:
    claims = _claims(_CONTINUED.format(label=label))
    assert not any(text.endswith("the Government is") for text in claims)
    assert not any("(continued) trying" in text or text.startswith("trying") for text in claims)
    joined = [text for text in claims if "trying to keep the rise" in text]
    assert joined and joined[0].startswith("that is why the Government is")
    assert claims[joined[0]] == "interviewee"


def test_a_continuation_mark_inside_a_sentence_is_no_label() -> None:
    text = (
        "Question: What did the board say?\n"
        "Mr. Penrose: The board said the talks (continued) would resume in May.\n"
    )
    claims = _claims(text)
    assert any("would resume in May" in text for text in claims)
