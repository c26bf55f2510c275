"""Claim spans of spoken answers: restarts, asides between dashes, pseudo-cleft frames and
handing over the floor (invented examples in the style of briefings, radio and podcasts)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import claims_of, spans_of

# ---------------------------------------------------------------------------------------
# Broken-off starts: a piece that cannot end a clause joins the restart
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject with its contracted auxiliary cannot end a clause
        (
            "I think there's - it depends on the weather.",
            ["I think there's - it depends on the weather"],
        ),
        # a false start of function words only is dropped (the dev gold drops "The — " and
        # "we — " before a restarted clause: the shortest verbatim span); see
        # test_spans_round16
        ("We're — the ferry leaves at noon.", ["the ferry leaves at noon"]),
        # "that" after a copula is the conjunction, its clause still to come
        (
            "The plan was that -- the mill would close in June.",
            ["The plan was that -- the mill would close in June"],
        ),
        # a stance frame whose complement breaks off before any verb
        (
            "I think the council - but having said that, I do think they are careful.",
            ["I think the council - but having said that, I do think they are careful"],
        ),
        (
            "We believe that the new - the old bridge should stay.",
            ["We believe that the new - the old bridge should stay"],
        ),
    ],
)
def test_a_broken_off_start_joins_the_clause_restarted_after_the_dash(
    text: str, expected: list[str]
) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: each side has its own verb, or the verb has its object
        ("I know that - the mill closed in May.", ["I know that", "the mill closed in May"]),
        (
            "I know the mayor - she is a careful woman.",
            ["I know the mayor", "she is a careful woman"],
        ),
        (
            "I think the council is careful - and the mayor agrees.",
            ["I think the council is careful", "the mayor agrees"],
        ),
        ("It's cold, the harbour is shut.", ["It's cold", "the harbour is shut"]),
    ],
)
def test_complete_clauses_before_a_dash_still_stand_alone(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


# ---------------------------------------------------------------------------------------
# Asides between dashes after which the sentence resumes
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What's happening now - and I think everyone knows this - is the harbour is busy.",
        "I have said in the past - I do believe this - that councils have a tough job.",
        "The real risk — as we have said — is a late harvest.",
    ],
)
def test_a_first_person_aside_does_not_split_the_sentence_it_interrupts(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


def test_an_aside_followed_by_a_new_clause_still_splits() -> None:
    text = "The harbour is busy - and we know this - the mill is closed."
    assert spans_of(text) == ["The harbour is busy", "we know this", "the mill is closed"]


# ---------------------------------------------------------------------------------------
# Pseudo-cleft announcements of the speaker's own words
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What I would suggest is that the gap is wide.", ["the gap is wide"]),
        ("All I can tell you is that the ferry has not sailed.", ["the ferry has not sailed"]),
        ("All I'll say is we are watching the prices.", ["we are watching the prices"]),
        (
            "The final point I would make is: the port has grown every year.",
            ["the port has grown every year"],
        ),
        (
            "What I would suggest is that - and I've said this before - there is a gap.",
            ["I've said this before", "there is a gap"],
        ),
    ],
)
def test_a_pseudo_cleft_announcement_is_dropped_before_its_clause(
    text: str, expected: list[str]
) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: what follows the copula is no clause, or the frame is content
        "What I would suggest to the council is worth hearing.",
        "All I can speak to is how we have handled the port.",
        "What we know is that the ship sank.",
    ],
)
def test_a_pseudo_cleft_without_a_clause_or_about_knowledge_stays_whole(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


# ---------------------------------------------------------------------------------------
# Handing over the floor, offering to take questions, interjections without a comma
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Then I'll hand it over to Maria.",
        "Now I'll turn it over to Jake Brennan.",
        "I'm going to pass it off to the Ambassador.",
        "I'd be happy to take your questions.",
        "We're glad to take a few more questions.",
        "I have a follow-up on that.",
        "Well let me make a couple of points about that, Mark.",
        "Okay I'll hand it back over to Jane.",
        "I'm going to go ahead and pass it off to the Ambassador.",
        "I will reserve comment until we hear from the ministry.",
        "I'm not going to give forward guidance, as you would expect.",
        "There's a couple of things I want to add to that.",
        "We will have more details, obviously, to share in the coming days.",
    ],
)
def test_conversation_management_is_not_a_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We will turn to the courts if the deal fails.",
        "We'll turn over the files to the court.",
        "They handed the town over to the rebels.",
        "Well over half of the farms have closed.",
        "No one expected the mill to close.",
        "The union is happy to take the offer.",
        "We're not going to give them a cent.",
        "We have more information about the flood now.",
        "There are two things the council must fix.",
    ],
)
def test_the_same_verbs_about_the_world_stay_claims(text: str) -> None:
    assert claims_of(text) == [text.rstrip(".")]


# ---------------------------------------------------------------------------------------
# A verb's base form opens no subject
# ---------------------------------------------------------------------------------------


def test_a_verb_phrase_sharing_the_subject_after_a_list_comma_is_not_split_off() -> None:
    text = "The minister will open the bridge, support local farms, and strengthen trade ties."
    assert spans_of(text) == [text.rstrip(".")]


def test_a_noun_subject_after_the_comma_still_opens_a_clause() -> None:
    assert spans_of("The farmers protested, and prices rose.") == [
        "The farmers protested",
        "prices rose",
    ]


def test_a_stance_frame_and_a_condition_before_a_dash_wait_for_their_main_clause() -> None:
    text = (
        "So I think if there is a tariff and there's more spending - yes, it might push prices up."
    )
    assert spans_of(text) == [
        "I think if there is a tariff and there's more spending - yes, it might push prices up"
    ]


def test_a_condition_with_its_main_clause_before_the_dash_still_splits() -> None:
    text = "I think if the rain comes, the river will rise - and the farms will flood."
    assert spans_of(text) == [
        "I think if the rain comes, the river will rise",
        "the farms will flood",
    ]


def test_a_sentence_trailing_off_keeps_the_clause_before_its_broken_piece() -> None:
    text = "Well there are other plans that we will unveil in the campaign, and it's..."
    # (the opening "Well", an interjection, is dropped as a linking word is)
    assert spans_of(text) == ["there are other plans that we will unveil in the campaign"]


def test_a_broken_off_question_is_dropped_and_not_joined_to_the_premise_after_it() -> None:
    text = "Do you there's, some analysts are saying that the mayor was given the nod."
    assert spans_of(text) == ["some analysts are saying that the mayor was given the nod"]


def test_a_sentence_that_is_only_a_broken_off_piece_gives_no_span() -> None:
    assert spans_of("So it's, and we're...") == []


@pytest.mark.parametrize(
    "text",
    [
        "We use the rate that households and firms face.",
        "The levy shapes the prices that farmers and shops pay, to curb demand.",
    ],
)
def test_that_before_a_plural_noun_opens_a_relative_clause_and_is_not_split(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


def test_that_as_a_pronoun_before_a_new_clause_still_splits() -> None:
    assert spans_of("That seems right, and the council agrees.") == [
        "That seems right",
        "the council agrees",
    ]
