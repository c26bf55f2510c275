"""Spans, eighth round on fresh briefing calls, gaggles, press conferences, radio interviews
and hearing transcripts: invented examples in the style of those transcripts."""

from __future__ import annotations

import pytest

from tests.extract.conftest import answer_claims, rule_answer_claims

# ---------------------------------------------------------------------------------------
# A complement clause with no "that" whose subject is coordinated: the "and" joins two
# parts of its subject until the clause has its verb (codebook, The unit)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "I noticed Peru and Chile are not on the list.",
        "She said the combined cost of the levy and a fuel tax will hurt the growers.",
        "Builders have said the house and land package is now more expensive.",
        "I think the economy and the jobs market are strong.",
    ],
)
def test_coordinated_subject_of_a_complement_is_one_claim(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("I noticed the car and it was red.", ["I noticed the car", "it was red"]),
        ("I think prices rose and wages fell.", ["I think prices rose", "wages fell"]),
    ],
)
def test_a_complement_with_its_verb_or_a_pronoun_subject_still_splits(
    answer: str, expected: list[str]
) -> None:
    # the rules' verdict: the split model, trained on gold that often keeps a hedge frame over
    # coordinated clauses as one span, may join "I think A and B" (model card)
    assert rule_answer_claims(answer) == expected


def test_a_phrase_fronted_inside_a_that_clause_is_no_clause() -> None:
    answer = "I told the growers that for a small farm, the levy is about forty dollars."
    assert answer_claims(answer) == [answer.rstrip(".")]


# ---------------------------------------------------------------------------------------
# A verb inside a relative or embedded clause is not the verb of a list item
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "The council is taking that money away from schools and from the clinics that we "
        "will fund.",
        "The plan includes a new bridge, a bigger ferry terminal, and the minister's visit "
        "today to Dover to talk with harbour staff about how we can cut delays.",
    ],
)
def test_a_phrase_with_a_relative_clause_is_no_second_claim(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


def test_a_fronted_phrase_with_a_relative_clause_still_opens_a_clause() -> None:
    assert answer_claims(
        "The roads were closed; in the years that followed, we built a bypass."
    ) == [
        "The roads were closed",
        "in the years that followed, we built a bypass",
    ]


def test_a_possessive_takes_a_noun_not_a_verb() -> None:
    assert answer_claims("The minister's office rang, and the mayor's staff called back.") == [
        "The minister's office rang",
        "the mayor's staff called back",
    ]


# ---------------------------------------------------------------------------------------
# Perfect and passive participle phrases have no subject and no finite verb
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "I promise we will finish the hearing today, having kept you waiting.",
        "Having kept you waiting, I promise we will finish today.",
        "Being told the news, the staff went home.",
    ],
)
def test_participle_phrase_is_no_claim_of_its_own(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


@pytest.mark.parametrize(
    "answer",
    [
        "The pier was repaired, but having lost the grant, the café never reopened.",
        "The pier was repaired, but, having lost the grant, the café never reopened.",
    ],
)
def test_clause_after_a_joiner_and_a_participle_phrase_still_splits(answer: str) -> None:
    assert answer_claims(answer) == [
        "The pier was repaired",
        "having lost the grant, the café never reopened",
    ]


def test_a_comma_after_the_joiner_keeps_the_fronted_clause_with_its_main_clause() -> None:
    answer = "The pier was repaired, but, because the grant ran out, the café never reopened."
    assert answer_claims(answer) == [
        "The pier was repaired",
        "because the grant ran out, the café never reopened",
    ]


# ---------------------------------------------------------------------------------------
# An echo tag ("of course there is") only repeats its neighbour
# ---------------------------------------------------------------------------------------


def test_echo_tag_stays_with_its_clause() -> None:
    answer = "There's money set aside, of course there is, and it's in the millions of dollars."
    assert answer_claims(answer) == [
        "There's money set aside, of course there is",
        "it's in the millions of dollars",
    ]


def test_a_negated_clause_after_a_comma_is_no_echo() -> None:
    assert answer_claims("Prices are rising, they are not falling.") == [
        "Prices are rising",
        "they are not falling",
    ]


# ---------------------------------------------------------------------------------------
# Briefing calls: ground rules, bracketed stand-ins for names, answers offered for later
# (codebook, "Not claims": talk about the conversation, metadata)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "[Moderator], let me turn it back over to you for a few questions.",
        "\\[Senior official\\], I don’t know if you want to add anything.",
        "Not for your reporting, the speakers on this call are two senior officials.",
        "The contents of this call are embargoed until six o'clock tomorrow.",
        "The speakers on this call today are two officials from the Treasury.",
        "I'm happy to check.",
        "I can find out for you and get you a name.",
        "I’m happy to look into that and get back to you.",
    ],
)
def test_call_logistics_are_no_claims(answer: str) -> None:
    assert answer_claims(answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        "We will check the pipes next week.",
        "The contents of the shipment were seized at the port.",
        "We will have more troops on the border.",
    ],
)
def test_world_talk_with_the_same_words_stays_a_claim(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


def test_a_restart_on_an_auxiliary_is_no_echo_tag() -> None:
    answer = (
        "Clearly, this is — when we think about the bridge — we took it, that is something "
        "that matters to the mayor."
    )
    assert answer_claims(answer)[-1] == "that is something that matters to the mayor"
