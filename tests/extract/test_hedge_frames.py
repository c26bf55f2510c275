"""Hedge frames and markers (``hedge`` in ``data/lexicon.yaml``): the varied first-person
stance frames the codebook counts as hedges, and the uses of the same words that are not the
speaker's uncertainty (a feasibility "possible", a stance verb with an object, a marker inside
someone else's reported statement, a negated universal subject). Invented examples."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import is_hedged, rule_signals


@pytest.mark.parametrize(
    "text",
    [
        "We hope the budget passes before the recess",
        "We all believe the tariff hurts farmers",
        "What I do think is that the bank waited too long",
        "I'm not so sure the coalition survives the vote",
        "I am cautiously optimistic about the harvest",
        "It was clear to me that the deal was dead",
        "For me, the real story is the currency",
        "My fear is that the ceasefire collapses",
        "Our expectation was that rates would stay flat",
        "As far as I am aware the port reopened on Monday",
        "As I understand it, the levy applies to imports only",
        "If I'm not mistaken, the treaty was signed in Oslo",
        "There's a good chance the strike ends this week",
        "I would certainly expect the mayor to resign",
        "I would have thought the regulator would step in",
        "You would think the ministry had learned by now",
        "Hopefully the new line opens on time",
        "It's quite possible that the figures were revised",
        "The reform might not survive the next election",
        "They look like they're running out of money",
        "I feel like the campaign has lost its way",
    ],
)
def test_hedged(text: str) -> None:
    assert is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        # a stance verb with an object, or in a free relative, frames no proposition
        "I think about the flood victims every day",
        "I believe in open markets",
        "We will tell the voters what we think",
        # "possible" meaning feasible, not likely
        "The ministry wants the inquiry finished as soon as possible",
        "It wasn't possible to land at the airport in the storm",
        "The navy offered every possible assistance",
        # a denial is not a hedge
        "There is no likelihood of a recession this year",
        "There is no chance the senate passes it",
        "Nobody could have predicted the size of the flood",
        # an epistemic marker in someone else's reported statement is theirs, not the speaker's
        "The minister said prices would probably fall",
        "The governor told reporters that the bridge could reopen in June",
        # manner adverb, attribution adverbs
        "The crowd looked hopefully towards the balcony",
        "The mayor allegedly took bribes from the contractor",
        # ability, not possibility
        "They could not agree on a date",
        # resemblance, not appearance
        "The new terminal looks like a greenhouse",
    ],
)
def test_not_hedged(text: str) -> None:
    assert not is_hedged(text)


def test_a_report_does_not_reach_past_its_clause() -> None:
    assert not is_hedged("The minister said prices would probably fall")
    assert is_hedged("The minister said prices would fall; they probably will")


def test_a_reported_marker_is_a_separate_signal_for_the_model() -> None:
    _, hedged, signals = rule_signals("The minister said prices would probably fall")
    assert not hedged
    assert "marker_reported:probably" in signals
    _, hedged, signals = rule_signals("Prices will probably fall")
    assert hedged
    assert "hedge_cue:probably" in signals


def test_every_alternative_of_the_chance_frame_is_found() -> None:
    # each alternative is its own pattern: a pattern is only tried when its first words occur
    assert is_hedged("There is every chance the coalition holds")
    assert is_hedged("The chance that rates fall is small")
    assert is_hedged("Nobody could stop it; the vote might slip")
