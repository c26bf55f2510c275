"""Hedging, second round on fresh text (invented sentences in the style of press calls,
radio interviews and central-bank press conferences): the speaker's own characterisation and
negated group stance hedge; a modal inside an indirect question or a comparison with an
earlier expectation, and "sounds" taking an adjective in a reply, do not. Each mechanism has
near misses that must keep their value."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import is_hedged


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own naming of something, offered as theirs
        "It is what I would describe as a managed decline",
        "I wouldn't describe the visit as a rescue mission",
        "I would not say the talks have failed",
        "I'd put it this way: the harbour is still short of cranes",
        "I would call it a pause rather than a retreat",
        "I wouldn't expect a decision before the winter",
        "Finally, I would just say the plan needs two tracks",
        # a stance inside a free relative with its own verb
        "That is what I think sets the islands apart",
        "Here is what we believe happened at the border",
        # "I understand" with a clause: hearsay given as the speaker's belief
        "I understand the ferry is running again",
        "I understand that there is a backlog of claims",
        "I understand a lot of the funding is already spent",
        "We understand that the ship has left port",
        # the chair's politeness formula does not hide a real stance nearby
        "I think that is a fair point about the budget",
        "I think we're over budget on the bridge",
        # a guess in the progressive
        "The council will, I'm guessing, vote on it next month",
        # the group's negated stance, as "I don't think" and "we think"
        "We don't think the levy will raise much money",
        "goals which we do not believe stop at the border",
        # "I don't think in ..." is a stance; only "believe in" takes an object
        "I don't think in this case that a recount helps anyone",
        # the speaker's own difficulty in knowing
        "It's hard for me to say when the line reopens",
        "It's very difficult to know how the farmers will vote",
        "It is too early to tell whether the scheme works",
        # "sounds like / as if / to me": an impression
        "It sounds like the minister has changed her mind",
        "That sounds to me like a bluff by the union",
        # "sounds" with a judgement that is not a welcome stays an impression
        "That sounds risky for the exporters",
        # near misses of the new modal rule: a modal in the speaker's own clause
        "What might happen is that the bank cuts again",
        "That's what could happen if the talks collapse",
        "Yes, what we might do is delay the tender",
        "The port might reopen in spring",
        "Exports grew faster than we might see next year",
        "I wonder whether the vote might slip",
        "It is unclear whether the ferry could sail",
    ],
)
def test_hedged(text: str) -> None:
    assert is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        # a modal inside an indirect question: someone's question, not the speaker's doubt
        "We discussed whether there is anything we might be missing",
        "Traders try to work out what they think we might do",
        "It gives them a signal about how we might react",
        "Last week we talked about how you could set up the survey",
        # a modal inside a comparison with an earlier expectation
        "Rents rose less than we thought they might",
        "The harvest was not as large as we thought it could have been",
        "Exports recovered more slowly than we might have expected",
        # "sounds" with an adjective: a reaction to what was just said
        "That sounds great",
        "That sounds really good",
        "It sounds super-practical",
        # the chair closing the session: a politeness formula
        "I think that's all the time we have",
        "I think we're pushing up against our allotted time",
        # a free relative ending the clause, "understand" with an object
        "We will tell the voters what we think",
        "I understand the concern",
        "I understand why the farmers are angry",
        "I would just point out that nothing is moving",
        "I wouldn't say anything about the verdict",
        "We understand the importance of the grain corridor",
        "We understand why the growers are worried",
        # near misses of the new stance cues: no stance
        "I would call on the council to publish the figures",
        "I would call them after the meeting",
        "We don't think about the polls",
        "We do not believe in quotas",
        "I am going to say it once more",
    ],
)
def test_not_hedged(text: str) -> None:
    assert not is_hedged(text)
