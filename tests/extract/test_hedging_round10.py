"""Hedging, tenth round (invented sentences in the style of central bankers' moderated
conversations and White House gaggles): an adverb guessing at what the listener knows ("as you
probably know") and a stance frame inside a question put to the speaker ("they ask me if I
think") do not hedge, nor does "we don't see that" with "that" as the object itself; the
speaker's point of view given as the subject ("my point of view is"), a free relative naming
the thing believed ("what I believe to be true is") and the speaker's memory marked as
fallible ("if memory serves") do. Each mechanism has near misses that must keep their value."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import is_hedged


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's point of view, belief or memory
        "My point of view is we should sell the port before the winter",
        "my point of view was that the levy came too early",
        "What I believe to be true is that the new terminal was over budget",
        "what we believe to be the case is that the mill closed for good",
        "If memory serves, the bridge opened in the spring of 1998",
        "the first tranche, if my memory serves me right, went to the northern districts",
        # near misses that stay hedges
        "The plant probably closed in March",
        "As you know, the plant probably closed in March",
        "I don't see that happening before the election",
        "I don't see that it matters much for the farmers",
        "They asked about the budget, and I think the numbers will hold",
        "I think the rally will last into the spring",
    ],
)
def test_hedged(text: str) -> None:
    assert is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        # an adverb guessing at what the listener knows: a stance about the listener
        "As you probably know, the plant closed in March",
        "As many of you probably know, we spend a lot of time talking to growers",
        "the new corridor, as you perhaps remember, runs all the way to the coast",
        "As most of you probably saw, the jobs report came in strong",
        # a stance frame inside a question put to the speaker
        "People keep asking me if I think the recovery is real",
        "the growers asked us whether we believe the tariff is coming back",
        # "that" as the object itself: what the speaker observes
        "We do not see that right now",
        "I don't see that in the data",
        "we can't see that yet, but we are watching closely",
        # near misses: the group's view as a noun phrase, not a frame
        "One thing we have added to our perspective is a focus on charities",
    ],
)
def test_not_hedged(text: str) -> None:
    assert not is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        # a negated stance with a softener before it
        "I just don't think the subsidy is reaching the small growers",
        "we really do not believe the strike will spread to the ports",
        "I do not anticipate a second round of layoffs at the mill",
        # "appear" graded like "seem"
        "Expectations appear well anchored across the surveys we follow",
        "rents appeared largely stable through the autumn",
        # signs and information offered as evidence for a conclusion
        "The shipping information suggests that the cargo was diverted",
        "All the signs suggest the harvest will be smaller this year",
    ],
)
def test_hedged_round10_more(text: str) -> None:
    assert is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        # "maybe" softening the speaker's own next turn of talk
        "Maybe I'll just frame this briefly before we take questions",
        "perhaps we can start with the new procurement numbers",
        # "appear" of showing up, not of seeming
        "The monthly figures appear on the ministry's website every Friday",
        # a person who suggests something proposes it
        "The minister suggests that the depot be moved to the coast",
    ],
)
def test_not_hedged_round10_more(text: str) -> None:
    assert not is_hedged(text)
