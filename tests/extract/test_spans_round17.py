"""Claim spans, seventeenth round on fresh text (scanned press conferences and doorstop
interviews of the late 1990s, issued as press releases): invented examples in the style of
those transcripts, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.extract.conftest import answer_claims, make_document, rule_answer_claims, run, spans_of

# ---------------------------------------------------------------------------------------
# A noun pair that names one thing is never split at its "and"
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We will be talking about the campaign against the goods and services tax",
            ["We will be talking about the campaign against the goods and services tax"],
        ),
        (
            "It cut the research and development budget which funds the labs",
            ["It cut the research and development budget which funds the labs"],
        ),
        (
            "The Premier ran a law and order campaign in the bush",
            ["The Premier ran a law and order campaign in the bush"],
        ),
    ],
)
def test_a_fixed_noun_pair_stays_one_noun(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


def test_two_clauses_after_a_listed_first_noun_still_split() -> None:
    # only the whole pair is one noun: "goods" before another clause still splits
    assert spans_of("The shops sold the goods and the markets took the rest") == [
        "The shops sold the goods",
        "the markets took the rest",
    ]


# ---------------------------------------------------------------------------------------
# A second of-phrase after "and" belongs to the subject before it
# ---------------------------------------------------------------------------------------


def test_a_second_of_phrase_is_no_clause() -> None:
    assert spans_of("The advice of the bank and of the unions is that wages will rise") == [
        "The advice of the bank and of the unions is that wages will rise"
    ]


def test_and_of_course_still_opens_a_clause() -> None:
    assert spans_of("The port reopened and of course the trucks came back") == [
        "The port reopened",
        "of course the trucks came back",
    ]


# ---------------------------------------------------------------------------------------
# A reporter's question typed with a full stop, opening on a linking word
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "So is the council planning another depot beyond the river, which looks full.",
        "And are the farmers getting any of the drought money.",
        "But do you expect the tariff to stay in place.",
    ],
)
def test_a_question_after_a_linking_word_is_no_claim(question: str) -> None:
    assert answer_claims(question) == []


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "so" + auxiliary + subject is also the short declarative "and so did they"
        ("The mayor backed the plan. So did the council.", ["The mayor backed the plan"]),
        ("So the council is planning another depot.", ["the council is planning another depot"]),
        ("Now is the time to fix the depot.", ["Now is the time to fix the depot"]),
    ],
)
def test_declaratives_after_a_linking_word_stay(answer: str, expected: list[str]) -> None:
    found = answer_claims(answer)
    assert all(e in found for e in expected)


# ---------------------------------------------------------------------------------------
# A scanned release's furniture: the archive's note, a file number before the page number
# ---------------------------------------------------------------------------------------


def test_the_note_that_a_release_was_scanned_is_no_claim() -> None:
    text = (
        "Doorstop interview, Hobart, 3 May 1998\n\n"
        "The text of this press release has been scanned from the original. Freedom from "
        "errors or omissions cannot be guaranteed.\n\n"
        "Journalist: Will the ferry run?\n\n"
        "Minister: The ferry will run from Monday.\n"
    )
    document = make_document(text, interviewee=("Dana Orwin",), interviewer=())
    found = [c.text for c in run(document)[1]]
    assert found == ["The ferry will run from Monday"]


def test_a_file_number_and_page_number_is_page_furniture() -> None:
    text = (
        "Journalist: Will the ferry run?\n\n"
        "Minister: If the union agrees we will obviously\n\n"
        "97-1432 Page 2\n\n"
        "have to restart the service. The wharf is ready.\n"
    )
    document = make_document(text, interviewee=("Dana Orwin",), interviewer=())
    found = [c.text for c in run(document)[1]]
    assert found[-1] == "The wharf is ready"
    assert found[0].startswith("If the union agrees we will obviously")
    assert found[0].endswith("have to restart the service")


# ---------------------------------------------------------------------------------------
# A negated short reply points back at the question and asserts nothing of its own
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "I don't think so at all.",
        "No I don't think so.",
        "I wouldn't have thought so.",
        "Well, I wouldn't think so.",
        "I hope not.",
    ],
)
def test_a_negated_short_reply_is_no_claim(answer: str) -> None:
    assert answer_claims(answer) == []


def test_a_negated_stance_frame_with_its_clause_stays() -> None:
    assert rule_answer_claims("I don't think the ferry will run on Monday.") == [
        "I don't think the ferry will run on Monday"
    ]
    assert rule_answer_claims("I don't think so, the wharf is closed.") == ["the wharf is closed"]
