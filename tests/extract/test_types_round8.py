"""Claim-type cues found on an eighth round of fresh interviews (outside both corpus splits):
press gaggles and press calls by national security and budget officials, a moderated
conversation on a college tour, and Australian prime ministers on talkback radio. Invented
sentences in the style of those transcripts, with the near misses that must not change.

The rules decide the type when no model is active and are features of the trained model
(:func:`pipeline.extract.attributes.rule_signals`); hedging is not this round's business, so
only the type and the type's cues are tested here."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import rule_signals

from .conftest import rule_types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stance adverb alone does not make a factual statement evaluative (codebook "Finer
        # points"): the statement keeps its own type.
        ("Obviously the negotiators are still in Doha", "factual"),
        ("Frankly, the shipment left the port on Tuesday", "factual"),
        ("Unfortunately the bridge was closed for three days", "factual"),
        ("The talks will certainly resume in the autumn", "predictive"),
        # ... while a judgement next to it still counts.
        ("Obviously that was a serious mistake", "evaluative"),
        ("Unfortunately the scheme has been ineffective", "evaluative"),
        # Characterisations of what something is about (codebook "Finer points": a
        # characterisation needs no evaluative word).
        ("This is about fairness for working families", "evaluative"),
        ("It's not a matter of politics", "evaluative"),
        ("The reform is really about making the tax system simpler", "evaluative"),
        ("It hasn't been about the polls, it's about the substance", "evaluative"),
        # Their near misses: "about" before an amount, "about to", "about the same".
        ("It's about six thousand dollars a year", "factual"),
        ("The fee was about a third of the price", "factual"),
        ("The ship is about to leave the harbour", "factual"),
        ("The numbers were about the same as last quarter", "factual"),
        # The speaker's reading of something as something else is an interpretation.
        ("I see any extra shipment of food as a success", "evaluative"),
        ("We view the agreement as a real turning point", "evaluative"),
        ("We saw the figures in the report on Monday", "factual"),
        # A judgement adjective inside the predicate noun phrase, after "an" as after "a".
        ("It is an important and sophisticated capability", "evaluative"),
        ("That is a laborious and time-intensive process", "evaluative"),
        ("The meeting was substantive", "evaluative"),
        ("It is an aircraft built in Texas", "factual"),
        # A recommendation stated as a proposition is a policy position (codebook "Not
        # claims": advice as a proposition is evaluative).
        ("The answer is to build more houses near the railway lines", "evaluative"),
        ("The only way forward is for both sides to sit down", "evaluative"),
    ],
)
def test_evaluative_cues(text: str, expected: str) -> None:
    assert rule_types(text) == (expected, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A past counterfactual weighs what might have been: evaluative, not a forecast
        # (codebook "Finer points": modals about the past are not predictive).
        ("If we hadn't acted, it would have been much worse", "evaluative"),
        ("If the pier had not been built, that food would not have gotten in", "evaluative"),
        ("If the bank had raised rates sooner, we would have seen less", "evaluative"),
        # Their near misses: a hypothetical about the future stays predictive, and "had to"
        # is no past perfect.
        ("If we had more money, we would build the second runway", "predictive"),
        ("If I had to guess, prices will keep rising", "predictive"),
        ("If the talks fail, the strike will go ahead", "predictive"),
    ],
)
def test_counterfactuals(text: str, expected: str) -> None:
    assert rule_types(text) == (expected, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "will" inside a report of someone else's plan or expectation is not predictive
        # (codebook "Finer points"), whoever the subject is.
        ("The prime minister says he will call an election in March", "factual"),
        ("The company expects that the plant will reopen next year", "factual"),
        ("The unions say they will strike on Monday", "factual"),
        ("The plan is that the troops will leave in May", "factual"),
        # The speaker's own plan and plain forecasts stay predictive.
        ("Our plan is that the troops will leave in May", "predictive"),
        ("We will publish the figures on Friday", "predictive"),
        ("The minister will visit Perth next week", "predictive"),
    ],
)
def test_reported_plans(text: str, expected: str) -> None:
    assert rule_types(text) == (expected, expected)


def test_stance_adverb_is_a_cue_for_the_model() -> None:
    """The adverb stays visible to the model as its own cue, without deciding the type."""
    kind, _, signals = rule_signals("Obviously the negotiators are still in Doha")
    assert kind == "factual"
    assert "stance_adverb" in signals
    assert "evaluative" not in signals
