"""Claim-span mechanisms found on an eleventh round of fresh interviews (outside both corpus
splits): doorstop and radio interviews of the early 1990s, and counsel's document handling
in inquiry hearings. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from .conftest import claims_of, spans_of


@pytest.mark.parametrize(
    "text",
    [
        # counsel asking for a document on screen, giving its reference, losing the place
        "Perhaps we could have that on screen, please.",
        "If we could bring up the next document, please.",
        "Could we have the minutes up on screen.",
        "It's INQ000456.",
        "That's at page 14 of the bundle.",
        "It is at tab 7, page 3.",
        "I might have the wrong page.",
        "I think I've got the wrong document.",
        # counsel moving on, and the adjournment
        "I turn then, my Lady, to the next topic.",
        "I'll move now to a different topic.",
        "We shall break now.",
        "We'll take a short break.",
        "I think we should take our lunch break.",
        "We will adjourn until two o'clock.",
    ],
)
def test_hearing_document_handling_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same words about the world stay claims
        "We could see the damage on the television screen.",
        "It's 42.",
        "I might have been wrong about the page numbers.",
        "The army will move to the border.",
        "The court will rise in the polls, they said.",
        "The talks may break down next week.",
    ],
)
def test_near_misses_of_hearing_talk_stay_claims(text: str) -> None:
    assert claims_of(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count between article and noun: the noun is no verb, the fronted phrase no clause
        (
            "Out of the 127 requests, 66 were granted.",
            ["Out of the 127 requests, 66 were granted"],
        ),
        ("Of the 40 requests, 12 were refused.", ["Of the 40 requests, 12 were refused"]),
        # ... while a real comma splice after a counted noun still splits
        (
            "We cut the 3 taxes, the economy grew.",
            ["We cut the 3 taxes", "the economy grew"],
        ),
        # "so called" is an adjective, never the joiner "so"
        (
            "The plan failed, so called experts blamed the states.",
            ["The plan failed, so called experts blamed the states"],
        ),
        ("We backed the so called reform package.", ["We backed the so called reform package"]),
    ],
)
def test_spans(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a restart: the broken-off subject and verb before the comma are dropped
        (
            "It's, the council is badly short of money.",
            ["the council is badly short of money"],
        ),
        ("There's, the budget was cut.", ["the budget was cut"]),
        # a parenthesis after the verb is no restart
        ("That's, I think, the real problem.", ["That's, I think, the real problem"]),
        ("It's, of course, true.", ["It's, of course, true"]),
    ],
)
def test_restart_after_comma(text: str, expected: list[str]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an imperative main clause after a fronted condition or alternative
        "Whether it's Smith or whether it's Jones, let's find out.",
        "If you were minister today, name the figure you would cut.",
        "When the rules change, sign the form straight away.",
    ],
)
def test_imperative_after_fronted_clause_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If prices rise, people will spend less.",
        "If it rains, trade falls.",
    ],
)
def test_fronted_clause_before_a_statement_stays_a_claim(text: str) -> None:
    assert claims_of(text) == [text.rstrip(".")]
