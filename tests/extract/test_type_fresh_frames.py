"""Cue contexts met on fresh interviews (in neither corpus split): spacing, reports with a
negated or progressive verb, wishes with "would", indirect questions, modals of talk and
equatives. Invented sentences; each mechanism with near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.attributes import claim_type, is_hedged, rule_signals


@pytest.mark.parametrize(
    "text",
    [
        "They  appear to be at odds with us on trade",  # OCR double space
        "If the levy stays I  would expect the rules to be broken",
        "I think\r\nthe plan is sound",  # CRLF line end
        "The minister  may well  resign",
    ],
)
def test_cues_match_however_the_words_are_spaced(text: str) -> None:
    assert is_hedged(text)
    assert is_hedged(text) == is_hedged(" ".join(text.split()))
    assert claim_type(text) == claim_type(" ".join(text.split()))


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury doesn't say it will send more nurses",
        "Officials didn't expect the bridge would reopen",
        "Several mayors have been saying that rents will keep rising",
        "We quoted diplomats saying that the summit would be difficult",
        "The envoy made clear that the ceasefire will hold",
    ],
)
def test_reports_with_negated_or_progressive_verbs_are_factual(text: str) -> None:
    assert claim_type(text) == "factual"


@pytest.mark.parametrize(
    "text",
    [
        "What I'm saying is that rents will keep rising",  # the speaker's own words
        "We are saying that the summit will be difficult",
        "The province will send more nurses",
        "The envoy made the trip, and the ceasefire will hold",
    ],
)
def test_own_words_and_plain_forecasts_stay_predictive(text: str) -> None:
    assert claim_type(text) == "predictive"


@pytest.mark.parametrize(
    "text",
    [
        "The review took longer than we would have liked",
        "It is not the route we would prefer",
        "It's the outcome I'd have wanted",
    ],
)
def test_wishes_with_would_are_not_forecasts(text: str) -> None:
    assert claim_type(text) != "predictive"


@pytest.mark.parametrize(
    "text",
    [
        "That would have cost us the seat",
        "A new levy would raise prices",
        "We would prefer to wait, and the council would lose the vote",
    ],
)
def test_would_of_outcomes_stays_predictive(text: str) -> None:
    assert claim_type(text) == "predictive"


@pytest.mark.parametrize(
    "text",
    [
        "The crews are helping the towns figure out what they're going to need",
        "We sent engineers to determine what the repairs will cost",
        "Nobody knows exactly where the storm is going to hit",
        "Residents need to know where they're going to get water",
    ],
)
def test_an_indirect_question_is_not_a_forecast(text: str) -> None:
    assert claim_type(text) != "predictive"
    assert "predictive_embedded" in rule_signals(text)[2]


@pytest.mark.parametrize(
    "text",
    [
        "We don't know whether the talks will resume",  # whether weighs an outcome
        "We will find out what the repairs cost",  # the speaker's own "will"
        "We know what happened, and the repairs will take a year",  # another clause
        "Nobody knows what the rules mean, but farmers will pay more",
    ],
)
def test_forecasts_beside_indirect_questions_stay_predictive(text: str) -> None:
    assert claim_type(text) == "predictive"


@pytest.mark.parametrize(
    "text",
    [
        "The pilot, I might add, only covers two towns",
        "We could talk about the budget a little",
        "If you could say a word about the strike",
        "They are doing as well as they possibly can",
        "It puts the farmers in as strong a position as they could be in",
    ],
)
def test_modals_of_talk_and_equatives_do_not_hedge(text: str) -> None:
    assert not is_hedged(text)
    assert claim_type(text) != "predictive"


@pytest.mark.parametrize(
    "text",
    [
        "The pilot might cover two more towns",
        "They could talk their way out of it",  # "could" of possibility, not "we could talk"
        "They could possibly win the seat",
        "It might be as big as the last storm",
        "If the plant closes, prices could rise",
    ],
)
def test_modals_of_possibility_still_hedge(text: str) -> None:
    assert is_hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's amazing that nobody was hurt",
        "The result was devastating for the growers",
        "That is just bizarre",
        "It has been a bizarre year for exporters",  # a characterisation after the copula
    ],
)
def test_judgement_adjectives_as_predicates(text: str) -> None:
    assert claim_type(text) == "evaluative"


@pytest.mark.parametrize(
    "text",
    [
        "He has an amazing record in the seat",
        "The devastating floods hit in March",
        "The army began a new get tough policy",  # "get tough": a stance, not a judgement
    ],
)
def test_judgement_adjectives_inside_noun_phrases_are_not_predicates(text: str) -> None:
    assert claim_type(text) == "factual"
