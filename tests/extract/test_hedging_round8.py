"""Hedging, eighth round (invented sentences in the style of radio interviews with
politicians and of central bankers on financial television): a stance frame graded by any
degree adverb ("I absolutely think", "I would definitely consider"), the speaker's view as
the predicate ("that's my view", "not my base case"), "from my point of view" and the
generic "you'd say" hedge; a modal after "makes the point", after a third party's belief or
expectation ("colleagues who thought", "markets are expecting"), inside a quotation the
speaker reports, "might" as a noun, "we understand that" acknowledging a question, the
courtesy "as I'm sure you know", "than you would think" setting a comparison and "we could
chat" do not; a condition on someone's belief and "I'm one who believes" leave the
speaker's stance in place. Each mechanism has near misses that must keep their value."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import is_hedged


@pytest.mark.parametrize(
    "text",
    [
        # any degree adverb, and two stacked qualifiers, grade the frame
        "I absolutely think there's too much attention on the quarterly numbers",
        "I definitely think the new levy is part of the story",
        "we got what I would definitely consider encouraging figures",
        "we strongly believe the scheme will pay for itself",
        "I'd consider that a reasonable result for the region",
        # the speaker's (or the group's) view as the predicate
        "Another rate rise is not my base case",
        "That's my view, for what it's worth",
        "this is just my opinion, but the port deal was rushed",
        "That is our view and the Treasurer's",
        "My base case is that the surplus arrives a year late",
        # the vantage of a judgement
        "From my point of view, it's not an immediate risk to the banks",
        "from our perspective the tariff hurts the growers more than anyone",
        # a characterisation with its object in a relative clause
        "there are two factors that I think of as important for the outlook",
        "the risks we see as most pressing are in commercial property",
        # the speaker's verdict put as anyone's
        "you'd have to say the campaign has gone well",
        "you would say the state is the bigger trading partner",
        # near misses that stay hedges
        "I understand that the talks broke down on Friday",
        "we understand that there is a backlog at the registry",
        "I'm sure the bill will pass the Senate next week",
        "I'm sure we'll see a pickup in hiring by spring",
        "I wonder if the plant could reopen before winter",
        # the speaker's own statement of a risk with a possible outcome
        "there is a broader risk, which is that there could be a shortage of diesel",
        "The main risk is that the drought could push food prices up again",
        "There's also a risk that we would wait too long and that it could hurt jobs",
        "They asked us to stay on, which might help the transition",
        "she said, and I think she is right, that the figures could improve",
        '"I think the worst is behind us," is what I told the caucus',
        "I think it might rain on polling day",
        "we are expecting that growth could slow a little",
        # a condition on someone's belief: the consequent is the speaker's own
        "if they think that way, then it probably will settle around two percent",
        "when people believe the target, the rate will likely drift back",
        # the speaker among the believers
        "I'm one who believes the regions deserve a fair share of the roads money",
        "I am someone who thinks the tax is too high",
        "those of us who believe the reform could work have been patient",
    ],
)
def test_hedged(text: str) -> None:
    assert is_hedged(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a modal inside a report of what someone else said or believes
        "The Opposition Leader makes the point that the two countries could do a deal",
        "Treasury made the point that revenue might fall short",
        "there were some colleagues who thought that the moment might already have come",
        "the growers, they believe that prices could recover by spring",
        "many people think the deal might collapse",
        "the bond market is expecting that borrowing costs are likely to fall",
        # a modal inside a question someone asks
        "People ask me, could it happen again, and the answer is no",
        "I was asked if the deal could collapse over the weekend",
        "reporters kept asking whether the mine might close",
        # cues inside words the speaker quotes
        "she looked at me and said, \"I don't know",
        'the banker told me, "It could all fall apart by June," and hung up',
        # the noun "might"
        "we stand for the principle that might is not right",
        # acknowledging a question, not framing a proposition
        "We understand that",
        "We understand that, but the law is the law",
        # the courtesy that credits the listener
        "as I'm sure all of you know, the winter was unusually dry",
        # a forecast about the conversation itself
        "our work on the housing plan, which I'm sure we'll talk about later",
        "I'm sure we will come back to the budget",
        # an expectation that only sets the standard of a comparison
        "wage growth is still higher than you would expect over the longer run",
        "Much better than you would think",
        # a modal of talk
        "we could chat about the footy another time",
        # a risk reported as someone else's, or with no outcome stated
        "the farmers fear that there is a risk that the river could flood",
        "there are risks around that",
        "The Treasurer said the risk is that prices could rise",
        # seeing without a characterisation
        "we see as many applications as last year",
        # a view that is only the object of a verb
        "It doesn't really change my view of the budget",
    ],
)
def test_not_hedged(text: str) -> None:
    assert not is_hedged(text), text
