"""Extraction on the project's own annotated interviews, one per common layout (speaker
lines, inline labels, Q:/A:, numbered questions, several interviewers, host introductions,
standfirsts, captions, pull quotes, web furniture)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.evaluation import targets
from pipeline.evaluation.scoring import read_gold, score_tables
from pipeline.extraction import extract_source

INTERVIEWS = Path(__file__).resolve().parent / "data" / "interviews"
GOLDS = sorted(INTERVIEWS.glob("*.gold.jsonl"))
LABEL = re.compile(r"(^|\n)\s*(Q|A|Question|Answer|\d{1,2})\s*[:.]\s")


def test_there_is_an_interview_per_layout() -> None:
    assert len(GOLDS) >= 4


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.name.split(".")[0])
def test_extraction_matches_the_annotation(gold: Path) -> None:
    source_id = gold.name.split(".")[0]
    tables = extract_source(INTERVIEWS, source_id)
    result = score_tables(tables, read_gold(gold), source_id)
    goals = targets.end_to_end("fixtures")
    figures = targets.figures_of(result, goals)
    assert targets.shortfalls(figures, goals) == [], result["missed"] + result["spurious"]
    names = {
        n.strip()
        for col in ("interviewee", "interviewer")
        for v in tables["documents"][col].dropna()
        for n in str(v).split(";")
    }
    for text in tables["claims"]["text"]:
        assert not LABEL.search(text), f"speaker label inside a claim: {text!r}"
        assert not any(text.startswith(f"{name}:") for name in names), text
        assert "\n\n" not in text
