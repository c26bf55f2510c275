"""Hedging, eleventh round (invented sentences in the style of prime ministers' radio and
television interviews and press conferences of the 1980s, hard-wrapped with line break tags):
a stance frame split by a markup tag ("I<br /> think") still hedges; stance frames not read
before hedge ("I presume", "I figured", "I gather", "I just have some sense that", "I have
some optimism", "we have every confidence that", "we're confident that ...", a span opening
"For me it was ...", "speaking for myself"); "possibly" before a modal of ability that closes
its clause ("all we possibly can"), "could do" with its object moved away ("the damage they
could do"), a modal whose subject is the question word of an indirect question ("comments
about what might happen") and a modal inside what others indicated ("the indications from
the union were that it could be settled") do not. Each mechanism has near misses that must
keep their value."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import is_hedged, rule_signals, type_and_hedging


@pytest.mark.parametrize(
    "text",
    [
        # a stance frame split by a line break tag of a hard-wrapped transcript
        "I<br /> think the wage pause has done its job",
        "it is, I<br />\nbelieve, the only sensible course open to the States",
        "we<br /> believe the talks will resume next week",
        "the mill<br /> may close before the winter",
        # stance frames not read before
        "That I presume, is the Opposition's costing of the scheme",
        "I presume the Treasurer will have the figures by Friday",
        "I figured the ballot would go the other way",
        "I gather the Premier has already spoken to the unions",
        "I just have some sense that the timing is not quite right",
        "I do have a feeling that the growers will come round",
        "I have every confidence that the agreement will hold",
        "We have every confidence that the dispute can be settled",
        "I have some optimism",
        "we're confident that we'll get the legislation through the Senate",
        "We are not sure the figures for the quarter will hold up",
        "For me it was the most important visit of the year",
        "To me that's the real test of the policy",
        "Speaking for myself, the week in the north has been a great experience",
        # "think" before a "for" phrase that is not reflexive still frames
        "the new airport is very important I think for all the people of the region",
        "I think for a number of reasons the levy is the right course",
    ],
)
def test_hedged(text: str) -> None:
    assert is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        # "possibly" before a modal of ability closing its clause: a degree, not a doubt
        "we're doing all that we possibly can to help the farmers in the west",
        "we have made the equipment as modern as we<br /> possibly can",
        "They did everything they possibly could",
        # "could do" with its object moved away: a capacity
        "people were aware of the damage that a single spill could do",
        "That's all we could do",
        # a modal whose subject is the question word of an indirect question
        "Members of the committee have made comments about what might happen to oil prices",
        # a modal inside what others indicated
        "the indications from the union and the employer were that it could be resolved",
        "The advice of the officials is that the bridge may take another year",
        # near misses of the new frames
        "I figured out the roster in the end",
        "We are optimistic",
        "It was a good result for me",
        "for me to say that would be wrong",
        "The Minister has a feeling for the bush",
        "I have a great respect for the Premier",
        "I think for myself on these questions",
    ],
)
def test_not_hedged(text: str) -> None:
    assert not is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        # the old limits stay: a copula before the question word, a modal that is a doubt
        "that's what might happen if the dollar falls further",
        "What might happen is that the banks raise their rates",
        "the plant could possibly close before the winter",
        "They could do better next season",
        "My view is that it could be resolved by Friday",
        "I think they could do it",
    ],
)
def test_near_misses_stay_hedged(text: str) -> None:
    assert is_hedged(text)


def test_markup_only_changes_hedging() -> None:
    """The tag is read as a space for the hedge cues, in every entry point alike."""
    text = "I<br /> think the mine<br /> will reopen"
    assert type_and_hedging(text)[1] is True
    assert rule_signals(text)[1] is True
    assert any(s.startswith("hedge_cue:i think") for s in rule_signals(text)[2])
