"""Claim-type cues found on a seventh round of fresh interviews (outside both corpus splits):
central bankers on financial television, a speech with questions from reporters. Invented
sentences in the style of those transcripts, with the near misses that must not change.

The rules decide the type when no model is active and are features of the trained model
(:func:`pipeline.extract.attributes.rule_signals`); hedging is not this round's business, so
only the type is tested here."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import type_and_hedging

from .conftest import rule_types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Characterisations with no evaluative word (codebook "Finer points": a characterisation is
        # evaluative): where things stand, how far there is to go, a return to normal.
        ("We're on a good path with the disinflation", "evaluative"),
        ("The committee is in a good position to wait", "evaluative"),
        ("Shipping costs are broadly on the right track", "evaluative"),
        ("We have more work to do on services prices", "evaluative"),
        ("There's still a long way to go before we're at two percent", "evaluative"),
        ("Hiring is normalizing after a very hot couple of years", "evaluative"),
        ("The jobs market has rebalanced in a way that's quite healthy", "evaluative"),
        # Their near misses.
        ("The data are on the desk in the morning", "factual"),
        ("We did the work last spring", "factual"),
        ("The path of rates was set in March", "factual"),
        # A first-person verdict on another's view and a little-bit degree before a judgement.
        ("I don't agree with that", "evaluative"),
        ("I'd disagree with the premise", "evaluative"),
        ("That part is a little bit unclear to me", "evaluative"),
        ("The final stretch is a little harder", "evaluative"),
        # First-person forecasts are the speaker's prediction (codebook "Finer points"); another
        # person's expectation is a report and stays factual, as does a past one.
        ("I'm expecting inflation to drift down through the summer", "predictive"),
        ("I expect growth to be around two percent this year", "predictive"),
        ("We anticipate a bumpy ride in the office market", "predictive"),
        ("I am forecasting two cuts", "predictive"),
        ("Traders expect the committee to cut in June", "factual"),
        ("Inflation came in higher than I expected", "factual"),
        ("I expected a slowdown last year", "factual"),
        # A plan: predictive, by the plan rule.
        ("We expect to publish the minutes on Wednesday", "predictive"),
        # A modal that judges is evaluative, not a forecast (codebook "Settled in practice": "would"
        # judging a proposal), also after an if-clause; a modal stating an outcome stays predictive;
        # a reported judging modal is a report.
        ("Cutting in the spring could be a mistake", "evaluative"),
        ("That might be a very bad idea", "evaluative"),
        ("If inflation keeps easing, that would be great", "evaluative"),
        ("Raising the target, which would be unwise, is not on the table", "evaluative"),
        ("Growth could be stronger than the forecasts show", "predictive"),
        ("That would double the number of cuts", "predictive"),
        ("If the data turn, we could move faster", "predictive"),
        ("Prices might be sticky into next year", "predictive"),
        ("The chairman said it would be a mistake to wait", "factual"),
        # A past counterfactual is about the past (codebook "Finer points": modals about the
        # past are not predictive) and weighs what might have been: evaluative; not in a
        # report or a comparison.
        ("They could have moved sooner on the balance sheet", "evaluative"),
        ("I would have thought higher rates would have slowed construction", "evaluative"),
        ("The bank should have raised capital in the autumn", "evaluative"),
        ("We didn't lose as much ground as we might have thought", "factual"),
        ("The auditor said the loss could have come from the trading desk", "factual"),
    ],
)
def test_the_rules_and_their_cues_agree_on_the_type(text: str, expected: str) -> None:
    assert rule_types(text) == (expected, expected)


def test_the_type_round_leaves_hedging_alone() -> None:
    # The judging modal is still a hedge where the hedge rules say so; only the type moved.
    assert type_and_hedging("Cutting in the spring could be a mistake") == ("evaluative", True)
