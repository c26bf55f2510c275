"""The learned split decision: what the sentence rules hand it at each candidate boundary, its
features, its place in the model file, and the extractor following it. Sentences are
invented."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from pipeline.extract import classifier, sentences
from pipeline.extract.classifier.boundaries import SPLIT_LABEL, boundary_features, rules_cut
from pipeline.extract.classifier.linear import LinearModel
from tests.extract.conftest import answer_claims, rule_answer_claims

SENTENCES = [
    "Rents rose and wages fell.",
    "Inflation has slowed, wages are catching up.",
    "If the river rises, the council closes the road.",
    "Bakers and millers are short of staff.",
    "The plan was cheap, but it failed; the council knew it — and said so.",
    "The pier was repaired, but because the grant ran out, the café never reopened.",
    "We sent two crews and each of them has a truck, a radio and a map.",
]


def _ranges(text: str, decide: sentences.Decide | None) -> list[str]:
    tokens = sentences.tokenize(text, 0, len(text))
    return [
        text[tokens[a].start : tokens[b - 1].end]
        for a, b in sentences.split_clauses(text, tokens, decide)
    ]


def _verdicts(text: str) -> list[str]:
    seen: list[sentences.Boundary] = []

    def record(boundary: sentences.Boundary) -> bool:
        seen.append(boundary)
        return boundary.verdict == sentences.SPLIT

    _ranges(text, record)
    return [b.verdict for b in seen]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_decision_that_follows_the_verdict_cuts_where_the_rules_cut(text: str) -> None:
    assert _ranges(text, lambda b: b.verdict == sentences.SPLIT) == _ranges(text, None)


def test_the_decision_sees_the_rules_verdict_and_may_overrule_it() -> None:
    assert _verdicts("Rents rose and wages fell.") == [sentences.SPLIT]
    assert _verdicts("If the river rises, the council closes the road.") == ["left_incomplete"]
    assert _verdicts("Bakers and millers are short of staff.") != [sentences.SPLIT]
    assert _ranges("Rents rose and wages fell.", lambda b: False) == ["Rents rose and wages fell."]
    assert _ranges("Bakers and millers are short of staff.", lambda b: True) == [
        "Bakers",
        "millers are short of staff.",
    ]


def test_the_boundary_carries_the_joiner_and_both_sides() -> None:
    text = "The plan was cheap, but it failed."
    seen: list[sentences.Boundary] = []
    _ranges(text, lambda b: seen.append(b) or True)
    [boundary] = seen
    tokens = boundary.tokens
    assert (tokens[boundary.left].low, tokens[boundary.at].low) == ("the", ",")
    assert tokens[boundary.right].low == "it"  # after ", but"
    assert boundary.kind == "strong"


def test_features_name_the_verdict_under_the_rules_decision() -> None:
    text = "Rents rose and wages fell."
    seen: list[sentences.Boundary] = []
    _ranges(text, lambda b: seen.append(b) or True)
    features = boundary_features(seen[0])
    assert "cut|verdict:split" in features
    assert "cut|joiner:and" in features
    assert "cut|after2:wages_fell" in features
    assert all(f.startswith("cut|") for f in features)
    assert len(set(features)) == len(features)
    assert rules_cut(features)
    vetoed = boundary_features(seen[0]._replace(verdict="left_incomplete"))
    assert all(f.startswith("kept|") for f in vetoed)
    assert not rules_cut(vetoed)


def _model(bias: float) -> classifier.ClaimModel:
    packaged = classifier.packaged()
    assert packaged is not None
    boundary = LinearModel(("False", SPLIT_LABEL), (bias,), {})
    return replace(packaged, boundary=boundary, boundary_thresholds=(0.3, 0.5))


def test_the_thresholds_differ_where_the_rules_cut_and_where_they_keep() -> None:
    model = _model(-0.4)  # a cut at p = 0.40: above 0.3, below 0.5
    seen: list[sentences.Boundary] = []
    _ranges("Rents rose and wages fell.", lambda b: seen.append(b) or True)
    _ranges("If the river rises, the council closes the road.", lambda b: seen.append(b) or True)
    cut, kept = seen
    assert model.splits(cut) is True
    assert model.splits(kept) is False


def test_the_extractor_follows_the_boundary_model() -> None:
    answer = "Rents rose and wages fell."
    with classifier.using(_model(-50.0)):  # never cut
        assert answer_claims(answer) == ["Rents rose and wages fell"]
    with classifier.using(_model(50.0)):  # always cut
        assert answer_claims("Bakers and millers are short of staff.") == [
            "millers are short of staff"
        ]
    assert rule_answer_claims(answer) == ["Rents rose", "wages fell"]


def test_a_model_file_without_a_boundary_model_leaves_the_cuts_to_the_rules() -> None:
    model = _model(1.0)
    data = model.to_json()
    assert classifier.ClaimModel.from_json(data) == model
    assert data["boundary_thresholds"] == [0.3, 0.5]
    del data["boundary"], data["boundary_thresholds"]
    older = classifier.ClaimModel.from_json(json.loads(json.dumps(data)))
    assert older.boundary is None
    with classifier.using(older):
        assert answer_claims("Bakers and millers are short of staff, and rents rose.") == (
            rule_answer_claims("Bakers and millers are short of staff, and rents rose.")
        )


def test_the_packaged_model_keeps_the_codebooks_examples() -> None:
    """The codebook's own cases, with the model that ships: a comma splice and two clauses
    joined by "and" are cut; a conditional and a noun pair are not. (A retrained model that
    breaks one of these has learned against the codebook: look at the gold before shipping.)"""
    model = classifier.packaged()
    assert model is not None and model.boundary is not None
    assert answer_claims("Inflation has slowed, wages are catching up.") == [
        "Inflation has slowed",
        "wages are catching up",
    ]
    assert answer_claims("Rents rose and wages fell.") == ["Rents rose", "wages fell"]
    assert answer_claims("If the river rises, the council closes the road.") == [
        "If the river rises, the council closes the road"
    ]
    assert answer_claims("Bakers and millers are short of staff.") == [
        "Bakers and millers are short of staff"
    ]
