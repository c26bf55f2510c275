"""Layout round 16: scanned press conferences of the 1960s and 70s, typed with "Q." over each
question and "PM" or "PM." with no colon over each answer, where the scan lost some labels.
Every example is invented."""

from __future__ import annotations

from pipeline.extract import speakers
from tests.extract.conftest import claim_roles, make_document, passage_turns, run

BARE_PM = (
    "Q. Will the new dam be finished this year?\n"
    "PM Well, the dam is two thirds built. The contractors expect to finish by June.\n"
    "Q. And the cost?\n"
    "PM. The cost has risen to forty million pounds.\n"
)


def test_office_initials_without_a_colon_label_the_answer() -> None:
    roles = claim_roles(BARE_PM)
    assert roles["the dam is two thirds built"] == "interviewee"
    assert roles["The cost has risen to forty million pounds"] == "interviewee"


def test_bare_initials_are_not_kept_in_the_turn() -> None:
    words = [w for _, role, w in passage_turns(BARE_PM) if role == "interviewee"]
    assert words and not any(w.startswith("PM") for w in words)


def test_bare_initials_on_a_wrapped_line_start_a_new_turn() -> None:
    text = (
        "Q. Are you still in touch with the Premier about the\n"
        "railway line to the coast\n"
        "PM No. The railway is a matter for the State Government.\n"
        "Q. Will you raise it at the conference?\n"
        "PM I shall raise it on the first day.\n"
    )
    roles = claim_roles(text)
    assert roles["The railway is a matter for the State Government"] == "interviewee"


def test_initials_before_a_listed_name_are_no_label() -> None:
    label = speakers.find_label(
        "PM Smith opened the bridge on Monday.",
        0,
        36,
        speakers.cast_of(("Jane Smith",), ("Tom Reed",)),
    )
    assert label is None or label.text != "PM"


def test_initials_that_are_no_office_are_no_label() -> None:
    cast = speakers.cast_of(("Jane Smith",), ("Tom Reed",))
    assert speakers.find_label("UN Officials arrived on Monday.", 0, 31, cast) is None


LOST_LABELS = (
    "Q. Have you seen the Treasurer today?\n\n"
    "PM. Yes, I saw him this morning.\n\n"
    "Mr Prime Minister, the wool growers say the reserve price is too low.\n\n"
    "No, the reserve price was raised in March. The growers were consulted twice.\n\n"
    "Q. Will there be an election this year?\n\n"
    "PM. I have not decided.\n\n"
    "Sir, do you expect the strike to spread to the ports?\n\n"
    "The unions have told me the ports will keep working.\n"
)


def test_a_paragraph_addressing_the_answerer_is_a_question() -> None:
    turns = {words: role for _, role, words in passage_turns(LOST_LABELS)}
    assert turns["Mr Prime Minister, the wool growers say the reserve price is too low."] == (
        "interviewer"
    )
    assert turns["Sir, do you expect the strike to spread to the ports?"] == "interviewer"


def test_the_reply_after_a_question_with_a_lost_label_is_the_answerers() -> None:
    roles = claim_roles(LOST_LABELS)
    assert roles["the reserve price was raised in March"] == "interviewee"
    assert roles["The unions have told me the ports will keep working"] == "interviewee"


def test_a_joint_press_conference_host_addressing_the_guest_still_answers() -> None:
    text = (
        "Q. What did the two of you agree?\n\n"
        "PRESIDENT SMITH: We agreed a new shipping lane.\n\n"
        "Mr. Prime Minister, our navies have trained together since 1990.\n\n"
        "Q. And the tariffs?\n\n"
        "PRIME MINISTER LEE: The tariffs stay where they are.\n"
    )
    document = make_document(text, interviewee=("Jane Smith", "Wen Lee"))
    claims = run(document)[1]
    # whether the form of address stays in the span is the split decision's business
    [role] = [c.speaker_role for c in claims if c.text.endswith("trained together since 1990")]
    assert role == "interviewee"
