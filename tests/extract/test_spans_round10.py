"""Spans, tenth round on fresh doorstop interviews and inquiry hearings: invented examples in
the style of those transcripts, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import is_claim
from tests.extract.conftest import claims_of, make_document, run, spans_of

NAMES = ("Jane Smith", "Tom Reed", "Ada Moss")

# ---------------------------------------------------------------------------------------
# Declining a topic, a comment or a judgement; the details the speaker does not know; how
# the speaker puts it; moving a hearing to its next item or ending a press conference;
# pointing back at one's own words (codebook, Not claims: talk about the conversation
# itself, what the speaker won't say or cannot know)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "I'm not going to get ahead of the Premier",
        "I’m not getting into criticising other councils at a time like this",
        "I don't want to go into the evacuation planning publicly",
        "I won't get into the detail of the talks",
        "I don't have any comment to make about Mr Hale",
        "We have no further comment on that",
        "I can't judge that",
        "I'm not aware of the details of the contract",
        "I'll say this as politely as I can",
        "Let me put it bluntly",
        "Now I turn to disclosure as the next item on the agenda",
        "I come now to the timetable for the hearings",
        "I think I might end the press conference there",
        "There is one other matter that we would wish to raise with your Ladyship",
        "There's one further point I'd add",
        "I've explained our assessment of the cause of the flooding",
        "That's very helpful",
        "I shall hand over to Ms Reed",
    ],
)
def test_talk_about_the_talk_is_no_claim(span: str) -> None:
    assert not is_claim(span, "interviewee", NAMES)


@pytest.mark.parametrize(
    "span",
    [
        # the country, not the speaker, as subject; a plan about the world
        "We're not going into recession",
        "The council is not going into administration",
        # one's own words restated with their content
        "I've explained that the bridge is unsafe",
        # unaware of a thing, not of the details of one
        "I'm not aware of any plan to close the school",
        "I turned to my brother for help",
        "That is helpful to the farmers in the north",
        "There is one other matter that worries the residents",
    ],
)
def test_near_misses_about_the_world_stay_claims(span: str) -> None:
    assert is_claim(span, "interviewee", NAMES)


def test_without_further_ado_is_a_linking_phrase() -> None:
    # the lead-in is dropped, and what is left hands over the floor
    assert claims_of("Without further ado, I shall hand over to Ms Reed.") == []
    assert spans_of("Without further ado, the hearing opened at ten.") == [
        "the hearing opened at ten"
    ]


# ---------------------------------------------------------------------------------------
# "and" inside one phrase: "between X and Y", "each and every" (codebook, The unit: an
# independent clause has its own subject and finite verb)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was agreed between myself and the mayor and the plan was published today.",
            ["It was agreed between myself and the mayor", "the plan was published today"],
        ),
        (
            "It would not be sensible for me to go through each and every letter sent.",
            ["It would not be sensible for me to go through each and every letter sent"],
        ),
        (
            "We will pay any and all costs the families have.",
            ["We will pay any and all costs the families have"],
        ),
        # near misses: "between" already has its pair, or "and" joins two clauses
        (
            "The talks were held between the two sides and the deal was signed in May.",
            ["The talks were held between the two sides", "the deal was signed in May"],
        ),
        (
            "The ferry sails between the islands, and the bus runs twice a day.",
            ["The ferry sails between the islands", "the bus runs twice a day"],
        ),
    ],
)
def test_and_inside_a_pair_joins_no_clauses(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


# ---------------------------------------------------------------------------------------
# An adverbial clause fronted inside a "that" clause of saying stays with the clause it
# modifies (codebook, The unit: subordinate clauses are not split off)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The council told us that as the works went on, they became more involved.",
        "The council told us that, as the works went on, they became more involved.",
        "The board said that once the audit ended, the accounts were published.",
    ],
)
def test_a_clause_fronted_inside_a_complement_stays_whole(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


def test_a_second_clause_after_the_complement_still_splits() -> None:
    assert spans_of("He said that when the bridge opened, traffic fell, and the shops closed.") == [
        "He said that when the bridge opened, traffic fell",
        "the shops closed",
    ]


# ---------------------------------------------------------------------------------------
# "and" before a fronted adverbial clause: the main clause after its comma is a clause of
# its own, as after "but because" (codebook, The unit: split independent clauses joined by
# "and"; the subordinate clause stays with its main clause)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hall was rebuilt in May and while the money lasted, the staff were paid.",
            ["The hall was rebuilt in May", "while the money lasted, the staff were paid"],
        ),
        (
            "The trains were late and when the doors opened, the crowd surged forward.",
            ["The trains were late", "when the doors opened, the crowd surged forward"],
        ),
        (
            "The pier was repaired, but because the grant ran out, the café never reopened.",
            ["The pier was repaired", "because the grant ran out, the café never reopened"],
        ),
        # near misses: two indirect questions, and a subordinate clause with no main one
        (
            "I asked whether prices rose and when they fell, and nobody knew.",
            ["I asked whether prices rose and when they fell", "nobody knew"],
        ),
        (
            "We were there when the gates opened and when the crowd came in.",
            ["We were there when the gates opened and when the crowd came in"],
        ),
    ],
)
def test_and_before_a_fronted_clause_splits(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


# ---------------------------------------------------------------------------------------
# "and" between two adjectives of one noun phrase: the noun is still to come, so neither
# side is a clause (codebook, The unit: an independent clause has its own subject and
# finite verb)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A test of our commitment to humanitarian and refugee needs is how we fund it.",
            ["A test of our commitment to humanitarian and refugee needs is how we fund it"],
        ),
        (
            "We still have an untargeted and unfocused skilled category.",
            ["We still have an untargeted and unfocused skilled category"],
        ),
        (
            "The Minister put out two separate and distinct releases.",
            ["The Minister put out two separate and distinct releases"],
        ),
        # near misses: an infinitive, an adverb, a subject after "and"
        (
            "We need to separate and the council agrees.",
            ["We need to separate", "the council agrees"],
        ),
        (
            "He is a local and he knows everyone.",
            ["He is a local", "he knows everyone"],
        ),
        (
            "We had a good and they had a bad year.",
            ["We had a good", "they had a bad year"],
        ),
    ],
)
def test_and_between_two_adjectives_joins_no_clauses(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


# ---------------------------------------------------------------------------------------
# A bare reply before an elliptical answer ("Yes, it is", "No they won't"): nothing of its
# own to assert (codebook, Not claims: bare replies)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("span", ["yes it is", "Yes, it is", "Yeah it was", "No they won't"])
def test_a_bare_reply_before_an_elliptical_answer_is_no_claim(span: str) -> None:
    assert not is_claim(span, "interviewee", NAMES)


@pytest.mark.parametrize("span", ["Yes, the ferry is running", "No, the pier is shut"])
def test_a_reply_with_its_own_clause_stays_a_claim(span: str) -> None:
    assert is_claim(span, "interviewee", NAMES)


# ---------------------------------------------------------------------------------------
# Counsel running a hearing: picking up points after the address, closing their
# submissions, the end of a session (codebook, Not claims: talk about the conversation)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "My Lady, may I just pick up one or two of the points made this morning",
        "Sir, may I say something about the timetable",
        "My Lady, I think those are all the points that I wish to make",
        "That's all for this afternoon",
    ],
)
def test_counsel_running_a_hearing_is_no_claim(span: str) -> None:
    assert not is_claim(span, "interviewee", NAMES)


def test_two_numbers_of_one_label_join_no_clauses() -> None:
    assert spans_of("Experience from Modules 1 and 2 has shown that the process works.") == [
        "Experience from Modules 1 and 2 has shown that the process works"
    ]
    # a count and a new clause
    assert spans_of("We lost 3 and 4 more were injured.") == ["We lost 3", "4 more were injured"]


def test_and_before_a_comparison_with_as_does_not_split() -> None:
    text = (
        "We ran the hearing as fully and as quickly as we could, in our view, the time was enough."
    )
    assert spans_of(text)[0].startswith("We ran the hearing as fully and as quickly as we could")


def test_a_hearing_clock_mark_is_furniture() -> None:
    # "(10.28 am)" on its own line marks when the record resumed: page furniture (codebook,
    # Not claims: page furniture and metadata)
    text = (
        "Lady Reed: Good morning.\n\n(10.28 am)\n\n"
        "Lady Reed: The hearing opened in May and the timetable is tight.\n\n"
        "(2.05 pm)\n\nLady Reed: We sat until four.\n"
    )
    document = make_document(text, interviewee=("Lady Reed",), interviewer=())
    assert [c.text for c in run(document)[1]] == [
        "The hearing opened in May",
        "the timetable is tight",
        "We sat until four",
    ]


def test_a_clock_mark_before_the_first_turn_is_furniture() -> None:
    text = "Transcript of the hearing\n\n*(10.02 am)*\n\nLady Reed: The hearing opened in May.\n"
    document = make_document(text, interviewee=("Lady Reed",), interviewer=())
    assert [c.text for c in run(document)[1]] == ["The hearing opened in May"]
