"""Leave-one-interview-out cross-validation on the development split.

For each development interview, the models are trained on every other training interview
(the other development interviews and the reference one) and judged on the one left out:

* :func:`decision_figures`: each decision on its own (type and hedging on the gold spans,
  claim or not on the rule extractor's candidates, split or not on the sentence rules'
  candidate boundaries), per candidate model, with the rules' figures on the same examples;
* :func:`pipeline_figures`: the whole extractor with the fold's model against the same
  interview's gold, by the project's scorer, beside the same model with the rules' splits
  and beside the rules alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from pipeline.evaluation.corpus import Corpus
from pipeline.evaluation.scoring import aggregate, score_tables
from pipeline.extract import classifier
from pipeline.extract.classifier.boundaries import rules_cut
from pipeline.extraction import extract_source
from pipeline.training.data import Example, Examples
from pipeline.training.fit import CANDIDATES, Candidate, Fitted, fit


def _rule_type(e: Example) -> str:
    return next(f for f in e.features if f.startswith("rule_type:")).split(":", 1)[1]


def _rule_hedged(e: Example) -> str:
    return next(f for f in e.features if f.startswith("rule_hedged:")).split(":", 1)[1]


def _prf(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    p = tp / max(1, sum(pred))
    r = tp / max(1, sum(gold))
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _accuracy(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    right = sum(g == p for g, p in zip(gold, pred, strict=True))
    return {"accuracy": right / max(1, len(gold)), "n": len(gold)}


def type_figures(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    pairs = list(zip(gold, pred, strict=True))
    evaluative = [p for g, p in pairs if g == "evaluative"]
    confusion: dict[str, int] = {}
    for g, p in pairs:
        confusion[f"{g}->{p}"] = confusion.get(f"{g}->{p}", 0) + 1
    return {
        "accuracy": sum(g == p for g, p in pairs) / max(1, len(pairs)),
        "evaluative_recall": sum(p == "evaluative" for p in evaluative) / max(1, len(evaluative)),
        "confusion": dict(sorted(confusion.items())),
    }


Predict = Callable[[Fitted, Sequence[Example]], list[str]]


def argmax(model: Fitted, examples: Sequence[Example]) -> list[str]:
    if not examples:
        return []
    probs = model.probabilities(examples)
    return [model.labels[int(i)] for i in probs.argmax(axis=1)]


def folds(everything: Sequence[Examples]) -> list[tuple[Examples, list[Examples]]]:
    return [
        (held, [e for e in everything if e.source_id != held.source_id])
        for held in everything
        if held.split == "dev"
    ]


def decision_figures(everything: Sequence[Examples], candidate: Candidate) -> dict[str, Any]:
    """One candidate's LOIO figures for each decision, with its cost."""
    gold_t: list[str] = []
    pred_t: list[str] = []
    gold_h: list[bool] = []
    pred_h: list[bool] = []
    gold_c: list[bool] = []
    pred_c: list[bool] = []
    gold_b: list[bool] = []
    pred_b: list[bool] = []
    seconds = predicting = 0.0
    words = 0
    size = 0
    for held, rest in folds(everything):
        started = time.process_time()
        typed = fit(candidate, [e for r in rest for e in r.claim_type])
        hedged = fit(candidate, [e for r in rest for e in r.hedged])
        claim = fit(candidate, [e for r in rest for e in r.claim])
        boundary = fit(candidate, [e for r in rest for e in r.boundary])
        seconds += time.process_time() - started
        started = time.process_time()
        pred_t += argmax(typed, held.claim_type)
        pred_h += [p == "True" for p in argmax(hedged, held.hedged)]
        pred_c += [p == "True" for p in argmax(claim, held.claim)]
        predicting += time.process_time() - started
        # the spans' rate: a boundary's text is only a window around its joiner, so the split
        # decision is left out of it (its cost is in benchmarks/RESULTS.md's extractor rates)
        words += sum(len(e.text.split()) for e in (*held.claim_type, *held.hedged, *held.claim))
        pred_b += [p == "True" for p in argmax(boundary, held.boundary)]
        gold_t += [e.label for e in held.claim_type]
        gold_h += [e.label == "True" for e in held.hedged]
        gold_c += [e.label == "True" for e in held.claim]
        gold_b += [e.label == "True" for e in held.boundary]
        shared = typed.encoder.runtime_bytes  # one embedding table serves every decision
        models = (typed, hedged, claim, boundary)
        size = max(size, sum(m.size_bytes() for m in models) + shared)
    return {
        "claim_type": type_figures(gold_t, pred_t),
        "hedged": _prf(gold_h, pred_h),
        "claim": _prf(gold_c, pred_c),
        "boundary": _accuracy(gold_b, pred_b),
        "train_seconds_per_fold": seconds / max(1, len(folds(everything))),
        "predict_words_per_s": round(words / predicting) if predicting else None,
        "model_bytes": size,
    }


def rule_decision_figures(everything: Sequence[Examples]) -> dict[str, Any]:
    """The rules' figures on the same examples (every candidate taken for a claim)."""
    dev = [e for e in everything if e.split == "dev"]
    typed = [x for e in dev for x in e.claim_type]
    hedged = [x for e in dev for x in e.hedged]
    claim = [x for e in dev for x in e.claim]
    boundary = [x for e in dev for x in e.boundary]
    return {
        "claim_type": type_figures([x.label for x in typed], [_rule_type(x) for x in typed]),
        "hedged": _prf(
            [x.label == "True" for x in hedged], [_rule_hedged(x) == "True" for x in hedged]
        ),
        "claim": _prf([x.label == "True" for x in claim], [True for _ in claim]),
        "boundary": _accuracy(
            [x.label == "True" for x in boundary],
            [rules_cut(x.features) for x in boundary],
        ),
    }


def pipeline_figures(
    corpus: Corpus,
    everything: Sequence[Examples],
    train: Callable[[Sequence[Examples]], classifier.ClaimModel],
    claim_thresholds: Sequence[float] = (),
) -> dict[str, Any]:
    """The whole extractor per fold: with the fold's model, with the same model but the
    rules' splits (what the learned split decision adds), with the rules alone, and with the
    same model at each of ``claim_thresholds`` (the claim filter's threshold is chosen on
    these figures, so the choice can be remade whenever the gold grows)."""
    runs: dict[str, list[dict[str, Any]]] = {"model": [], "model_rule_splits": [], "rules": []}
    swept: dict[float, list[dict[str, Any]]] = {t: [] for t in claim_thresholds}
    by_id = {i.source_id: i for i in corpus.interviews}
    for held, rest in folds(everything):
        interview = by_id[held.source_id]
        gold = corpus.gold(interview)
        model = train(rest)
        chosen_models: list[tuple[classifier.ClaimModel | None, list[dict[str, Any]]]] = [
            (model, runs["model"]),
            (replace(model, boundary=None), runs["model_rule_splits"]),
            (None, runs["rules"]),
        ]
        for threshold in claim_thresholds:
            if threshold == model.claim_threshold:  # the model's own run: not extracted twice
                swept[threshold] = runs["model"]
            else:
                chosen_models.append((replace(model, claim_threshold=threshold), swept[threshold]))
        for chosen, results in chosen_models:
            with classifier.using(chosen):
                tables = extract_source(corpus.folder(interview), held.source_id)
            results.append(score_tables(tables, gold, held.source_id))
    figures: dict[str, Any] = {name: aggregate(results) for name, results in runs.items()}
    if claim_thresholds:
        figures["claim_thresholds"] = {str(t): aggregate(r) for t, r in swept.items()}
    return figures


def mean_probability(model: Fitted, examples: Sequence[Example]) -> float:
    return float(np.mean(model.probabilities(examples).max(axis=1)))


__all__ = ["CANDIDATES", "decision_figures", "pipeline_figures", "rule_decision_figures"]
