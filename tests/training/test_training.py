"""Training the claim model: the entry point on a tiny corpus of the interviews written for
the tests, determinism, the held-out split never trained on, and the committed model being
what ``make train`` makes from the committed corpus."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from pipeline.evaluation.corpus import load_corpus
from pipeline.extract import attributes, classifier
from pipeline.training import __main__ as entry
from pipeline.training import cv
from pipeline.training.data import gold_boundary, matched, training_interviews
from pipeline.training.train import (
    CLAIM_THRESHOLD,
    CLAIM_THRESHOLDS_MEASURED,
    MODEL_PATH,
    cross_validate,
    train,
    train_from_corpus,
)

INTERVIEWS = Path(__file__).resolve().parents[1] / "data" / "interviews"
PROJECT = INTERVIEWS.parents[2]
SPLITS = {
    "ferrer-spain-drought-2023": "dev",
    "marsh-nhs-waiting-lists-2024": "dev",
    "mendes-lisbon-housing-2024": "dev",
    "okafor-euro-inflation-2023": "test",
}


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    for folder in ("texts", "gold"):
        (corpus / folder).mkdir(parents=True)
    for source_id in SPLITS:
        for ext in ("txt", "yaml"):
            shutil.copy(INTERVIEWS / f"{source_id}.{ext}", corpus / "texts" / f"{source_id}.{ext}")
        shutil.copy(INTERVIEWS / f"{source_id}.gold.jsonl", corpus / "gold" / f"{source_id}.jsonl")
    entries = [
        {"id": i, "split": split, "text": "texts", "layout": "q-a-labels"}
        for i, split in SPLITS.items()
    ]
    (corpus / "corpus.yaml").write_text(
        yaml.safe_dump({"codebook_version": "9.9.9", "interviews": entries}), encoding="utf-8"
    )
    return corpus


def test_matching_pairs_spans_one_to_one_best_overlap_first() -> None:
    gold = [(0, 10), (20, 30)]
    found = [(0, 9), (1, 10), (21, 30), (40, 50)]
    assert matched(gold, found) == {0: 0, 2: 1}


def test_a_boundary_is_a_cut_where_a_gold_claim_ends_or_begins_at_it() -> None:
    # "Rents rose, and wages fell": the joiner ", and" runs from 10 to 15, the gap from 10
    # (after "rose") to 16 (before "wages")
    gap, joiner = (10, 16), (10, 15)
    assert gold_boundary([(0, 10), (16, 26)], gap, joiner) is True
    assert gold_boundary([(0, 10)], gap, joiner) is True  # a claim ends there
    assert gold_boundary([(16, 26)], gap, joiner) is True  # a claim begins there
    assert gold_boundary([(0, 26)], gap, joiner) is False  # one claim runs across it
    assert gold_boundary([(30, 40)], gap, joiner) is None  # the gold says nothing here
    assert gold_boundary([], gap, joiner) is None


def test_the_test_split_is_never_trained_on(tiny_corpus: Path) -> None:
    corpus = load_corpus(tiny_corpus)
    assert [i.source_id for i in training_interviews(corpus)] == sorted(
        i for i, split in SPLITS.items() if split == "dev"
    )
    with pytest.raises(ValueError, match="never trained on"):
        training_interviews(corpus, ("dev", "test"))
    model, _ = train_from_corpus(corpus)
    assert "okafor-euro-inflation-2023" not in model.meta["interviews"]


def test_training_is_deterministic_and_records_its_data(tiny_corpus: Path) -> None:
    corpus = load_corpus(tiny_corpus)
    first, examples = train_from_corpus(corpus)
    second, _ = train_from_corpus(corpus)
    assert classifier.dumps(first) == classifier.dumps(second)
    assert first.meta["examples"]["claim_type"] == sum(len(e.claim_type) for e in examples) > 0
    boundaries = [e for interview in examples for e in interview.boundary]
    assert first.meta["examples"]["boundary"] == len(boundaries) > 0
    assert {e.label for e in boundaries} == {"True", "False"}
    assert first.boundary is not None
    # the hash covers the gold: another gold is another model's data
    gold = tiny_corpus / "gold" / "ferrer-spain-drought-2023.jsonl"
    gold.write_text(gold.read_text(encoding="utf-8").replace('"factual"', '"evaluative"', 1))
    third, _ = train_from_corpus(load_corpus(tiny_corpus))
    assert third.meta["training_data_sha256"] != first.meta["training_data_sha256"]


def test_the_entry_point_writes_a_model_the_extractor_uses(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    target = tmp_path / "model.json"
    figures = tmp_path / "cv.json"
    entry.main(["--corpus", str(tiny_corpus), "--to", str(target), "--cv", str(figures)])
    model = classifier.ClaimModel.from_json(json.loads(target.read_text(encoding="utf-8")))
    with classifier.using(model):
        decided = attributes.decide("The reservoir was at a third of capacity", "interviewee")
    assert decided.claim_type in {"factual", "evaluative", "predictive"}
    assert 0.0 < decided.type_confidence <= 1.0
    cv = json.loads(figures.read_text(encoding="utf-8"))
    assert set(cv["extractor"]) >= {"model", "rules"}
    assert cv["extractor"]["model"]["interviews"] == 3


def test_cross_validation_leaves_each_development_interview_out(tiny_corpus: Path) -> None:
    corpus = load_corpus(tiny_corpus)
    _, examples = train_from_corpus(corpus)
    figures = cross_validate(corpus, examples)
    for candidate in figures["candidates"].values():
        assert 0.0 <= candidate["claim_type"]["accuracy"] <= 1.0
        assert 0.0 <= candidate["boundary"]["accuracy"] <= 1.0
        assert candidate["boundary"]["n"] == figures["rules"]["boundary"]["n"] > 0
        assert candidate["train_seconds_per_fold"] >= 0.0
    assert set(figures["extractor"]) >= {"model", "model_rule_splits", "rules"}
    # the sweep the claim threshold is chosen on: at the committed threshold it is the model
    swept = figures["extractor"]["claim_thresholds"]
    assert set(swept) == {str(t) for t in CLAIM_THRESHOLDS_MEASURED}
    assert swept[str(CLAIM_THRESHOLD)] == figures["extractor"]["model"]


def test_the_threshold_sweep_extracts_with_each_threshold(tiny_corpus: Path) -> None:
    """A threshold no probability reaches drops every candidate: the sweep really applies each
    threshold, instead of repeating the model's own run."""
    corpus = load_corpus(tiny_corpus)
    _, examples = train_from_corpus(corpus)
    figures = cv.pipeline_figures(corpus, examples, train, (CLAIM_THRESHOLD, 1.01))
    assert figures["claim_thresholds"][str(CLAIM_THRESHOLD)] == figures["model"]
    assert figures["model"]["micro"]["claims.recall"] > 0
    assert figures["claim_thresholds"]["1.01"]["micro"]["claims.recall"] == 0


@pytest.mark.slow
def test_the_committed_model_is_what_make_train_makes() -> None:
    """Fails when the development gold, the candidates or the features changed since the model
    was trained: run ``make train`` and commit the model with the change."""
    model, _ = train_from_corpus(load_corpus(PROJECT / "corpus"))
    assert classifier.dumps(model) == MODEL_PATH.read_text(encoding="utf-8")
