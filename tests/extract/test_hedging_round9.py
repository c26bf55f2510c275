"""Hedging, ninth round (invented sentences in the style of prime ministers' radio
interviews, doorstops and White House press gaggles): the speaker's estimate put as the
surprise its opposite would cause ("I wouldn't be surprised if"), and stance frames that put a
leaning rather than a bare verb ("I'm inclined to think", "I tend to believe", "I'd like to
think", "I have a feeling that", "I dare say", "I'd hazard a guess") hedge; "we take it on
board" (no proposition after "take it"), a modal inside someone else's suggestion in progress
or inside what other people feel, a concession to what others make of something ("whatever
you might say about it") and the speaker numbering their points ("the last thing I'd say is")
do not. Each mechanism has near misses that must keep their value."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import is_hedged


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's estimate put as a surprise
        "I wouldn't be surprised if a lot of growers held back their wool this season",
        "I'd be very surprised if the Senate passed it before Christmas",
        "We would not be at all surprised to see rates fall again in the new year",
        "It wouldn't surprise me if the Premier called an early election",
        "it would surprise me if the strike lasted more than a week",
        # stance frames that put a leaning
        "I'm inclined to think the bridge will be finished late",
        "we tend to believe the ceasefire will hold through the summer",
        "I'd like to think the regional hospitals are better off now",
        "I have a feeling the vote on Thursday will be very close",
        "I've got a sneaking suspicion that the figures were revised",
        "I dare say the Opposition will find something to object to",
        "I'd hazard a guess that turnout was lower in the west",
        "I would venture that the port deal was rushed",
        # near misses that stay hedges
        "We take it that the offer is still on the table",
        "The last thing I'd say is that the plan is probably too small",
        "What I'd say is that the new levy is part of the story",
        "I'm suggesting that the cap might stay where it is",
        "people who feel unwell could pass the virus on to their families",
    ],
)
def test_round9_hedges(text: str) -> None:
    assert is_hedged(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a surprise that happened, not an estimate
        "I was surprised to see the growers so upbeat",
        "I'm not surprised by the result in the west",
        # "take it" without a proposition: handling something, not believing it
        "when we're getting that sort of feedback, of course we take it on board",
        "we take it very seriously and we always will",
        # a modal inside someone else's suggestion or feeling
        "he's suggesting that the tax-free threshold might not go back up",
        "Farmers who feel that they may be eligible should ring the hotline",
        "they felt like the cuts could wait until after the election",
        # a concession to what others make of something
        "The agreement, whatever you might say about it, kept the program in check",
        "however one may feel about the levy, the revenue is there",
        # the speaker numbering their points
        "The last thing I'd say is that the Secretary travels to Beijing next week",
        "the other thing I would say is that the package is fully funded",
    ],
)
def test_round9_not_hedges(text: str) -> None:
    assert not is_hedged(text), text


@pytest.mark.parametrize(
    "text",
    [
        # "possibility", odds and probability as "chance"
        "There's a real possibility the smelter closes before winter",
        "there is every possibility that the treaty is signed in June",
        "In all probability the Senate will sit through January",
        "the odds are that the by-election goes to the independent",
        # the speaker's estimate as a conditional predicate, or put as "one"
        "My guess would be that the bill is back in the House by March",
        "One would think the states will want a say in the design",
        "one would have thought the port was the obvious choice",
        # the limit of what the speaker knows
        "To the best of my knowledge, no decision has been made on the ferry",
    ],
)
def test_round9_estimates_hedge(text: str) -> None:
    assert is_hedged(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a denied or past possibility, odds against, the standard of a comparison
        "There is no possibility of a second referendum",
        "I was convinced at the time that there was a possibility the mine would reopen",
        "The odds are against the smaller parties in that seat",
        "there are not the job losses that one would expect to see in a downturn",
        # odds stated by someone else
        "The bookmakers said the odds are that the government is returned",
    ],
)
def test_round9_estimates_not_hedges(text: str) -> None:
    assert not is_hedged(text), text


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        # the speaker counted among a group by a quantifier: "we believe"
        ("All of us in the Cabinet believe the levy has to be paid by the big emitters", True),
        ("Most of us feel that the review was overdue", True),
        # a past belief, a belief in something, a group named by a relative clause
        ("many of us, myself included, thought the merger would fail", False),
        ("Many of us believe in a fair go for working people", False),
        ("all of us who think the port should stay public are in the majority", False),
    ],
)
def test_round9_group_stance(text: str, hedged: bool) -> None:
    assert is_hedged(text) is hedged, text
