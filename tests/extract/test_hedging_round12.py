"""Hedging, twelfth round (invented sentences in the style of White House press gaggles and
briefings): a modal inside a report of a named person's belief ("the Governor thought the
levee could hold"), inside talk, analysis or speculation others put about ("there's talk
the board may ...", "the mayor's admission that the fund could ..."), and a stance frame inside
the speaker's side's stated position ("the Secretary has been clear that we think ...") are
not the speaker's hedges; nor is a referral addressed to the listener ("I'd suggest you
contact the agency"), sympathy with a view ("we understand where they are coming from"), or
a modal inside a longer indirect question ("what the other caucus wants to do or may not
do"). Frames not read before now hedge: "it would be unsurprising if", "it would be no surprise
if", "I would agree that", "I understand the Coast Guard is ..." (a capitalised name of
several words), "as far as I'm aware", "in our view", "as I see it", "the way we see it", "if I
had to guess", "my gut tells me", "I'm of the view that", "I kind of think". Each mechanism
has near misses that must keep their value."""

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


@pytest.mark.parametrize(
    "text",
    [
        "it would be unsurprising if there's some grumbling from the last team",
        "It would be no surprise if the governor ran again",
        "it wouldn't be surprising to see the fees go up",
        "I would agree that the declaration is unprecedented",
        "we'd all agree that the corridor matters",
        "I understand the Coast Guard Auxiliary is helping with the search",
        "I understand the Secret Service has opened an inquiry",
        "As far as I'm aware, the convoy left on Tuesday",
        "In our view, the sanctions are working",
        "As I see it, the grant program is oversubscribed",
        "The way we see it the corridor will reopen",
        "If I had to guess, the vote slips to Thursday",
        "My gut tells me the bill gets through",
        "I'm of the view that the pipeline should be paused",
        "We are of the opinion that the rule is too broad",
        "I kind of think the fees are too high",
    ],
)
def test_frames_now_read(text: str) -> None:
    assert is_hedged(text)
    assert rule_signals(text)[1] is True


@pytest.mark.parametrize(
    "text",
    [
        # a surprise that happened, no estimate
        "It was surprising that the convoy left early",
        # "agree" with an object, not a proposition
        "We agree on the timeline for the convoy",
        # "understand" with an object: a lower-case description, not a name
        "I understand the pressure the county board is under",
        # watching something happen, not a vantage
        "As we see this recovery take place, the deficit comes down",
        "As we see it happen, the fees come down",
        # "of the view" in a report of someone else's
        "The agency is of the view that the rule is too broad",
        # "in their view": someone else's view
        "In their view, the sanctions are working",
    ],
)
def test_frame_near_misses_stay_unhedged(text: str) -> None:
    assert not is_hedged(text)
