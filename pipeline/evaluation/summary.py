"""What a release's card reports of extraction quality: the corpus figures per split, their
targets and the annotation passes' agreement."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.evaluation import targets
from pipeline.evaluation.agreement import agreement
from pipeline.evaluation.corpus import SPLITS, evaluate, layouts, load_corpus, summary


def quality_summary(corpus_dir: Path) -> dict[str, Any] | None:
    """What a release's card reports: the current extractor's micro and macro figures per
    split, the targets they are held to, and the annotation passes' agreement with the gold.
    None when there is no corpus at ``corpus_dir``."""
    if not (corpus_dir / "corpus.yaml").is_file():
        return None
    corpus = load_corpus(corpus_dir)
    present = [s for s in SPLITS if corpus.in_split(s)]
    with _quiet_extractor():  # its warnings are about corpus texts, not the user's sources
        report = evaluate(corpus, present)
    return {
        **summary(report),
        "targets": {s: targets.end_to_end(s) for s in ("test", "reference")},
        "layouts": {s: layouts(corpus.in_split(s)) for s in present},
        "agreement": agreement(corpus)["passes"],
    }


@contextmanager
def _quiet_extractor() -> Iterator[None]:
    logger = logging.getLogger("pipeline.extract")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
