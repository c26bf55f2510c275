"""The corpus catalogue in corpus/README.md is generated from the corpus's own files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation.catalogue import BEGIN, END, catalogue, with_catalogue
from pipeline.evaluation.corpus import load_corpus

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_the_committed_catalogue_matches_the_corpus_files() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    expected = with_catalogue(readme, catalogue(load_corpus(CORPUS)))
    assert readme == expected, "run: python -m pipeline.evaluation.catalogue corpus"


def test_the_catalogue_lists_every_interview_once_with_its_licence() -> None:
    corpus = load_corpus(CORPUS)
    table = catalogue(corpus)
    for interview in corpus.interviews:
        rows = [line for line in table.splitlines() if f"`{interview.source_id}`" in line]
        assert len(rows) == 1
        assert f"| {interview.split} |" in rows[0]


def test_only_the_text_between_the_markers_is_replaced() -> None:
    readme = f"intro\n{BEGIN}\nold table\n{END}\noutro\n"
    assert with_catalogue(readme, "new") == f"intro\n{BEGIN}\nnew\n{END}\noutro\n"
    with pytest.raises(ValueError):
        with_catalogue("no markers", "new")
