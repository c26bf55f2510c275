"""Hedging, twelfth round (invented sentences in the style of White House press gaggles and
briefings): a modal inside a report of a named person's belief ("the Governor thought the
levee could hold"), inside talk, analysis or speculation others put about ("there's talk
the board may ...", "the mayor's admission that the fund could ..."), and a stance frame inside
the speaker's side's stated position ("the Secretary has been clear that we think ...") are
not the speaker's hedges; nor is a referral addressed to the listener ("I'd suggest you
contact the agency"), sympathy with a view ("we understand where they are coming from"), or
a modal inside a longer indirect question ("what the other caucus wants to do or may not
do"). Each mechanism has near misses that must keep their value."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import is_hedged, rule_signals

from .conftest import make_document, run


@pytest.mark.parametrize(
    "text",
    [
        # a named or titled person's belief, reported
        "Governor Ortiz thought the levee could hold through the weekend",
        "The senator believes the amendment might pass on a voice vote",
        "the minister thought the tariff may be lifted by spring",
        "Mendoza figured he could outlast the strike",
        # talk, analysis or speculation others put about
        "there's talk the port authority may raise its fees in the fall",
        "There has been some speculation that the summit could slip to October",
        "there's been some analysis that the drones may be assembled abroad",
        "the mayor's admission that the fund could run dry by June surprised the council",
        # a stance frame inside the side's stated position
        "The Secretary has been clear that we think the grain corridor can reopen",
        "the President has been very clear that we believe the talks should continue",
        # a referral addressed to the listener
        "I would suggest you contact the Coast Guard for the latest figures",
        "I'd suggest that you talk to the Department of Energy about the timeline",
        # sympathy with a view, no proposition framed
        "we understand where the farmers are coming from",
        "We understand who is affected by the closures",
        # a modal inside a longer indirect question
        "We won't get into what the other caucus wants to do or may not do",
    ],
)
def test_not_the_speakers_hedge(text: str) -> None:
    assert not is_hedged(text)
    assert rule_signals(text)[1] is False


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own belief stays a hedge, also after a named subject elsewhere
        "I think the levee could hold through the weekend",
        "Governor Ortiz spoke this morning, and I think the levee could hold",
        "We thought it could rain",  # left as it was ("past beliefs" is an open question)
        # a named subject that does not believe anything: the modal is the speaker's
        "Governor Ortiz could announce the package on Friday",
        # no "talk" frame: the speaker's own modal
        "There may be more talk about the fees in the fall",
        # the speaker's own analysis keeps its hedge
        "Our analysis suggests that the drones are assembled abroad",
        # a stated position without "clear": the frame is the speaker's own
        "The Secretary has been working hard, and we think the corridor can reopen",
        # "I'd suggest" before a proposition, not a referral
        "I'd suggest the numbers are better than they look",
        # "we understand" with a proposition
        "We understand the talks have stalled",
        # a modal in a clause of the speaker's own, not in an indirect question
        "That's what the other caucus wants to do, and it may not pass",
    ],
)
def test_near_misses_keep_their_hedge(text: str) -> None:
    assert is_hedged(text)


def test_end_to_end_report_of_named_belief() -> None:
    """Through the whole extractor, the reported belief is not hedged and the speaker's own
    frame in the next sentence is."""
    document = make_document(
        "What did the Governor expect?\n\n"
        "Governor Ortiz thought the levee could hold through the weekend. "
        "I think the levee could hold as well.\n"
    )
    hedged = {c.text: c.hedged for c in run(document)[1]}
    assert hedged["Governor Ortiz thought the levee could hold through the weekend"] is False
    assert hedged["I think the levee could hold as well"] is True
