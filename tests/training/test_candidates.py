"""The candidate models of the cross-validation (issue 15): the lexicon features, the static
embeddings read from their wheel without network, and every candidate fitting and predicting
repeatably on a few invented spans."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import numpy as np
import pytest

from pipeline.extract import attributes
from pipeline.training import inputs
from pipeline.training.compare import mcnemar_p
from pipeline.training.data import Example
from pipeline.training.fit import CANDIDATES, fit, interview_weights

SPANS = [
    ("The new stadium is a disgrace to the whole city", "evaluative"),
    ("Their manifesto is a wonderful piece of work", "evaluative"),
    ("Honestly the council has been useless for years", "evaluative"),
    ("It was the worst decision the board ever made", "evaluative"),
    ("The ferry leaves the harbour at seven each morning", "factual"),
    ("Forty workers were hired at the plant last spring", "factual"),
    ("The museum closed its doors in 2019", "factual"),
    ("Tickets cost twelve euros at the gate", "factual"),
    ("Prices will fall again after the harvest", "predictive"),
    ("The bridge is going to reopen next summer", "predictive"),
    ("Unemployment will rise in the coming months", "predictive"),
    ("The league will expand to twenty teams by 2030", "predictive"),
]


def _examples(labels: list[str] | None = None) -> list[Example]:
    out = []
    for (text, label), other in zip(SPANS, labels or [s[1] for s in SPANS], strict=True):
        _, _, features = attributes.model_inputs(text, "interviewee")
        out.append(Example("invented", text, "interviewee", features, other or label))
    return out


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a candidate must not reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


def test_vader_features_tell_strong_praise_from_a_neutral_statement() -> None:
    praise = inputs.vader_features("What a wonderful, brilliant and generous plan")
    neutral = inputs.vader_features("The committee meets on the second floor")
    assert "vader_max_pos:3" in praise or "vader_max_pos:2" in praise
    assert "vader_compound>0.5" in praise
    assert "vader_words<=0" in neutral
    assert "vader_compound<=0.05" in neutral and "vader_compound<=-0.05" not in neutral
    assert "vader_compound<=-0.5" in inputs.vader_features("A horrible, cruel and stupid law")


def test_subjectivity_features_tell_a_judgement_from_a_report(no_network: None) -> None:
    judgement = inputs.subjectivity_features("It was a terrible, foolish decision")
    report = inputs.subjectivity_features("The committee met on Tuesday in the capital")
    assert "subj_max>0.75" in judgement and "subj_polarity_neg" in judgement
    assert "subj_words<=0" in report and not any(f.startswith("subj_max") for f in report)


def test_wordllama_embeds_from_its_wheel_without_network(no_network: None) -> None:
    inputs._wordllama.cache_clear()
    inputs._EMBEDDED.clear()
    vectors = inputs.embed(["The harbour froze over", "A quiet winter in the port"])
    assert vectors.shape == (2, 256)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert inputs.wordllama_bytes() > 1_000_000  # the weights are in the wheel, not fetched


def test_embedded_inputs_are_standardised_on_training_and_keep_the_words() -> None:
    examples = _examples()
    encoder = inputs.embedded(with_words=True)(examples)
    x = encoder.transform(examples)
    assert x.shape == (len(examples), len(encoder.names) + 256)
    dense = np.asarray(x[:, len(encoder.names) :].todense())
    assert np.allclose(dense.mean(axis=0), 0.0, atol=1e-6)
    assert encoder.runtime_bytes == inputs.wordllama_bytes()


@pytest.mark.parametrize(
    "name",
    [
        "LightGBM balanced",
        "logreg C=1 + VADER",
        "logreg C=0.3 balanced + subjectivity lexicon",
        "wordllama embedding, logreg C=1",
        "words + wordllama, logreg C=0.3 balanced",
        "spaCy textcat (blank en, bag of words)",
        "logreg C=0.3 balanced, interviews weighed equally",
        "logreg C=0.3 balanced + word endings",
    ],
)
def test_every_new_candidate_fits_and_predicts_repeatably(name: str) -> None:
    examples = _examples()
    first = fit(CANDIDATES[name], examples)
    second = fit(CANDIDATES[name], examples)
    probs = first.probabilities(examples[:4])
    assert first.labels == ["evaluative", "factual", "predictive"]
    assert probs.shape == (4, 3)
    assert np.allclose(probs.sum(axis=1), 1.0)
    assert np.array_equal(probs, second.probabilities(examples[:4]))
    assert first.size_bytes() > 0


def test_a_yes_no_decision_with_one_answer_needs_no_estimator() -> None:
    fitted = fit(CANDIDATES["LightGBM"], _examples(["True"] * len(SPANS)))
    assert fitted.labels == ["False", "True"]
    assert fitted.probabilities(_examples()[:2])[:, 1].min() > 0.99


def test_mcnemar_p_is_one_without_discordant_pairs_and_small_when_lopsided() -> None:
    assert mcnemar_p(0, 0) == 1.0
    assert mcnemar_p(5, 5) == 1.0
    assert mcnemar_p(20, 2) < 0.001
    assert mcnemar_p(47, 30) == pytest.approx(mcnemar_p(30, 47))


def test_word_endings_come_from_long_words_only() -> None:
    assert inputs.word_ending_features("An unacceptable and careless plan") == [
        "suf:able",
        "suf:less",
    ]
    assert inputs.word_ending_features("The plan was bad") == []


def test_interview_weights_give_every_interview_the_same_total() -> None:
    examples = [
        Example(source, "x", "interviewee", ("w:x",), "factual")
        for source in ["long"] * 6 + ["short"] * 2
    ]
    weights = interview_weights(examples)
    assert weights[:6].sum() == pytest.approx(weights[6:].sum())
    assert weights.mean() == pytest.approx(1.0)


def test_interview_weights_change_the_fit() -> None:
    examples = _examples()
    examples = [
        Example("long" if i < 9 else "short", e.text, e.role, e.features, e.label)
        for i, e in enumerate(examples)
    ]
    plain = fit(CANDIDATES["logreg C=0.3 balanced"], examples)
    weighted = fit(CANDIDATES["logreg C=0.3 balanced, interviews weighed equally"], examples)
    assert not np.allclose(plain.probabilities(examples[:4]), weighted.probabilities(examples[:4]))
