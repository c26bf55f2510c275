"""Hedging, thirteenth round (invented sentences in the style of public-inquiry witness
testimony): a witness placing a past event or figure with a presumptive "would have been"
("that would have been the end of June") gives an estimate from memory and hedges; a past
counterfactual or judgement with "would have been" does not. Not hedges: "could see that" of
past perception, a modal of ability in a purpose clause ("to ensure we could ..."), a modal
inverted into a question after a colon or comma ("the test was: could the board ..."), and
"maybe"/"perhaps" correcting a number just given ("six, maybe seven weeks"). Each mechanism
has near misses that must keep their value. Frames of memory and understanding hedge: "my
recollection is", "to my recollection", "from what I recall", "from memory", "as I understood
it", "I was under the impression"; a plain "I remember ..." does not."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import is_hedged, rule_signals

from .conftest import make_document, run


@pytest.mark.parametrize(
    "text",
    [
        # presumptive "would have been" placing a time or figure
        "that would have been the end of June",
        "so it would have been early April, after the second board meeting",
        "this would have been in the run-up to the regional exercise",
        "it would have been about £40 million in capital funding",
        "which would have been 2017, when the plan was drafted",
        # near misses of the exemptions below that stay hedges
        "We could see prices fall again next spring",
        "Demand will probably double within two years",
        "The review could, perhaps, take longer than planned",
        # a claim given from the witness's memory or understanding
        "my recollection is that the board met on a Thursday",
        "to my recollection, nobody raised the stock levels",
        "From what I recall, the two of us spoke that evening",
        "the depot was closed on the 14th, from memory",
        "My memory of the district teams is that they were well staffed",
        "I was under the impression that the order had already gone out",
        "as I understood it, the contract had been paused",
        "there was broad agreement, as far as I understood it, that the route should close",
    ],
)
def test_hedged(text: str) -> None:
    assert is_hedged(text), rule_signals(text)


@pytest.mark.parametrize(
    "text",
    [
        # a past counterfactual or judgement keeps "would have been" unhedged
        "It would have been much simpler to close the depots earlier",
        "it would have been March if the council had agreed",
        "that would have been a disaster for the hospitals",
        # past perception, not doubt
        "I could see that the queues at the depot were growing",
        "even the junior clerks could see that",
        "she was someone who could see what was happening across the region",
        "By then you could tell that the scheme was failing",
        # ability in a purpose clause
        "we moved staff quickly to ensure we could open the wards on time",
        "the team rebuilt the rota so that they could cover every shift",
        # a question embedded after a colon or a comma
        "the brief was turned into a single test: could the agency restore supply within a week",
        "the issue for the board was, might they have acted sooner",
        # "maybe"/"perhaps" correcting a number
        "the backlog lasted six, maybe seven weeks",
        "it took a year or perhaps even two years to clear",
        "there were 30, perhaps 40 staff on the floor that night",
        # memory without a mark of uncertainty, or memory as a topic
        "I remember warning the committee about the stock levels",
        "the clerk read the list out from memory",
        "the memory of that winter is still vivid for the staff",
    ],
)
def test_not_hedged(text: str) -> None:
    assert not is_hedged(text), rule_signals(text)


def test_presumptive_would_have_been_in_an_answer() -> None:
    document = make_document(
        "When did the warehouse close?\n\n"
        "Jane Smith: That would have been the middle of May. The landlord ended the lease.\n"
    )
    claims = {c.text: c.hedged for c in run(document)[1]}
    assert claims.get("That would have been the middle of May") is True, claims
    assert claims.get("The landlord ended the lease") is False, claims
