"""Hedging, seventh round (invented sentences in the style of central bankers interviewed on
financial television): the speaker's own forecast ("my own forecast is", "in my baseline",
"I'm expecting"), an impression put with "feel" ("that feels about right to me", "it feels
like", "those sectors feel weaker"), "I fear", "I anticipate" and "think of it as" hedge;
"in my mind" as the place of attention, a stance verb in a contact relative naming a course
of action ("the steps we think are needed"), an expectation that only sets a comparison ("as
I expect it to"), "as you would expect" and a modal addressing the listener ("You may
wonder") do not. Each mechanism has near misses that must keep their value."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import is_hedged


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own forecast
        "My own forecast is that unemployment edges up to four percent by December",
        "my forecast is basically a gentle slowdown in hiring",
        "in my baseline outlook, I have rents cooling through the spring",
        "I'm expecting wage growth to ease over the summer",
        "I am anticipating two more quarters of soft readings",
        "I anticipate that the committee will hold rates steady",
        "I fear the slowdown in housing will spread to retail",
        # an impression put with "feel"
        "that feels about right to me given the data we have",
        "it just feels like consumers are getting more careful",
        "Furniture, travel, those are categories that feel softer",
        "it doesn't feel to me like the labour market has turned",
        "The housing market feels like it has found a floor",
        # a characterisation offered as the speaker's own
        "I don't think of it as a ceiling on rates",
        # "in my mind" as a frame
        "In my mind, the bigger risk is that inflation stalls",
        "It's clear in my mind that the tightening is working",
        "Those readings are, to my mind, too noisy to act on",
        # a comparison with the speaker's present view stays a hedge
        "prices are stickier than I think most households realise",
    ],
)
def test_hedged(text: str) -> None:
    assert is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        # an institution's published forecast is its stated position
        "we're expecting growth of 3.1 percent in the region next year",
        # "in my mind" as the place of attention, or before the speaker's own focus
        "I keep the families who rent in my mind",
        "In my mind, I'm focused on what the jobs report tells us",
        # a contact relative naming a course of action
        "we have to take the steps we think are necessary to bring prices down",
        "they will make the changes I believe are needed to restore balance",
        # an expectation that only sets the standard of a comparison
        "I want to see more evidence that spending is slowing as I expect it to",
        "the economy grew faster than I anticipated in the spring",
        # "as you would expect" and a modal addressing the listener
        "we hear a range of views from our contacts, as you would expect",
        "You may wonder why the committee waited until June",
        "as you might expect, the regional banks reacted first",
        # "feel" of a person, a past experience or the pleasure of an occasion
        "It felt really good to see the numbers come in",
        "It feels great to be back in the studio",
        "he feels this was a constructive meeting",
        "We need to see more data for us to feel confident about cutting",
    ],
)
def test_not_hedged(text: str) -> None:
    assert not is_hedged(text)
