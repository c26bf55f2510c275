"""Claim spans, second round on fresh text: an ellipsis run straight into a capital ends a
sentence, a sentence that trails off in an ellipsis on a word that only opens a phrase is
broken off, and a radio retake ("I'll do this part again") is talk about the talk
(invented examples in the style of radio and press-conference transcripts)."""

from __future__ import annotations

import pytest

from pipeline.extract import claims
from tests.extract.conftest import claims_of, sentences_of

# ---------------------------------------------------------------------------------------
# An unspaced ellipsis before a capital is a break between sentences
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pilot in Leeds joined the two registers…Well, it first used a paid map.",
            ["The pilot in Leeds joined the two registers…", "Well, it first used a paid map."],
        ),
        (
            "We saw the figures drop...The council then cut the fares.",
            ["We saw the figures drop...", "The council then cut the fares."],
        ),
        # near misses: a lower-case word after the ellipsis continues the sentence, and a
        # two-dot or digit-joined run is no break
        ("Prices rose...and then they fell.", ["Prices rose...and then they fell."]),
        ("He sold 3...4 boats.", ["He sold 3...4 boats."]),
        ("The U.S..It was fine.", ["The U.S..It was fine."]),
    ],
)
def test_unspaced_ellipsis_before_a_capital_ends_the_sentence(
    text: str, expected: list[str]
) -> None:
    assert sentences_of(text) == expected


def test_a_broken_off_start_no_longer_joins_the_next_sentence() -> None:
    text = (
        "When the mayor, the engineer from Hull, joined the registers…Well, she first "
        "used a paid map."
    )
    assert claims_of(text) == ["she first used a paid map"]


# ---------------------------------------------------------------------------------------
# A sentence trailing off in an ellipsis on a word that opens a phrase is no claim
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We have numbers that show exactly how...",
        "You are entitled to...",
        "The trouble is that the board is this…",
        "They sent the files to some...",
        "The ministry keeps a list of...",
        # an interviewer's question broken off after its inverted auxiliary
        "I was wondering, what sort of services, in that way, can you…",
    ],
)
def test_trailing_off_on_an_opening_word_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb, a copula or a modal may end the clause: the ellipsis is only a pause
        ("Nobody knew what the plan was...", ["Nobody knew what the plan was"]),
        ("We accepted it as fast as we could...", ["We accepted it as fast as we could"]),
        ("She was hired by the bank in 2019...", ["She was hired by the bank in 2019"]),
        # without an ellipsis the same words may end a clause
        ("We know how.", ["We know how"]),
        ("We sent the forms as fast as we could...", ["We sent the forms as fast as we could"]),
        ("They gave the forms to you...", ["They gave the forms to you"]),
        ("The farmers sold all of this.", ["The farmers sold all of this"]),
        # a broken-off last clause goes, the clause before it stays
        ("Prices rose in May, and wages rose to...", ["Prices rose in May"]),
    ],
)
def test_trailing_off_after_a_complete_clause_keeps_it(text: str, expected: list[str]) -> None:
    assert claims_of(text) == expected


# ---------------------------------------------------------------------------------------
# A radio retake is talk about the talk
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "claim"),
    [
        ("I will start from the beginning", False),
        ("Let me start again from the beginning", False),
        # near misses: a part of something in the world ("part" is no talk noun: "I'm
        # not part of that group" is a claim)
        ("I’m not part of that group", True),
        ("I did this part of the plan again", True),
        ("The part is broken again", True),
        ("We built this part again", True),
        ("This part of the deal was signed in May", True),
    ],
)
def test_a_retake_is_no_claim(span: str, claim: bool) -> None:
    assert claims.is_claim(span, "interviewee", ()) is claim
