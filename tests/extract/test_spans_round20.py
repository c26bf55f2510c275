"""Claim spans, twentieth round on fresh text (White House press gaggles and background
calls, 2022): coordination inside a noun phrase that the clause test took for a second
clause. Invented examples in the style of those transcripts, with the near misses that must
still split."""

from __future__ import annotations

import pytest

from tests.extract.conftest import answer_claims, rule_answer_claims, spans_of

# ---------------------------------------------------------------------------------------
# A lexical -s form after a plural head and its prepositional phrase is a plural noun, not
# the phrase's verb ("allies on key issues"): "and" there joins two nouns
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The mayor promised to stand with residents and neighbours on hard issues as well.",
            ["The mayor promised to stand with residents and neighbours on hard issues as well"],
        ),
        (
            "We will keep working with staff and suppliers at the largest plants this winter.",
            ["We will keep working with staff and suppliers at the largest plants this winter"],
        ),
    ],
)
def test_plural_head_takes_no_s_verb(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # the subject's head is singular or the verb an auxiliary: still two clauses
        (
            "The analysis of the experts shows a gap, and the council agrees.",
            ["The analysis of the experts shows a gap", "the council agrees"],
        ),
        (
            "Farmers in Spain expect rain, and prices in the shops rise every week.",
            ["Farmers in Spain expect rain", "prices in the shops rise every week"],
        ),
        (
            "The mayor spoke and the leader of the unions agrees with her.",
            ["The mayor spoke", "the leader of the unions agrees with her"],
        ),
        (
            "The port reopened and traders in the harbour have gone back to work.",
            ["The port reopened", "traders in the harbour have gone back to work"],
        ),
    ],
)
def test_agreeing_subjects_still_split(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


# ---------------------------------------------------------------------------------------
# A word right after "of" belongs to the noun phrase, and a collection noun before "of"
# ("one set of issues") is no past-tense verb
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "It was a hard week and one priority set of issues that we will keep raising.",
            ["It was a hard week and one priority set of issues that we will keep raising"],
        ),
        (
            "She met the growers and a whole host of buyers who came from the coast.",
            ["She met the growers and a whole host of buyers who came from the coast"],
        ),
    ],
)
def test_collection_noun_before_of_is_no_verb(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The team set a record and a lot of fans cheered.",
            ["The team set a record", "a lot of fans cheered"],
        ),
        (
            "The ferry left on time, and the rest of the passengers waited for the bus.",
            ["The ferry left on time", "the rest of the passengers waited for the bus"],
        ),
    ],
)
def test_clause_after_of_phrase_still_splits(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


# ---------------------------------------------------------------------------------------
# A regular past form straight before another past form is a second verb phrase sharing
# the subject ("and remained held"), not a one-word subject and its verb
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "He was held in custody for far too long and remained held there for months.",
            ["He was held in custody for far too long and remained held there for months"],
        ),
        (
            "The plant shut in May and stayed closed for a year, and the workers moved away.",
            ["The plant shut in May and stayed closed for a year", "the workers moved away"],
        ),
    ],
)
def test_past_then_participle_shares_the_subject(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


def test_participle_adjective_subject_still_splits() -> None:
    # "increased prices" is a noun phrase with a participle adjective: a clause of its own
    assert answer_claims("Costs rose and increased prices hit the shops.") == [
        "Costs rose",
        "increased prices hit the shops",
    ]


# ---------------------------------------------------------------------------------------
# ", and" + a clause of its own that the clause test missed: a partitive subject ("none of
# us"), a degree phrase before the verb ("very much wants"), "did that" reporting the act
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "They had a long day, and none of us expected that.",
            ["They had a long day", "none of us expected that"],
        ),
        (
            "We sent two crews and each of them has a truck.",
            ["We sent two crews", "each of them has a truck"],
        ),
        (
            "Housing is an important issue for us, and the mayor very much wants to help.",
            ["Housing is an important issue for us", "the mayor very much wants to help"],
        ),
    ],
)
def test_own_subject_after_and_splits(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a shared subject, a determiner before a noun, an echo with no pro-form object
        (
            "We back the plan and very much hope that the council will pass it.",
            ["We back the plan and very much hope that the council will pass it"],
        ),
        (
            "It stops us making choices about jobs, all of those issues that matter here.",
            ["It stops us making choices about jobs, all of those issues that matter here"],
        ),
        (
            "They said it would rain, and it did.",
            ["They said it would rain, and it did"],
        ),
    ],
)
def test_near_misses_stay_whole(answer: str, expected: list[str]) -> None:
    assert rule_answer_claims(answer) == expected


def test_did_that_is_no_repeat() -> None:
    # the clause splits (whether the short clause then counts as a claim is the claim
    # filter's business: elliptical "did that" is an open question)
    assert spans_of("She wasn't going to miss a chance to speak yesterday, and she did that") == [
        "She wasn't going to miss a chance to speak yesterday",
        "she did that",
    ]
