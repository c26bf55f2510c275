"""Layouts, thirteenth round on fresh text (press-office transcript databases, Markdown
transcripts with one heading per turn, code-switched press briefings): invented examples in
the style of those transcripts."""

from __future__ import annotations

import pytest

from pipeline.extract.speakers import find_label, is_name_like
from tests.extract.conftest import claim_roles, passage_turns

# ---------------------------------------------------------------------------------------
# A press office's "Subject(s):" line lists what the interview covered: metadata, no turn
# ---------------------------------------------------------------------------------------

_HEADER = "TRANSCRIPT OF INTERVIEW WITH TOM REED, RADIO 4QX\n\n"
_TURNS = (
    "\n\nTOM REED: Minister, the harbour dredging starts soon.\n\n"
    "JANE SMITH: The dredging starts in August.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Subject(s): Harbour dredging; Council rates",
        "SUBJECT(S): Harbour dredging, council rates",
        "Subjects: Harbour dredging; Council rates",
        "Subjects discussed: Harbour dredging; Council rates",
        "TOPICS COVERED: Harbour dredging, council rates",
    ],
)
def test_a_subjects_line_is_no_claim_and_no_turn(line: str) -> None:
    text = _HEADER + line + _TURNS
    claims = claim_roles(text)
    assert not any("Council rates" in c or "council rates" in c for c in claims)
    assert claims["The dredging starts in August"] == "interviewee"
    assert all("rates" not in words for _, _, words in passage_turns(text))


def test_a_subjects_line_after_a_page_break_is_no_turn_either() -> None:
    text = (
        _HEADER
        + "TOM REED: Minister, the harbour dredging starts soon.\n\n"
        + "JANE SMITH: The dredging starts in August.\n\n"
        + "SUBJECT(S): Harbour dredging; Council rates\n\n"
        + "TOM REED: And the rates?\n\n"
        + "JANE SMITH: The rates rise by two per cent.\n"
    )
    claims = claim_roles(text)
    assert not any("rates;" in c or "Council rates" in c for c in claims)
    assert claims["The rates rise by two per cent"] == "interviewee"


@pytest.mark.parametrize("label", ["Subject(s)", "SPEAKER(S)", "Guest(s)", "Witness(es)"])
def test_an_optional_plural_marks_a_form_heading_not_a_speaker(label: str) -> None:
    assert not is_name_like(label)
    text = f"{label}: the harbour and the rates"
    assert find_label(text, 0, len(text)) is None


@pytest.mark.parametrize("label", ["PM (cont)", "Jane Smith (Mayor)", "Tom Reed (s)"])
def test_a_note_in_parentheses_still_leaves_a_label(label: str) -> None:
    # a note set apart by a space ("PM (cont)") is no plural mark
    text = f"{label}: The dredging starts in August."
    assert find_label(text, 0, len(text)) is not None


def test_the_singular_subject_label_still_names_the_one_interviewed() -> None:
    # research interviews label the one interviewed "Subject:" (a role word)
    text = (
        "Interviewer: Where did you grow up?\n\nSubject: I grew up on a dairy farm near Tamworth.\n"
    )
    assert claim_roles(text)["I grew up on a dairy farm near Tamworth"] == "interviewee"


# ---------------------------------------------------------------------------------------
# A credit line in the third person names the interviewer and the guest: the publisher's
# words (editorial), never a turn of the last speaker or the guest's own claim
# ---------------------------------------------------------------------------------------

_SIGN_OFF = (
    "TOM REED: Minister, the harbour dredging starts soon.\n\n"
    "JANE SMITH: The dredging starts in August.\n\n"
    "TOM REED: Jane Smith, thank you.\n\n"
    "JANE SMITH: Thank you.\n\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "Tom Reed spoke with the Minister for Ports, Jane Smith.",
        "Tom Reed talked to the Ports Minister, Jane Smith.",
        "Radio 4QX's Tom Reed interviewed Ports Minister, Jane Smith.",
    ],
)
def test_a_credit_line_after_the_last_turn_is_no_answer(credit: str) -> None:
    text = _SIGN_OFF + credit + "\n"
    turns = passage_turns(text)
    assert (None, "editorial", credit) in turns
    assert all(role != "interviewee" for c, role in claim_roles(text).items() if "Tom Reed" in c)


def test_a_credit_line_before_the_first_turn_is_editorial() -> None:
    # the tagger may read "interviews" as a plural noun: the credit line names the guest
    credit = "Radio 4QX's Tom Reed interviews Ports Minister, Jane Smith."
    text = "Sunday 3 March 2024\n\n" + credit + "\n\n" + _SIGN_OFF
    assert (None, "editorial", credit) in passage_turns(text)


def test_an_answer_that_names_someone_else_stays_an_answer() -> None:
    text = _SIGN_OFF.replace(
        "JANE SMITH: Thank you.\n\n",
        "JANE SMITH: Thank you.\n\nThe harbourmaster spoke with the unions on Monday.\n\n",
    )
    claims = claim_roles(text)
    assert claims["The harbourmaster spoke with the unions on Monday"] == "interviewee"
