"""Claim-type cues found on a seventh round of fresh interviews (outside both corpus splits):
central bankers on financial television, a speech with questions from reporters. Invented
sentences in the style of those transcripts, with the near misses that must not change.

The rules decide the type when no model is active and are features of the trained model
(:func:`pipeline.extract.attributes.rule_signals`); hedging is not this round's business, so
only the type is tested here."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import claim_type, rule_signals, type_and_hedging


def _both(text: str) -> tuple[str, str]:
    """The type from the rules' own tests and the type read off their cues: they must agree."""
    return claim_type(text), rule_signals(text)[0]


# Characterisations with no evaluative word (codebook "Finer points": a characterisation is
# evaluative): where things stand, how far there is to go, a return to normal.
@pytest.mark.parametrize(
    "text",
    [
        "We're on a good path with the disinflation",
        "The committee is in a good position to wait",
        "Shipping costs are broadly on the right track",
        "We have more work to do on services prices",
        "There's still a long way to go before we're at two percent",
        "Hiring is normalizing after a very hot couple of years",
        "The jobs market has rebalanced in a way that's quite healthy",
    ],
)
def test_characterisations_of_where_things_stand_are_evaluative(text: str) -> None:
    assert _both(text) == ("evaluative", "evaluative")


@pytest.mark.parametrize(
    "text",
    [
        "The data are on the desk in the morning",
        "We did the work last spring",
        "The path of rates was set in March",
    ],
)
def test_near_misses_of_characterisations_stay_factual(text: str) -> None:
    assert _both(text) == ("factual", "factual")


# A first-person verdict on another's view and a little-bit degree before a judgement.
@pytest.mark.parametrize(
    "text",
    [
        "I don't agree with that",
        "I'd disagree with the premise",
        "That part is a little bit unclear to me",
        "The final stretch is a little harder",
    ],
)
def test_verdicts_and_softened_judgements_are_evaluative(text: str) -> None:
    assert _both(text) == ("evaluative", "evaluative")


# First-person forecasts are the speaker's prediction (codebook "Finer points"); another
# person's expectation is a report and stays factual.
@pytest.mark.parametrize(
    "text",
    [
        "I'm expecting inflation to drift down through the summer",
        "I expect growth to be around two percent this year",
        "We anticipate a bumpy ride in the office market",
        "I am forecasting two cuts",
    ],
)
def test_first_person_forecasts_are_predictive(text: str) -> None:
    assert _both(text) == ("predictive", "predictive")


@pytest.mark.parametrize(
    "text",
    [
        "Traders expect the committee to cut in June",
        "Inflation came in higher than I expected",
        "I expected a slowdown last year",
        "We expect to publish the minutes on Wednesday",  # a plan: predictive, by the plan rule
    ],
)
def test_other_expectations_and_past_ones_are_not_first_person_forecasts(text: str) -> None:
    expected = "predictive" if "to publish" in text else "factual"
    assert _both(text) == (expected, expected)


# A modal that judges is evaluative, not a forecast (codebook "Settled in practice": "would"
# judging a proposal), also after an if-clause; a modal stating an outcome stays predictive.
@pytest.mark.parametrize(
    "text",
    [
        "Cutting in the spring could be a mistake",
        "That might be a very bad idea",
        "If inflation keeps easing, that would be great",
        "Raising the target, which would be unwise, is not on the table",
    ],
)
def test_judging_modals_are_evaluative(text: str) -> None:
    assert _both(text) == ("evaluative", "evaluative")


@pytest.mark.parametrize(
    "text",
    [
        "Growth could be stronger than the forecasts show",
        "That would double the number of cuts",
        "If the data turn, we could move faster",
        "Prices might be sticky into next year",
    ],
)
def test_modals_of_outcome_stay_predictive(text: str) -> None:
    assert _both(text) == ("predictive", "predictive")


def test_a_reported_judging_modal_is_a_report() -> None:
    assert _both("The chairman said it would be a mistake to wait") == ("factual", "factual")


# A past counterfactual is about the past (codebook "Finer points": modals about the past are
# not predictive) and weighs what might have been: evaluative.
@pytest.mark.parametrize(
    "text",
    [
        "They could have moved sooner on the balance sheet",
        "I would have thought higher rates would have slowed construction",
        "The bank should have raised capital in the autumn",
    ],
)
def test_past_counterfactuals_are_evaluative(text: str) -> None:
    assert _both(text) == ("evaluative", "evaluative")


@pytest.mark.parametrize(
    "text",
    [
        "We didn't lose as much ground as we might have thought",
        "The auditor said the loss could have come from the trading desk",
    ],
)
def test_counterfactuals_in_reports_and_comparisons_stay_factual(text: str) -> None:
    assert _both(text) == ("factual", "factual")


def test_the_type_round_leaves_hedging_alone() -> None:
    # The judging modal is still a hedge where the hedge rules say so; only the type moved.
    assert type_and_hedging("Cutting in the spring could be a mistake") == ("evaluative", True)
