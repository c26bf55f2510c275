"""Claim spans and speakers, fourth round on fresh text (press conferences, Markdown news
interviews, public-inquiry hearings): Markdown italics at a span's edges, offers to take
questions, clauses broken off by a dash, noun lists after a joiner, and an unlabelled
opening statement (invented examples in the style of those transcripts)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import claims_of, make_document, run, spans_of

# ---------------------------------------------------------------------------------------
# Markdown italics ("_..._") at a span's edges are markup, like "*" and "**"
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "_Mara Lind is a nurse and a delegate of the Harbour Workers Union._",
            ["Mara Lind is a nurse and a delegate of the Harbour Workers Union"],
        ),
        (
            "_In March, Mara travelled to the first regional meeting of cleaners._",
            ["In March, Mara travelled to the first regional meeting of cleaners"],
        ),
        ("__The ferry service resumed in April.__", ["The ferry service resumed in April"]),
    ],
)
def test_italics_markers_are_trimmed_from_span_edges(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The file was named harbour_levy in the archive.",
            ["The file was named harbour_levy in the archive"],
        ),
        # emphasis that closes the sentence is the speaker's, and stays balanced
        (
            "The point of the tide table is its _order_.",
            ["The point of the tide table is its _order_"],
        ),
    ],
)
def test_an_underscore_inside_a_span_stays(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


# ---------------------------------------------------------------------------------------
# Opening the floor to questions is talk about the press conference, not a claim
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "And then I'd be happy to take some questions.",
        "With that, we would be delighted to entertain questions.",
        "I look forward to taking your questions.",
        "Then we'll take your questions.",
        "So I'm glad to answer whatever questions you have.",
    ],
)
def test_offering_to_take_questions_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal will take questions from the public in June.",
        "We'll take the levy proposal to the cabinet next week.",
    ],
)
def test_taking_something_else_stays_a_claim(text: str) -> None:
    assert claims_of(text) == [text.rstrip(".")]


# ---------------------------------------------------------------------------------------
# A clause broken off by a dash on an auxiliary, "to" or a preposition joins the restart
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "--" is one break: the auxiliary before its first mark keeps the clause open
        (
            "Each lender has a reason to check that the terms are -- people keep to them.",
            ["Each lender has a reason to check that the terms are -- people keep to them"],
        ),
        (
            "We are going to -- we will publish the tide tables in May.",
            ["We are going to -- we will publish the tide tables in May"],
        ),
        (
            "The board is a body of -- we are a group of small harbours.",
            ["The board is a body of -- we are a group of small harbours"],
        ),
        (
            "The levy was meant for -- it paid for the new pier.",
            ["The levy was meant for -- it paid for the new pier"],
        ),
    ],
)
def test_a_clause_broken_off_on_an_open_word_joins_the_restart(
    text: str, expected: list[str]
) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finished clause before the dash still stands apart, also when the last word is
        # a preposition that ends a clause as an adverb
        (
            "The ferry left at noon -- the bus left at one.",
            ["The ferry left at noon", "the bus left at one"],
        ),
        (
            "We raised the fares before -- we have to raise them again.",
            ["We raised the fares before", "we have to raise them again"],
        ),
    ],
)
def test_a_finished_clause_before_a_dash_still_splits(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


# ---------------------------------------------------------------------------------------
# After a joiner, an adjective and a plural noun are a list item, not a clause
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two towns had deeper austerity, brutal cuts, and yet their clinics stayed open.",
            ["Two towns had deeper austerity, brutal cuts", "their clinics stayed open"],
        ),
        (
            "The review missed the sharp drops in trade, significant shifts in spending and "
            "delays at the ports.",
            [
                "The review missed the sharp drops in trade, significant shifts in spending "
                "and delays at the ports"
            ],
        ),
        (
            "The board can raise or cut local levies.",
            ["The board can raise or cut local levies"],
        ),
    ],
)
def test_an_adjective_and_a_plural_noun_after_a_joiner_are_no_clause(
    text: str, expected: list[str]
) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after a noun that may be an adjective: an adverb or an object follows
        (
            "The mill closed, and capital flows freely to the coast.",
            ["The mill closed", "capital flows freely to the coast"],
        ),
        ("Prices fell, wages rose.", ["Prices fell", "wages rose"]),
    ],
)
def test_a_real_clause_after_a_joiner_still_splits(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


# ---------------------------------------------------------------------------------------
# An unlabelled opening statement is the one labelled answerer's, when the title names them
# ---------------------------------------------------------------------------------------

_PRESSER = (
    "Thank you all for coming this afternoon.\n\n"
    "We agreed today to fund the new harbour wall, and I expect work to start in March.\n\n"
    "The ministers also backed a common levy on port fees.\n\n"
    "Q:\nWill the levy raise fees for small boats?\n\n"
    "MINISTER ORWIN:\nNo, small boats are exempt from the levy.\n\n"
    "Q:\nWhen does the wall open?\n\n"
    "MINISTER ORWIN:\nThe wall should open in 2027.\n"
)


def _roles(text: str, title: str) -> list[tuple[str, str | None, str | None]]:
    document = make_document(text, interviewee=(), interviewer=(), title=title)
    return [(c.text, c.speaker_role, c.speaker) for c in run(document)[1]]


def test_an_opening_statement_goes_to_the_answerer_the_title_names() -> None:
    roles = _roles(_PRESSER, "Press conference by Minister Dana Orwin after the ports meeting")
    opening = [r for r in roles if "harbour wall" in r[0] or "common levy" in r[0]]
    assert opening and all(r[1] == "interviewee" for r in opening)
    assert {r[2] for r in opening} == {"Minister Orwin"}
    assert not any(r[1] == "editorial" for r in roles)


def test_an_opening_statement_stays_editorial_when_the_title_names_nobody_labelled() -> None:
    roles = _roles(_PRESSER, "Ports meeting: press conference")
    assert any(r[1] == "editorial" and "harbour wall" in r[0] for r in roles)


def test_a_third_person_standfirst_before_the_remarks_stays_editorial() -> None:
    text = "Minister Orwin toured the new dock in Hull on Monday.\n\n" + _PRESSER
    roles = _roles(text, "Press conference by Minister Dana Orwin")
    assert ("Minister Orwin toured the new dock in Hull on Monday", "editorial", None) in roles
    assert all(r[1] == "interviewee" for r in roles if "harbour wall" in r[0])


# ---------------------------------------------------------------------------------------
# An office or title and a name, labelled once, is a speaker
# ---------------------------------------------------------------------------------------


def test_an_office_and_a_name_labelled_once_is_a_speaker() -> None:
    text = (
        "**Counsel**: Is your name Ada Lind?\n\n**Dr Ada Lind**: Yes.\n\n"
        "**Counsel**: Did the harbour board meet in May?\n\n"
        "**Dr Ada Lind**: The harbour board met twice in May.\n\n"
        "**Counsel**: Did the pilots agree?\n\n"
        "**Dr Ada Lind**: The pilots agreed to the new rota.\n\n"
        "**Professor Orwin**: I chaired the second of those meetings myself.\n\n"
        "**Counsel**: Thank you both.\n"
    )
    document = make_document(text, interviewee=("Ada Lind",), interviewer=())
    claims = {c.text: (c.speaker, c.speaker_role) for c in run(document)[1]}
    assert claims["I chaired the second of those meetings myself"] == (
        "Professor Orwin",
        "interviewee",
    )


# ---------------------------------------------------------------------------------------
# The ";" of an HTML character reference a scraped transcript kept is no semicolon
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We haven&#39;t opened the depot yet.",
            ["We haven&#39;t opened the depot yet"],
        ),
        (
            "The council said &quot;no&quot; to the depot twice.",
            ["The council said &quot;no&quot; to the depot twice"],
        ),
        (
            "The depot opened in May; it&#39;s already too small.",
            ["The depot opened in May", "it&#39;s already too small"],
        ),
    ],
)
def test_a_character_reference_does_not_split_a_clause(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected
