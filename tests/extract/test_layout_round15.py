"""Layout round 15: a radio transcript flattened into one paragraph whose answers are labelled
by the minister's office initials ("PM:"), and a joint press conference's guest who makes a
statement, hands back to the host and is then asked a question. Every example is invented."""

from __future__ import annotations

from tests.extract.conftest import claim_roles, passage_turns

FLAT_RADIO = (
    "HOST: Prime Minister, good morning.  PM: Morning Tom. The new bridge opened last week. "
    "It carries four thousand cars a day.  HOST: And the ferry service?  PM: The ferry still "
    "runs twice a day. We kept it for the island families.  HOST: Thanks for your time.\n"
)


def test_office_initials_open_turns_inside_a_flattened_paragraph() -> None:
    turns = passage_turns(FLAT_RADIO)
    assert [(role, words.split()[0]) for _, role, words in turns] == [
        ("interviewer", "Prime"),
        ("interviewee", "Morning"),
        ("interviewer", "And"),
        ("interviewee", "The"),
        ("interviewer", "Thanks"),
    ]


def test_claims_after_inline_office_initials_are_the_interviewees() -> None:
    roles = claim_roles(FLAT_RADIO)
    assert roles["The new bridge opened last week"] == "interviewee"
    assert roles["The ferry still runs twice a day"] == "interviewee"


def test_deputy_office_initials_open_a_turn_inline_too() -> None:
    text = (
        "HOST: Welcome to the program.  DPM: Thank you. The port handled record cargo in "
        "March.  HOST: Will it grow?  DPM: The harbour board expects more ships next year.\n"
    )
    roles = claim_roles(text)
    assert roles["The port handled record cargo in March"] == "interviewee"
    assert roles["The harbour board expects more ships next year"] == "interviewee"


def test_a_clock_time_before_a_colon_opens_no_turn() -> None:
    text = (
        "HOST: When do the doors open?  GUEST: The doors open at 5 PM: the queue starts an "
        "hour earlier.\n"
    )
    turns = passage_turns(text)
    assert len(turns) == 2
    assert turns[1][2].startswith("The doors open at 5 PM: the queue")


JOINT_CONFERENCE = """PM: Good afternoon. Today the President of Tarvia and I signed a fisheries \
agreement. It covers the northern banks for ten years. Our boats will share the catch \
data with theirs every month, and the two navies will patrol the banks together. The \
agreement also funds a new cannery on the island, which will employ three hundred people \
when it opens. Tarvia has been a good friend to this country for a long time, and this \
agreement shows what two small nations can do when they work together. Over to you, \
Mr President.

PRESIDENT TANE: Thank you, Prime Minister. My government is proud of this agreement. Our \
fishermen have waited a long time for it.

PM: Thank you, Mr President. We will take a few questions.

JOURNALIST: Prime Minister, when does the agreement start?

PM: The agreement starts in July. The patrol boats are already in the region.

JOURNALIST: Mr President, why did you sign now?

PRESIDENT TANE: The stocks recovered last year. The timing was right for both countries.

PM: Thanks very much, folks.
"""


def test_a_guest_asked_a_question_at_a_joint_press_conference_answers() -> None:
    roles = claim_roles(JOINT_CONFERENCE, interviewer=())
    assert roles["My government is proud of this agreement"] == "interviewee"
    assert roles["The stocks recovered last year"] == "interviewee"
    assert roles["The agreement starts in July"] == "interviewee"


def test_a_co_host_never_asked_anything_still_hands_over() -> None:
    text = """HOST: Welcome back to the program.

GUEST: Thanks for having me. The mill reopened in May after two years of repairs. The \
owners bought new looms from a firm in the north, and the council paid for the road.

COHOST JONES: We have been hearing from listeners all week. Our phones are busy.

GUEST: The mill employs two hundred people now. Most of them worked there before it \
closed, and the rest came from the training scheme the college runs every spring.

COHOST JONES: The line is still open on the usual number.

GUEST: The second shift starts next month. The owners want to double the output by \
winter, and they have orders from three countries already.
"""
    turns = passage_turns(text)
    cohost = {role for speaker, role, _ in turns if speaker and "Jones" in speaker}
    assert cohost == {"interviewer"}


def test_a_turn_cut_off_at_a_dash_ends_where_the_next_label_starts() -> None:
    text = (
        "HOST: Are these new jobs?  PM: Well, these are places which are -  HOST: That is "
        "the old scheme.  PM: The money behind them is new. It came in the May budget.\n"
    )
    roles = claim_roles(text)
    assert roles["That is the old scheme"] == "interviewer"
    assert roles["The money behind them is new"] == "interviewee"


def test_a_dash_inside_an_answer_opens_no_turn_without_a_known_label() -> None:
    turns = passage_turns(
        "HOST: Where did you grow up?\n\nGUEST: In the valley - Riverside: a town of two "
        "thousand people. My father ran the mill there.\n"
    )
    assert len(turns) == 2
    assert "Riverside: a town" in turns[1][2]
