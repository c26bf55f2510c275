"""``python -m pipeline.training.compare A B``: two candidates' leave-one-interview-out claim
type predictions on the same folds, and McNemar's exact test on the claims one gets right and
the other wrong: the test a pre-registered candidate must pass to replace the chosen model."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from scipy.stats import binomtest

from pipeline.evaluation.corpus import load_corpus
from pipeline.training import cv
from pipeline.training.data import interview_examples, training_interviews
from pipeline.training.fit import CANDIDATES, fit


def mcnemar_p(only_a: int, only_b: int) -> float:
    """Exact two-sided McNemar p: the discordant pairs as a binomial with p = 1/2."""
    n = only_a + only_b
    return 1.0 if n == 0 else float(binomtest(min(only_a, only_b), n, 0.5).pvalue)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("a", choices=sorted(CANDIDATES))
    parser.add_argument("b", choices=sorted(CANDIDATES))
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    corpus = load_corpus(args.corpus)
    examples = [interview_examples(corpus, i) for i in training_interviews(corpus)]
    gold: list[str] = []
    predicted: dict[str, list[str]] = {args.a: [], args.b: []}
    for held, rest in cv.folds(examples):
        training = [e for r in rest for e in r.claim_type]
        for name in predicted:
            predicted[name] += cv.argmax(fit(CANDIDATES[name], training), held.claim_type)
        gold += [e.label for e in held.claim_type]
    for name, labels in predicted.items():
        figures = cv.type_figures(gold, labels)
        print(
            f"{name}: type accuracy {figures['accuracy']:.4f}, "
            f"evaluative recall {figures['evaluative_recall']:.4f}"
        )
    right_a = [p == g for p, g in zip(predicted[args.a], gold, strict=True)]
    right_b = [p == g for p, g in zip(predicted[args.b], gold, strict=True)]
    only_a = sum(a and not b for a, b in zip(right_a, right_b, strict=True))
    only_b = sum(b and not a for a, b in zip(right_a, right_b, strict=True))
    print(
        f"right only with A: {only_a}; only with B: {only_b}; "
        f"McNemar exact p = {mcnemar_p(only_a, only_b):.3f} ({len(gold)} claims)"
    )


if __name__ == "__main__":
    main()
