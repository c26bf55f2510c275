"""The corpus: its manifest, per-split evaluation, pass agreement and the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.evaluation import targets
from pipeline.evaluation.agreement import agreement
from pipeline.evaluation.corpus import evaluate, load_corpus
from pipeline.evaluation.scoring import GoldError
from pipeline.evaluation.summary import quality_summary

from .conftest import DEV_ID, TEST_ID

PROJECT = Path(__file__).resolve().parents[2]


def test_each_split_is_scored_on_its_own_interviews(small_corpus: Path) -> None:
    report = evaluate(load_corpus(small_corpus), ("test", "dev"))
    test, dev = report["splits"]["test"], report["splits"]["dev"]
    assert [r["source_id"] for r in test["results"]] == [TEST_ID]
    assert [r["source_id"] for r in dev["results"]] == [DEV_ID]
    assert report["codebook_version"] == "9.9.9"
    # one interview: micro and macro agree
    assert test["micro"]["claims.f1"] == test["macro"]["claims.f1"] > 0.5


def test_a_pass_equal_to_the_gold_agrees_fully_and_a_thinner_one_does_not(
    small_corpus: Path,
) -> None:
    gold = small_corpus / "gold" / f"{TEST_ID}.jsonl"
    shutil.copy(gold, small_corpus / "passes" / f"{TEST_ID}.a.jsonl")
    lines = gold.read_text(encoding="utf-8").splitlines()
    (small_corpus / "passes" / f"{TEST_ID}.b.jsonl").write_text(
        "\n".join(lines[: len(lines) // 2]) + "\n", encoding="utf-8"
    )
    report = agreement(load_corpus(small_corpus))
    a, b = report["passes"]["a"]["macro"], report["passes"]["b"]["macro"]
    assert a["claims.f1"] == a["entities.f1"] == a["claim_type.accuracy"] == 1.0
    assert b["claims.precision"] == 1.0 and b["claims.recall"] < 0.6
    assert list(report["interviews"]) == [TEST_ID]


def test_the_card_summary_holds_the_test_targets(small_corpus: Path) -> None:
    summary = quality_summary(small_corpus)
    assert summary is not None
    assert summary["targets"]["test"] == targets.end_to_end("test")
    assert set(summary["splits"]) == {"test", "dev"}
    assert "results" not in summary["splits"]["test"]
    assert quality_summary(small_corpus / "missing") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"split": "holdout"}, "split must be one of"),
        ({"text": "../../etc"}, "text must be one of"),
    ],
)
def test_a_bad_manifest_entry_is_named(small_corpus: Path, change: dict, message: str) -> None:
    path = small_corpus / "corpus.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["interviews"][0].update(change)
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        load_corpus(small_corpus)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    cli = [sys.executable, "-m", "pipeline.cli"]
    return subprocess.run(
        [*cli, *args], capture_output=True, text=True, cwd=PROJECT, check=False, timeout=300
    )


def test_evaluate_reports_each_split_and_strict_fails_below_target(small_corpus: Path) -> None:
    done = _cli("evaluate", "--corpus", str(small_corpus), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report["splits"]) == {"test", "dev"}
    assert {"micro", "macro", "interviews"} <= set(report["splits"]["test"])
    text = _cli("evaluate", "--corpus", str(small_corpus), "--split", "test", "--per-interview")
    assert "split test: 1 interview(s)" in text.stdout and TEST_ID in text.stdout
    figures = report["splits"]["test"]["macro"]
    below = targets.shortfalls(figures, targets.end_to_end("test"))
    strict = _cli("evaluate", "--corpus", str(small_corpus), "--strict")
    assert strict.returncode == (1 if below else 0), strict.stderr


def test_the_project_corpus_is_sound() -> None:
    """Every listed interview has its text and gold, and every gold span is in its text."""
    from pipeline.evaluation.corpus import score_interview

    corpus = load_corpus(PROJECT / "corpus")
    assert corpus.in_split("reference")
    for interview in corpus.interviews:
        assert (corpus.folder(interview) / f"{interview.source_id}.txt").is_file()
        if not interview.pending:
            assert score_interview(corpus, interview)["claims"]["gold"] > 0


def test_the_test_split_is_a_third_of_the_corpus_spread_over_layouts() -> None:
    """Fixed before any rule work (corpus/corpus.yaml); every layout with three or more
    interviews has one in the test split."""
    corpus = load_corpus(PROJECT / "corpus")
    real = [i for i in corpus.interviews if i.split != "reference"]
    test = [i for i in real if i.split == "test"]
    assert len(test) * 3 >= len(real)
    by_layout: dict[str, set[str]] = {}
    for interview in real:
        by_layout.setdefault(interview.layout, set()).add(interview.split)
    assert all(
        "test" in splits
        for layout, splits in by_layout.items()
        if sum(i.layout == layout for i in real) >= 3
    )


def test_the_card_figures_do_not_warn_about_corpus_texts(
    small_corpus: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A corpus text read as a monologue is not the user's source: no warning reaches them."""
    from pipeline.extraction import extract_source

    texts = small_corpus / "texts"
    (texts / f"{TEST_ID}.txt").write_text("Prices rose in May. Wages did not.\n", encoding="utf-8")
    (small_corpus / "gold" / f"{TEST_ID}.jsonl").write_text(
        '{"speaker_role": "interviewee", "text": "Prices rose in May", "claim_type": "factual", '
        '"hedged": false, "quantities": [], "times": [], "entities": []}\n',
        encoding="utf-8",
    )
    with caplog.at_level("WARNING"):
        extract_source(texts, TEST_ID)
    assert any("monologue" in r.getMessage() for r in caplog.records)  # it would warn
    caplog.clear()
    with caplog.at_level("WARNING"):
        assert quality_summary(small_corpus) is not None
    assert not [r for r in caplog.records if "monologue" in r.getMessage()]


def test_no_text_read_while_tuning_is_in_the_corpus() -> None:
    """Fresh texts (corpus/tuning-texts.tsv) are real interviews read while writing rules: one
    of them in the test split would be measured on text the rules were written from, and one in
    dev would be counted twice. A later batch of the corpus must leave them out."""
    corpus = load_corpus(PROJECT / "corpus")
    in_corpus = {i.retrieved_from.split("@")[0] for i in corpus.interviews if i.retrieved_from}
    lines = (PROJECT / "corpus" / "tuning-texts.tsv").read_text(encoding="utf-8").splitlines()
    header, rows = lines[0].split("\t"), [line.split("\t") for line in lines[1:] if line]
    assert header == ["id", "field", "source", "publisher", "layout"]
    assert rows and all(len(row) == len(header) for row in rows)
    read = {row[2].split("@")[0] for row in rows}
    assert not read & in_corpus
    assert not {row[0] for row in rows} & {i.source_id for i in corpus.interviews}
