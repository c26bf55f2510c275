"""Claim spans, nineteenth round on fresh text (ministers' press conferences and doorstops of
2005-2009, scanned and issued as press releases): invented examples in the style of those
transcripts, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.extract.conftest import answer_claims

# ---------------------------------------------------------------------------------------
# A sentence cut by a bare blank line (where a scanned page or column ended) is one claim
# when the paragraph before visibly stops in mid-sentence (the span is verbatim: it keeps
# the blank line)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The council has asked the rangers to\n\nclose the track before the storm.",
            ["The council has asked the rangers to\n\nclose the track before the storm"],
        ),
        (
            "We have sent two crews and I know the town is grateful, and we\n\n"
            "will send a third crew in March.",
            [
                "We have sent two crews",
                "I know the town is grateful",
                "we\n\nwill send a third crew in March",
            ],
        ),
        (
            "The pier was rebuilt after the floods, and the\n\nferries are running again.",
            ["The pier was rebuilt after the floods", "the\n\nferries are running again"],
        ),
        (
            "I'm not sure the board has seen the figures they've\n\nsent over.",
            ["I'm not sure the board has seen the figures they've\n\nsent over"],
        ),
        (
            "The levy went to the port, the roads,\n\nthe schools in the north.",
            ["The levy went to the port, the roads,\n\nthe schools in the north"],
        ),
    ],
)
def test_sentence_runs_on_across_a_blank_line(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # no visible break: a paragraph that only lacks its full stop stays apart
        (
            "The ferries stopped\n\nthe buses ran late.",
            ["The ferries stopped", "the buses ran late"],
        ),
        # a paragraph ending on a word a sentence may end on ("that") stays apart
        (
            "The board agreed to that\n\nthe mayor did not.",
            ["The board agreed to that", "the mayor did not"],
        ),
    ],
)
def test_paragraphs_stay_apart_without_a_visible_break(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


def test_capital_after_the_blank_line_is_a_new_sentence() -> None:
    # the paragraph before stops on "the", but the next one opens in capitals: no run-on
    claims = answer_claims("The board wrote to the\n\nMayor. The mayor did not reply.")
    assert "The mayor did not reply" in claims
    assert not any("\n" in claim for claim in claims)


# ---------------------------------------------------------------------------------------
# Announcing a point before making it is talk about the conversation
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "Last thing I will say is this, for this to happen the levy needs to pass the council.",
            ["for this to happen the levy needs to pass the council"],
        ),
        (
            "My point is this, the region has four thousand nurses.",
            ["the region has four thousand nurses"],
        ),
        (
            "The other thing I would say to the doubters is this. The board warned them twice.",
            ["The board warned them twice"],
        ),
        (
            "One of the things I want to touch on is this. The ferries are late.",
            ["The ferries are late"],
        ),
        (
            "Let me make this point, any driver who speeds abroad can be fined there.",
            ["any driver who speeds abroad can be fined there"],
        ),
        (
            "Can I make this point - of the twelve ferries in the fleet, nine are new.",
            ["of the twelve ferries in the fleet, nine are new"],
        ),
        (
            "Can I remind you it's not that long ago that a ferry sank in the bay.",
            ["it's not that long ago that a ferry sank in the bay"],
        ),
    ],
)
def test_announced_point_is_no_claim(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # the point itself after "that" stays, without its frame (as before this round)
        ("My point is that the ferries are late.", ["the ferries are late"]),
        # "this" as the subject of the claim is no pointing frame
        ("The main thing we built is this bridge.", ["The main thing we built is this bridge"]),
        # a question that only asks to remind stays a question
        ("Can I remind you of your promise?", []),
        # a thing that is not the speaker's own point stays a claim
        (
            "The last thing the council did is this, it closed the pier.",
            ["The last thing the council did is this", "it closed the pier"],
        ),
    ],
)
def test_near_misses_of_announced_points(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected
