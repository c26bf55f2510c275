"""Type cues read in context (``claim_type`` in ``data/lexicon.yaml``, codebook "Finer
points"): a first-person hope about the future is predictive, a modal about the past or about
ability is not. Invented examples."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import claim_type, rule_signals


@pytest.mark.parametrize(
    "text",
    [
        "I hope the talks resume in May",
        "We hope that Parliament passes the bill",
        "I really hope Brussels listens this time",
        "The deal could collapse next year",
        "Back then it was cheap; now prices could double",  # the anchor is in another clause
        "That would double the intake",
    ],
)
def test_predictive(text: str) -> None:
    assert claim_type(text) == "predictive"


@pytest.mark.parametrize(
    "text",
    [
        "Back then you could buy a house for a year's wages",
        "In the 1990s the unions would strike every winter",
        "You could see the anger in the streets",
        "When I was a student you could hear the shelling from the campus",
        "It is a small, but I hope lasting, contribution",  # a parenthetical hope: no clause
    ],
)
def test_not_predictive(text: str) -> None:
    assert claim_type(text) != "predictive"


def test_a_hope_about_a_present_state_is_not_a_plan() -> None:
    _, _, signals = rule_signals("I hope they're right about the harvest")
    assert "plan" not in signals


def test_a_past_modal_is_a_separate_signal_for_the_model() -> None:
    _, _, signals = rule_signals("Back then you could buy a house for a year's wages")
    assert "predictive_past" in signals
    assert "predictive" not in signals
