"""Claim-type cues of an eleventh round, on the codebook's "Claim type" section and its "Finer
points", met in press gaggles and background calls: first-person forecasts and hopes worded
as "we're expecting", "we look forward to" or "our goal is to"; reports in a readout's verbs
("reiterated ... that"), whose "will" is not the speaker's forecast; a speaker pointing back
to their own words ("as I said"), which reports nothing; conditions and modals that are not
forecasts ("if I'm not mistaken", "would characterize", "right now"); a person being "clear"
about something and a graded relationship ("a strong ally"), which are not judgements; and
evaluative claims without an evaluative word ("X means doing Y", set phrases of political
speech). Invented sentences, with the near misses that must not change.

The rules decide the type when no model is active and are features of the trained model
(:func:`pipeline.extract.attributes.rule_signals`); only the type is tested here."""

from __future__ import annotations

import pytest

from .conftest import rule_types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A first-person forecast with "we're expecting" is the speaker's own prediction, also
        # negated (codebook "Finer points": a first-person plan is predictive) ...
        ("We're expecting the survey results in the autumn", "predictive"),
        ("We are not expecting a warm reception at the depot", "predictive"),
        # ... a report of someone else's expectation is not.
        ("The growers are expecting a late harvest", "factual"),
        # A first-person hope worded as an attitude or an aim is about the future.
        ("We look forward to the harbour talks sometime in June", "predictive"),
        ("I'm looking forward to meeting the new council", "predictive"),
        ("Our goal is to open the second ferry line by May", "predictive"),
        # ... someone else's goal, or a past one, is a report.
        ("Their goal was to open the line by May", "factual"),
        # "going to work with" is a plan; "going to work" alone is a place.
        ("We're going to work with the council on the repairs", "predictive"),
        ("We're going to work together on the timetable", "predictive"),
        ("She was going to work when the tram stopped", "factual"),
        # A readout's reporting verbs report what was said: its "will" is not a forecast.
        ("He reiterated that the ministry will keep the subsidy", "factual"),
        ("The envoy underscored that the port will stay open", "factual"),
        ("You say that the levy would double the fares", "factual"),
        ("The mayor is of the firm view that the depot will close", "factual"),
        # ... the speaker's own "will" stays a forecast.
        ("The ministry will keep the subsidy", "predictive"),
        # "as I said" points back to the speaker's own words: the judgement after it stands.
        ("As I said before, it is critical that the depot reopens", "evaluative"),
        ("As we've said, the levy is unfair", "evaluative"),
        # ... a report of what someone else said neutralises it.
        ("The mayor said the levy is unfair", "factual"),
        # A hedge worded as a condition is no hypothetical.
        ("The envoy flew to Lisbon this week, if I'm not mistaken", "factual"),
        ("If the envoy flies to Lisbon, the talks will resume", "predictive"),
        # "would characterize" is the speaker's stance now, not an outcome.
        ("I would characterize the talks as businesslike", "factual"),
        # A modal with "right now" is about the present.
        ("The crews could be at the site right now", "factual"),
        ("The crews could be at the site by Friday", "predictive"),
        # A past counterfactual with an adverb before the participle weighs what might have
        # been (codebook "Finer points": modals about the past are not predictive).
        ("The depot did in a year what would have normally taken five", "evaluative"),
        ("The crews could have easily missed the leak", "evaluative"),
        # A person being clear about something reports what they said (codebook "Attributes":
        # what an actor said stays factual under an intensifier) ...
        ("We've been very clear about the timetable", "factual"),
        ("The minister has been clear that the depot stays", "factual"),
        ("We've been very clear", "factual"),
        # ... a thing being clear is a judgement, and so is a person not yet clear.
        ("The rule is very clear", "evaluative"),
        ("We're not all clear yet", "evaluative"),
        # A graded standing relationship is not a judgement of a thing ...
        ("Norway is a strong ally of the alliance", "factual"),
        ("They have been very good friends of the museum", "factual"),
        # ... an important or essential partner is.
        ("The port authority remains an important partner", "evaluative"),
        # What something amounts to, as a course of action, is the speaker's reading.
        ("Backing the shipyard means backing the whole town", "evaluative"),
        ("That means putting the passengers first", "evaluative"),
        # ... "means that" with a fact, or "means nothing", is not.
        ("The closure means that the ferries run from Dover", "factual"),
        ("The new badge means nothing to the crews", "factual"),
        # The speaker's reading of a long object "as" something.
        ("We see cutting fares and adding routes as a key part of the plan", "evaluative"),
        # Set phrases that characterise rather than report.
        ("Their budget stands in stark contrast to ours", "evaluative"),
        ("The council has been laser-focused on the harbour since day one", "evaluative"),
        ("Our commitment to the islands is ironclad", "evaluative"),
        ("There's a balancing act here", "evaluative"),
        ("The ball is in the council's court", "evaluative"),
        ("Party politics does not belong in the flood response", "evaluative"),
        # ... not an attributive "ironclad" in a report, nor ownership.
        ("The envoy conveyed the mayor's ironclad support for the plan", "factual"),
        ("These funds don't belong to the operator", "factual"),
    ],
)
def test_type_round11(text: str, expected: str) -> None:
    assert rule_types(text) == (expected, expected)
