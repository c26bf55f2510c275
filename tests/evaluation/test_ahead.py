"""The card's quality figures worked out ahead in a helper process: the same figures as
worked out in the release step, and no helper outlives the build."""

from __future__ import annotations

from pathlib import Path

from pipeline.evaluation import ahead
from pipeline.evaluation.summary import quality_summary


def test_figures_started_ahead_equal_those_worked_out_in_place(small_corpus: Path) -> None:
    ahead.start(small_corpus)
    try:
        assert small_corpus.resolve() in ahead._started
        assert ahead.quality_figures(small_corpus) == quality_summary(small_corpus)
        assert not ahead._started  # taken once
    finally:
        ahead.stop_all()


def test_without_a_start_the_figures_are_worked_out_in_place(small_corpus: Path) -> None:
    assert ahead.quality_figures(small_corpus) == quality_summary(small_corpus)
    assert ahead.quality_figures(small_corpus / "missing") is None


def test_no_corpus_starts_no_helper(tmp_path: Path) -> None:
    ahead.start(tmp_path / "missing")
    assert not ahead._started


def test_a_helper_not_taken_is_ended(small_corpus: Path) -> None:
    ahead.start(small_corpus)
    helper = ahead._started[small_corpus.resolve()].process
    ahead.stop_all()
    assert not helper.is_alive() and not ahead._started


def test_a_failed_helper_falls_back_to_working_them_out(small_corpus: Path) -> None:
    ahead.start(small_corpus)
    ahead._started[small_corpus.resolve()].process.kill()
    assert ahead.quality_figures(small_corpus) == quality_summary(small_corpus)
