"""The claim model at prediction time: its features, its stored form, loading it from the
package without any network, and repeatable predictions. Sentences are invented."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest

from pipeline.extract import attributes, classifier
from pipeline.extract.classifier.features import span_features, tokens
from pipeline.extract.classifier.linear import LinearModel, from_coefficients


def test_tokens_keep_contractions_and_straighten_quotes() -> None:
    assert tokens("It’s NOT the 2 ports, don't worry") == [
        "it's", "not", "the", "2", "ports", "don't", "worry",
    ]  # fmt: skip


def test_span_features_carry_words_pairs_role_rules_and_cues() -> None:
    features = span_features("Rents will rise", "interviewee", "predictive", False, ["predictive"])
    for expected in (
        "w:rents", "b:rents_will", "first:rents", "first2:rents_will", "len<=3", "starts_upper",
        "role:interviewee", "rule_type:predictive", "rule_hedged:False", "cue:predictive",
    ):  # fmt: skip
        assert expected in features
    assert len(features) == len(set(features))
    assert "ends_question" in span_features("Why?", "interviewer", "factual", False, [])


def test_rule_signals_name_each_cue_and_whether_a_report_cancels_it() -> None:
    rule_type, hedged, signals = attributes.rule_signals("Analysts expect that prices will fall")
    assert (rule_type, hedged) == ("factual", False)
    assert "predictive_reported" in signals and "predictive" not in signals
    rule_type, hedged, signals = attributes.rule_signals("I think the port will probably close")
    assert (rule_type, hedged) == ("predictive", True)
    assert {"predictive", "hedge_cue:i think", "hedge_cue:probably"} <= set(signals)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop running in May",
        "Farmers say the subsidy came too late",
        "If the dam fails, the valley floods",
        "Maybe the council simply ran out of money",
        "The mayor is like a captain without a ship",
        "Back then you could rent a flat for a week's wages",
    ],
)
def test_the_rules_read_off_the_cues_decide_as_the_rules_do(text: str) -> None:
    assert attributes.rule_signals(text)[:2] == attributes.type_and_hedging(text)


def _toy() -> LinearModel:
    return LinearModel(("no", "yes"), (-1.0,), {"w:good": (3.0,), "w:bad": (-2.0,)})


def test_a_binary_linear_model_is_a_logistic_of_its_summed_weights() -> None:
    model = _toy()
    assert model.probabilities([]) == pytest.approx([0.7311, 0.2689], abs=1e-4)
    assert model.predict(["w:good", "w:unknown"]) == ("yes", pytest.approx(0.8808, abs=1e-4))
    assert model.probability("yes", ["w:bad"]) == pytest.approx(0.0474, abs=1e-4)
    assert model.probability("maybe", []) == 0.0


def test_a_multiclass_linear_model_is_a_softmax() -> None:
    model = LinearModel(("a", "b", "c"), (0.0, 0.0, 0.0), {"x": (1.0, 0.0, -1.0)})
    probs = model.probabilities(["x"])
    assert sum(probs) == pytest.approx(1.0)
    assert probs[0] > probs[1] > probs[2]


def test_a_linear_model_survives_its_json_and_rejects_a_misshapen_one() -> None:
    model = _toy()
    again = LinearModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.probabilities(["w:good"]) == model.probabilities(["w:good"])
    bad = {**model.to_json(), "bias": [0.0, 1.0]}
    with pytest.raises(ValueError, match="one weight per label"):
        LinearModel.from_json(bad)


def test_from_coefficients_leaves_out_features_without_weight() -> None:
    model = from_coefficients(["no", "yes"], [0.5], ["a", "b"], [[0.0, 2.0]])
    assert dict(model.weights) == {"b": (2.0,)}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the claim model must load without any network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


def test_the_packaged_model_loads_from_the_package_without_network(no_network: None) -> None:
    classifier.packaged.cache_clear()
    model = classifier.packaged()
    assert model is not None
    assert len(model.meta["training_data_sha256"]) == 64
    assert "test" not in model.meta["splits"]
    assert model.claim_type.labels == ("evaluative", "factual", "predictive")
    assert set(model.rules_decide) <= {"claim_type", "hedged"}


def test_the_model_file_is_small_and_written_as_dumps_writes_it() -> None:
    from importlib import resources

    text = resources.files(classifier).joinpath(classifier.MODEL_FILE).read_text("utf-8")
    assert len(text.encode()) < 50 * 1024 * 1024
    assert classifier.dumps(classifier.ClaimModel.from_json(json.loads(text))) == text


def test_confidences_are_probabilities_of_the_chosen_values() -> None:
    decided = attributes.decide("I think the bridge will reopen in June", "interviewee")
    assert decided.hedged is True
    assert 0.0 < decided.type_confidence <= 1.0
    assert 0.0 < decided.hedged_confidence <= 1.0
    assert decided == attributes.decide("I think the bridge will reopen in June", "interviewee")


def test_without_a_model_the_rules_decide_with_full_confidence() -> None:
    with classifier.using(None):
        decided = attributes.decide("The bridge reopened in June", "interviewee")
        assert attributes.asserts("Thank you", "interviewee")
    assert (decided.claim_type, decided.hedged) == ("factual", False)
    assert (decided.type_confidence, decided.hedged_confidence) == (1.0, 1.0)


def test_the_model_scores_meta_talk_below_a_plain_factual_claim() -> None:
    # Since the span rules drop most meta-talk themselves, the model (trained on the spans
    # the rules let through) sees few such negatives: it ranks them lower, no more.
    model = classifier.active()
    assert model is not None

    def claim_probability(span: str) -> float:
        return model.claim.probabilities(attributes.model_inputs(span, "interviewee")[2])[1]

    meta = claim_probability("Let me give you one example")
    assert meta < claim_probability("The council closed two libraries last year")
    assert attributes.asserts("The council closed two libraries last year", "interviewee")


def test_the_benchmark_switch_leaves_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    classifier.packaged.cache_clear()
    monkeypatch.setenv(classifier.RULES_ONLY_ENV, "1")
    try:
        assert classifier.packaged() is None
        decided = attributes.decide("The ferry probably sank because of the storm", "interviewee")
        assert decided.type_confidence == decided.hedged_confidence == 1.0
        monkeypatch.setenv(classifier.RULES_ONLY_ENV, "0")  # "0" means the model
        classifier.packaged.cache_clear()
        assert classifier.packaged() is not None
    finally:
        monkeypatch.delenv(classifier.RULES_ONLY_ENV)
        classifier.packaged.cache_clear()
