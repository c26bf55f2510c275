"""Layouts, twelfth round on fresh text (scanned press-office transcripts that came by fax
and were exported to XML): invented examples in the style of those transcripts."""

from __future__ import annotations

from pipeline.extract.speakers import cast_of, find_label
from tests.extract.conftest import claim_roles, passage_turns

_CAST = cast_of(("Jane Smith",), ("Tom Reed",))


# ---------------------------------------------------------------------------------------
# A fax machine's transmission header is page furniture, never a speaker label
# ---------------------------------------------------------------------------------------

_FAXED = (
    "<p>TR: Minister, will the levy pass this week?<br />\n"
    "JS: Yes, the levy passes on Thursday.<br />\n"
    "The vote was delayed in March.<br />\n"
    "TEL </p>\n"
    "<p>TEL: 14. Mar. 91 11: 02 No. 031 P. 02/ 05<br />\n"
    "2<br />\n"
    "TR: And the wharf?<br />\n"
    "JS: The wharf reopened last month.<br />\n"
    "FAX: 14 Mar. 91 11: 02 No .031 P. 03/ 0S<br />\n"
    "The ferry service runs twice a day.<br />\n"
)


def test_a_fax_header_is_furniture() -> None:
    turns = passage_turns(_FAXED)
    assert not any("No. 031" in words or "No .031" in words for _, _, words in turns)
    assert all(speaker not in ("TEL", "FAX") for speaker, _, _ in turns)


def test_the_turns_after_a_fax_header_keep_their_speakers() -> None:
    claims = claim_roles(_FAXED)
    assert claims["The wharf reopened last month"] == "interviewee"
    assert claims["The ferry service runs twice a day"] == "interviewee"


def test_a_sentence_ending_on_a_number_is_no_fax_header() -> None:
    turns = passage_turns(
        "TR: And the wharf?\n\nJS: The levy was set at No. 12 and the rate at 3/4.\n"
    )
    assert any("No. 12" in words for _, _, words in turns)


# ---------------------------------------------------------------------------------------
# Initials with the colon misread as a semicolon or a dot and comma are a label
# ---------------------------------------------------------------------------------------


def test_an_office_s_initials_with_a_semicolon_are_a_label() -> None:
    text = "PM; Well, the levy passes on Thursday."
    label = find_label(text, 0, len(text), _CAST)
    assert label is not None and label.text == "PM"
    assert text[label.body_start :].startswith("Well")


def test_a_listed_person_s_initials_with_a_dot_and_comma_are_a_label() -> None:
    text = "TR., Have you been told to drop the levy?"
    label = find_label(text, 0, len(text), _CAST)
    assert label is not None and label.text == "TR"
    assert text[label.body_start :].startswith("Have")


def test_unlisted_capitals_with_a_semicolon_are_no_label() -> None:
    for text in ("US; Canada and Mexico signed it.", "It; The end."):
        label = find_label(text, 0, len(text), _CAST)
        assert label is None or label.text not in ("US", "It")


def test_semicolon_labels_give_the_turns_their_roles() -> None:
    text = (
        "TR: Minister, will the levy pass this week?\n\n"
        "PM; Yes, the levy passes on Thursday.\n\n"
        "TR; But the wharf closed in March, didn't it?\n\n"
        "PM; The wharf reopened last month.\n"
    )
    claims = claim_roles(text)
    assert claims["the levy passes on Thursday"] == "interviewee"
    assert claims["The wharf reopened last month"] == "interviewee"
    assert all("TR;" not in c and "PM;" not in c for c in claims)


def test_a_fax_header_reduced_to_its_page_number_is_no_speaker() -> None:
    text = (
        "TR: Will the levy pass this week?\n\n"
        "JS: Yes, the levy passes on Thursday.\n\n"
        "TEL: 6\n\n"
        "The wharf reopened last month.\n"
    )
    assert all(speaker != "TEL" for speaker, _, _ in passage_turns(text))


# ---------------------------------------------------------------------------------------
# A scan's misread question label: "0:" for "Q:", "Q0;" for "Q.:"
# ---------------------------------------------------------------------------------------


def test_a_nought_before_a_colon_is_a_question_label() -> None:
    text = "0: Prime Minister, will the levy pass this week?"
    label = find_label(text, 0, len(text), _CAST)
    assert label is not None and label.kind == "qa" and label.text == "Q"
    assert text[label.body_start :].startswith("Prime")


def test_a_q_with_both_marks_misread_is_a_question_label() -> None:
    text = "Q0; Would you now legislate on the levy?"
    label = find_label(text, 0, len(text), _CAST)
    assert label is not None and label.kind == "qa"
    assert text[label.body_start :].startswith("Would")


def test_misread_question_labels_give_the_question_to_the_interviewer() -> None:
    text = (
        "Q: Will the levy pass this week?\n\n"
        "Yes, the levy passes on Thursday.\n\n"
        "0: The wharf closed in March. Will it reopen?\n\n"
        "The wharf reopens in May.\n"
    )
    claims = claim_roles(text)
    assert claims["The wharf closed in March"] == "interviewer"
    assert claims["The wharf reopens in May"] == "interviewee"


def test_a_question_before_a_fax_header_on_its_line_stays_a_turn() -> None:
    text = (
        "JS: Yes, the levy passes on Thursday.\n\n"
        "TR: Do you back it? TEL: 14. Mar. 91 11: 02 No. 031 P. 04/ 05\n\n"
        "JS: I back it fully.\n"
    )
    assert ("Tom Reed", "interviewer") in [
        (s, r) for s, r, w in passage_turns(text) if "back it?" in w
    ]


def test_an_office_s_initials_count_as_one_speaker_whatever_their_case() -> None:
    for text in ("Pm; Well, the levy passes.", "Pm: Well, the levy passes."):
        label = find_label(text, 0, len(text), _CAST)
        assert label is not None and label.text == "PM"
