"""``python -m pipeline.training [--corpus corpus] [--cv FILE]``: train the claim model on the
corpus's development and reference gold and write it into the package; with ``--cv``, also
run the leave-one-interview-out cross-validation and write its figures (JSON) for the model
card."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from pipeline.evaluation.corpus import load_corpus
from pipeline.extract import classifier
from pipeline.training.train import MODEL_PATH, cross_validate, train_from_corpus


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--to", type=Path, default=MODEL_PATH, help="the model file to write")
    parser.add_argument("--cv", type=Path, help="also cross-validate and write figures here")
    parser.add_argument(
        "--candidates",
        action="store_true",
        help="with --cv: every candidate model, not only the chosen",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # the extractor's notes about corpus texts
    corpus = load_corpus(args.corpus)
    model, examples = train_from_corpus(corpus)
    args.to.write_text(classifier.dumps(model), encoding="utf-8")
    print(f"wrote {args.to} (training data sha256 {model.meta['training_data_sha256'][:12]})")
    if args.cv:
        figures = cross_validate(corpus, examples, every_candidate=args.candidates)
        args.cv.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.cv}")


if __name__ == "__main__":
    main()
