"""A colon between two clauses: the clause after it is a claim of its own, as after a
semicolon; a noun phrase, a quotation or a time after a colon is not cut away (codebook-questions,
"Colons, dashes, semicolons" and "A noun phrase after a colon"). Invented sentences; the rules'
verdict, which the learned split decision weighs."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rule_answer_claims


def test_a_clause_after_a_colon_is_its_own_claim() -> None:
    claims = rule_answer_claims(
        "The council is testing a new tariff: households pay less at night."
    )
    assert claims == ["The council is testing a new tariff", "households pay less at night"]


@pytest.mark.parametrize(
    "answer",
    [
        # a noun phrase after the colon names what the clause before it announces
        "That is the sad part of the deal: one of the reasons the towns wanted it.",
        # a time of day is no colon between clauses
        "The ferry leaves at 12:30 every weekday.",
        # a quotation after the colon stays with the report that introduces it
        'Then the mayor said: "If the river rises, we close the road."',
    ],
)
def test_no_clause_after_the_colon_no_cut(answer: str) -> None:
    assert len(rule_answer_claims(answer)) == 1
