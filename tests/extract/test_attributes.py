"""Claim type and hedging: each rule of claim-guidelines.md on sentences from other topics."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import claim_type, is_hedged


@pytest.mark.parametrize(
    "text",
    [
        "The central bank raised its key rate by half a point in March",
        "Turnout in the northern provinces was 62%",
        "Brazil has been very vocal in its opposition to the tariffs",  # action under intensifier
        "Most of the Gulf states have been pretty quiet about the deal",
        "Most investors expect rates to fall next year",  # a report of expectations
        "Officials said the border would stay open",  # a report of what was said
        "Some economists argue that governments should cap energy prices",  # reported opinion
        "If a reading is missing, the station reports the last valid value",  # routine system
        "April was the hottest on record in Portugal",
        "It is one of the driest summers we have recorded",  # a measured superlative
        "They are protecting one of Africa's most important wetlands",  # attributive adjective
        "The state owns land in both cities that could hold thousands of homes",  # capacity
    ],
)
def test_factual(text: str) -> None:
    assert claim_type(text) == "factual"


@pytest.mark.parametrize(
    "text",
    [
        "I think the minister overreacted",
        "The trade bloc is largely symbolic",
        "Chile is like the Switzerland of South America",
        "The reform has been very divisive",
        "It's important because farmers depend on the canal",
        "The new budget is not enough on its own",
        "Credibility matters",
        "Price caps look attractive",
        "Build more homes where the jobs are",  # an imperative recommends
        "Covid was the trigger for the backlog",
        "What's missing is staff",
        "A network like that is fine if you own a car",  # generic conditional, judged
    ],
)
def test_evaluative(text: str) -> None:
    assert claim_type(text) == "evaluative"


@pytest.mark.parametrize(
    "text",
    [
        "The coalition is going to collapse before the summer",
        "Inflation will probably stay above target",
        "If Nigeria devalues again, imports could fall sharply",
        "If the ruling party loses Lagos, it has little to fall back on",  # particular actor
        "That would be a serious blow to the alliance",
        "We will publish the second survey in spring",  # a first-person plan
        "I'd fix social care first",
        "Whether that turns into actual homes depends on the councils",
        "It is unlikely that exports will recover this year",
        "If cities know what is coming, they can prepare",  # generic if, modal outcome
    ],
)
def test_predictive(text: str) -> None:
    assert claim_type(text) == "predictive"


def test_going_to_a_place_is_not_the_future() -> None:
    assert claim_type("Seasonal workers from Nepal are now going to Qatar") == "factual"


def test_a_leading_frame_does_not_decide_the_type() -> None:
    assert claim_type("What's interesting now is the arrival of Sudanese refugees") == "factual"


@pytest.mark.parametrize(
    "text",
    [
        "I think the governor panicked",
        "I'd say the main risk is the currency",
        "I don't think the talks will resume",
        "The ceasefire will probably hold",
        "Exports could fall if the port stays closed",
        "It seems the opposition has split",
        "It's unlikely the court will intervene",
        "Parliament may vote on the bill next week",
        "That sounds alarming",
        "The strike can cause shortages across the region",
        "If turnout stays low, which I think it will, the incumbent wins",
    ],
)
def test_hedged(text: str) -> None:
    assert is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 80% of the grain goes through Odesa",  # an approximation is no hedge
        "It's supposed to be a sort of free trade area",  # vagueness is no hedge
        "The provinces kind of set their own rules",
        "There were fears that the army could intervene",  # someone else's fear
        "He was afraid that the protests might spread",
        "It could be a phone call, a letter or a visit",  # a modal listing options
        "That would be a serious blow to the alliance",  # "would" alone is no hedge
        "Then we ask how likely the observed event is in each world",
        "The council owns land that could hold ten thousand homes",
        "Elections are held in May",  # the month, not the modal
    ],
)
def test_not_hedged(text: str) -> None:
    assert not is_hedged(text)


def test_curly_quotes_and_line_breaks_are_read_like_plain_text() -> None:
    assert claim_type("It’s going to\nbe a long winter") == "predictive"
    assert is_hedged("I don’t think\nit will pass")
