"""What a release's card reports of extraction quality: the corpus figures per split, their
targets and the annotation passes' agreement."""

from __future__ import annotations

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
    return {
        **summary(evaluate(corpus, present)),
        "targets": {s: targets.end_to_end(s) for s in ("test", "reference")},
        "layouts": {s: layouts(corpus.in_split(s)) for s in present},
        "agreement": agreement(corpus)["passes"],
    }
