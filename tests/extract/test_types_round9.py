"""Claim-type cues found on a ninth round of fresh interviews (outside both corpus splits):
press gaggles and background calls on an aircraft, a central bank press conference, and a
head of government's doorstop interviews. Invented sentences in the style of those
transcripts, with the near misses that must not change.

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
        # A judgement of success or failure needs no evaluative word (codebook "Finer points").
        ("The new housing plan is working, with rents down in every region", "evaluative"),
        ("It worked very well", "evaluative"),
        ("That approach has clearly failed", "evaluative"),
        ("The sanctions are working", "evaluative"),
        ("The town was left behind by failed industrial policies", "evaluative"),
        # ... not what someone worked on, nor an event of failing to do something.
        ("We worked very hard on the trade deal", "factual"),
        ("The agency is working with the provinces on the data", "factual"),
        ("It failed to pass the upper house in March", "factual"),
        ("Everyone that worked there was paid on time", "factual"),
        # Crediting a cause is an interpretation of causes (codebook "Finer points").
        ("Thanks to the new port, exports doubled", "evaluative"),
        ("Thanks to everyone for coming out today", "factual"),
        # A verdict of legitimacy or proportion used as a predicate.
        ("Those were all valid military targets", "evaluative"),
        ("The response was proportionate", "evaluative"),
        ("It was a disproportionate reaction", "evaluative"),
        ("The lower readings this spring are welcome", "evaluative"),
        # A verdict on timing is no forecast.
        ("It's far too early to declare victory", "evaluative"),
        ("It is too soon to tell", "evaluative"),
        ("The committee will meet again soon", "predictive"),
        # "would" in talk about the conversation ("I would remind you") forecasts nothing.
        ("I would just remind you that the ports were all open", "factual"),
        ("I'd note that the ministry published the figures on Monday", "factual"),
        # "would" as the standard of a comparison forecasts nothing.
        ("She took part as she would in any other meeting", "factual"),
        ("He was fully briefed, just as he would be on any other day", "factual"),
        # ... while a plain "would" about an outcome still does.
        ("That would double the number of places", "predictive"),
        ("The tariff would hit farmers hardest", "predictive"),
        # A modal after a judged choice judges a proposal (codebook "Settled in practice").
        ("The right choice would be to stop the attacks", "evaluative"),
        ("The best option would be to wait for the census", "evaluative"),
        ("The smart move would be to sell now", "evaluative"),
        # ... not a choice that is only named, nor a forecast with "choice" in it.
        ("The choice would go to the full cabinet", "predictive"),
        ("Their next step would be a formal complaint", "predictive"),
    ],
)
def test_type_round9(text: str, expected: str) -> None:
    assert rule_types(text) == (expected, expected)


def test_compared_modal_is_a_cue_of_its_own() -> None:
    """The model sees a compared modal as such, apart from a forecast."""
    signals = rule_signals("Prices are higher than they would be otherwise")[2]
    assert "predictive_compared" in signals
    assert "predictive" not in signals
