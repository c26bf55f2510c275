"""The card's quality figures worked out ahead in a helper process: the same figures as
worked out in the release step, and no helper outlives the build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.evaluation.ahead import QualityAhead
from pipeline.evaluation.summary import quality_summary


def test_figures_started_ahead_equal_those_worked_out_in_place(small_corpus: Path) -> None:
    with QualityAhead() as ahead:
        ahead.start(small_corpus)
        assert small_corpus.resolve() in ahead._started
        assert ahead.figures(small_corpus) == quality_summary(small_corpus)
        assert not ahead._started  # taken once


def test_without_a_start_the_figures_are_worked_out_in_place(small_corpus: Path) -> None:
    ahead = QualityAhead()
    assert ahead.figures(small_corpus) == quality_summary(small_corpus)
    assert ahead.figures(small_corpus / "missing") is None


def test_no_corpus_starts_no_helper(tmp_path: Path) -> None:
    ahead = QualityAhead()
    ahead.start(tmp_path / "missing")
    assert not ahead._started


def test_a_helper_not_taken_is_ended(small_corpus: Path) -> None:
    with QualityAhead() as ahead:
        ahead.start(small_corpus)
        helper = ahead._started[small_corpus.resolve()].process
    assert not helper.is_alive() and not ahead._started


def test_each_build_has_its_own_helpers(small_corpus: Path) -> None:
    """The helpers are the owner's, not the process's: one build's are not another's."""
    with QualityAhead() as first, QualityAhead() as second:
        first.start(small_corpus)
        assert small_corpus.resolve() in first._started and not second._started


def test_a_failed_helper_falls_back_to_working_them_out(small_corpus: Path) -> None:
    with QualityAhead() as ahead:
        ahead.start(small_corpus)
        ahead._started[small_corpus.resolve()].process.kill()
        assert ahead.figures(small_corpus) == quality_summary(small_corpus)


def test_a_build_hands_its_helpers_to_the_release_step(
    instance: Any, tmp_path: Path, small_corpus: Path, epoch: int, monkeypatch: Any
) -> None:
    """The release step of a build takes the figures its build started ahead (the build's
    QualityAhead reaches it as the quality_ahead resource), and none is left running."""
    from pipeline.runner import build

    taken: list[bool] = []
    owners: list[QualityAhead] = []
    figures = QualityAhead.figures

    def recording(self: QualityAhead, corpus_dir: Path) -> dict[str, Any] | None:
        taken.append(corpus_dir.resolve() in self._started)
        owners.append(self)
        return figures(self, corpus_dir)

    monkeypatch.setattr(QualityAhead, "figures", recording)
    result = build(small_corpus / "texts", tmp_path / "out", corpus_dir=small_corpus, say=print)
    assert result.published and taken == [True]
    assert not owners[0]._started
