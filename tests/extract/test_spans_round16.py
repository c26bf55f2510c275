"""Claim spans, sixteenth round on fresh text (doorstop interviews and press conferences
of Australian ministers): invented examples in the style of those transcripts."""

from __future__ import annotations

import pytest

from tests.extract.conftest import answer_claims, spans_of

# ---------------------------------------------------------------------------------------
# "As a result of X, ..." is a complex preposition, not a leading linking word
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "As a result of the flood inquiry the council is proposing a new levee.",
        "As a consequence of the audit the agency has rewritten its rules.",
    ],
)
def test_a_phrasal_linker_before_of_heads_the_sentence(sentence: str) -> None:
    assert answer_claims(sentence) == [sentence.rstrip(".")]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("As a result, the council is proposing a new levee.", "the council is proposing"),
        ("As a result the council is proposing a new levee.", "the council is proposing"),
        ("Well of course the council has decided to act.", "of course the council"),
    ],
)
def test_linkers_without_of_are_still_dropped(sentence: str, claim: str) -> None:
    assert answer_claims(sentence)[0].startswith(claim)


# ---------------------------------------------------------------------------------------
# Bare plural nouns closing a list item are no finite verbs: the list is not split
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The leader has pledged to scrap the rebates, pension increases and school grants.",
        "Our retirees will get pension increases and family payment increases.",
        "They want to cut the bonus, carer payments and health rebates.",
    ],
)
def test_a_list_of_bare_plural_nouns_stays_one_claim(sentence: str) -> None:
    assert spans_of(sentence) == [sentence.rstrip(".")]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("The mill closed, the union says.", ["The mill closed, the union says"]),
        (
            "The budget is tight, and the treasurer admits it.",
            ["The budget is tight", "the treasurer admits it"],
        ),
        (
            "Exports fell, Treasury forecasts a slower year.",
            ["Exports fell", "Treasury forecasts a slower year"],
        ),
    ],
)
def test_clauses_with_a_determiner_or_a_name_for_subject_still_split(
    sentence: str, parts: list[str]
) -> None:
    assert spans_of(sentence) == parts


# ---------------------------------------------------------------------------------------
# A false start broken off at a dash is not part of the claim
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "There's no - there's been no decision taken by the council to sell the site.",
            "there's been no decision taken by the council to sell the site",
        ),
        (
            "We — the government has been clear about the levy.",
            "the government has been clear about the levy",
        ),
        ("The — the union is talking about a strike.", "the union is talking about a strike"),
        ("It's — frankly it's a mess.", "frankly it's a mess"),
    ],
)
def test_a_false_start_before_a_dash_is_dropped(sentence: str, claim: str) -> None:
    assert spans_of(sentence) == [claim]


@pytest.mark.parametrize(
    "sentence",
    [
        "That — the levy — is a tax on farmers.",  # a parenthesis, not a restart
        "Prices — they rose again in May.",  # a content word before the dash
    ],
)
def test_a_dash_after_content_or_before_a_parenthesis_keeps_the_lead(sentence: str) -> None:
    assert spans_of(sentence) == [sentence.rstrip(".")]


def test_a_determiner_and_a_plural_noun_after_and_is_no_clause() -> None:
    sentence = "We've had another storm overnight and some arrests."
    assert spans_of(sentence) == [sentence.rstrip(".")]


# ---------------------------------------------------------------------------------------
# A name with a contracted "is"/"has" has a finite verb: the sentence is a claim
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tasmania's obviously the best state to retire in.",
        "Labor's been clear about the levy.",
        "Canberra's a good town for families.",
        "Treasury's not worried about the deficit.",
    ],
)
def test_a_name_with_a_contracted_verb_is_a_claim(sentence: str) -> None:
    assert answer_claims(sentence) == [sentence.rstrip(".")]


def test_a_possessive_name_before_its_noun_is_still_a_fragment() -> None:
    assert answer_claims("Australia's largest bank.") == []


# ---------------------------------------------------------------------------------------
# "..., who's ..." is a relative clause on the noun before, like "..., who is ..."
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Our local member is Jim Brown, who's hosting a jobs fair this week.",
        "We back the treasurer, who's done a great job on the budget.",
        "The council, who've been told twice, still hasn't acted.",
        "We've written to the premier, who'll be in Darwin on Friday.",
    ],
)
def test_a_contracted_relative_after_a_comma_stays_in_its_claim(sentence: str) -> None:
    assert spans_of(sentence) == [sentence.rstrip(".")]


def test_a_contracted_pronoun_after_a_comma_still_opens_a_clause() -> None:
    assert spans_of("We funded the levee, it's finished now.") == [
        "We funded the levee",
        "it's finished now",
    ]


# ---------------------------------------------------------------------------------------
# "..., I don't think" at the end is a tag on the claim, like "..., I think"
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The state has no say in the matter, I wouldn't think.",
        "The levy won't survive the Senate, I don't think.",
        "The council was never consulted, I wouldn't have thought.",
    ],
)
def test_a_negated_stance_tag_stays_in_its_claim(sentence: str) -> None:
    assert answer_claims(sentence) == [sentence.rstrip(".")]


def test_a_negated_stance_verb_with_a_clause_still_splits() -> None:
    assert spans_of("That's their view, I don't think it's right.") == [
        "That's their view",
        "I don't think it's right",
    ]
