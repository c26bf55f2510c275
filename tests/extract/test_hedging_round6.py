"""Hedging, sixth round (invented sentences in the style of press conferences, briefing calls
and hearings): first-person and group stance frames the lexicon lacked ("it's my hope
that", "our assessment ... is that", "we see this as", "I don't see that", "X and I agree
that", "I understand" with a bare plural subject), evidence that "suggests", how someone
"sounds", a modal in a relative clause and the speaker's own estimate ("we estimate ...
could") hedge; a stance frame inside a report of what the speaker's side said, "maybe" before
a turn of talk, a comparison of rates ("more likely to ... than"), "I would say no to", a past
counterfactual with its condition and a modal of capacity do not; a report frame does not
reach past "although". Each mechanism has near
misses that must keep their value."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import is_hedged


@pytest.mark.parametrize(
    "text",
    [
        # a hope, expectation or assessment the speaker or their group owns
        "It's my hope that the lenders will agree to extend the terms",
        "It is my own expectation that next year will bring solid growth",
        "Our view and that of most private forecasters is that inflation has peaked",
        "Our own assessment is that the harbour can reopen in spring",
        "That strengthens our confidence that the frozen funds will stay frozen",
        # seeing or viewing something as something: the speaker's characterisation
        "We see that as a real strength of the island's grid",
        "We don't view this as a confiscation of anybody's property",
        "I regard it as the best offer on the table",
        # negated seeing of a proposition: the speaker's doubt
        "I don't see that the levy has anything to do with the tariff",
        "We can't see how that helps the farmers",
        # agreement with a proposition
        "The Chancellor and I agree that the rules need a second look",
        # a conclusion the speaker draws, as "I would say"
        "I would draw the conclusion that the package lowers prices",
        "I'd conclude that the reform is working",
        # an epistemic attitude with "also" or "still"
        "I'm also confident that the two ports can share the load",
        "I am still hopeful that the strike ends this week",
        # "I understand" with a bare plural subject: hearsay given as belief
        "I understand talks are continuing between the league and the province",
        # evidence that points to a conclusion
        "Our estimates suggest the subsidy raised prices by 2 percent",
        "The evidence suggests that hiring has slowed",
        # how someone sounds to the speaker
        "You sound very calm about the deadline",
        # a modal in a relative clause hedges like any other
        "Borrowing is rising, which could amplify any downturn",
        "There are barriers that may be hidden from most of us",
        "This is a shortage that might slow the recovery",
        # the speaker's own group estimate or expectation does not report anyone else's
        "We estimate exports could rise by 3 percent next year",
        "We expect to pay out half of the loan this winter, and possibly the whole amount",
        # a concession after a report is the speaker's own, as after "but"
        "Tourism is expected to keep growing, although maybe not at the same pace",
    ],
)
def test_hedged(text: str) -> None:
    assert is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        # a stance frame inside a report of what the speaker's side said
        "We told the ministers that we believe the blockade is unlawful",
        "We've said we think the region should act together",
        "I made the point to their delegation that we are worried and that we believe "
        "the settlement plan sets back the talks",
        # "maybe" or "perhaps" before a turn of talk
        "Maybe just to add that the forecast for this year went up",
        "Perhaps to clarify, the scheme closed in March",
        # a comparison of rates between groups
        "Young renters are far more likely to move than older owners",
        # a literal answer, not a stance
        "If you asked me for a loan I would say no to you",
        # a plan, not a stance
        "I expect to travel to the capital next week",
        # a past counterfactual with its condition: a reproach, not doubt
        "It was a blaze that could have been contained if they had sent the crews",
        "We might have scored if the referee had looked",
        # a modal of capacity
        "The council owns a field that could hold two hundred homes",
        "They built a hall which can seat five hundred people",
        # someone else's estimate still reports
        "The agency estimates exports could rise by 3 percent",
        "The agency expects tourism will probably keep growing",  # no concession: reported
    ],
)
def test_not_hedged(text: str) -> None:
    assert not is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses of the rules above that keep their hedge
        "As I said, I think the harbour will reopen",  # the speaker's own stance, after a comma
        "We think the region should act together",  # no report of saying
        "Maybe the ferry will run again next week",  # "maybe" of doubt
        "The ceasefire is more likely to hold now",  # a likelihood, no comparison of groups
        "I'd say no more than a dozen ships got through",  # "say no" without "to"
        "It could have been written by the same office",  # no condition: doubt about the past
        "Prices could rise further if the port stays shut",  # not a past counterfactual
    ],
)
def test_near_misses_stay_hedged(text: str) -> None:
    assert is_hedged(text)
