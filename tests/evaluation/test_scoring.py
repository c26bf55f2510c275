"""Micro and macro figures over several interviews."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluation.scoring import aggregate


def _prf(tp: int, predicted: int, gold: int) -> dict[str, Any]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "predicted": predicted, "gold": gold, "precision": p, "recall": r, "f1": f}


def _result(claims: tuple[int, int, int], quantities: tuple[int, int, int], typed: int, n: int):
    return {
        "claims": _prf(*claims),
        "hedged": _prf(0, 0, 0),
        "quantities": _prf(*quantities),
        "times": _prf(0, 0, 0),
        "entities": _prf(1, 1, 1),
        "speaker_role": {"accuracy": 1.0, "correct": n, "n": n},
        "claim_type": {"accuracy": typed / n, "correct": typed, "n": n},
        "evaluative": {"recall": 0.0, "correct": 0, "n": 0},
    }


def test_micro_pools_counts_and_macro_averages_interviews() -> None:
    big = _result((90, 100, 100), (0, 0, 0), typed=90, n=90)
    small = _result((1, 2, 2), (1, 1, 2), typed=0, n=1)
    figures = aggregate([big, small])
    assert figures["interviews"] == 2
    assert figures["micro"]["claims.f1"] == pytest.approx(91 / 102, abs=1e-3)
    assert figures["macro"]["claims.f1"] == pytest.approx((0.9 + 0.5) / 2, abs=1e-3)
    assert figures["micro"]["claim_type.accuracy"] == pytest.approx(90 / 91, abs=1e-3)
    assert figures["macro"]["claim_type.accuracy"] == pytest.approx(0.5, abs=1e-3)


def test_macro_skips_interviews_where_a_measure_is_undefined() -> None:
    """An interview with no quantities, gold or predicted, says nothing about quantities."""
    none = _result((1, 1, 1), (0, 0, 0), typed=1, n=1)
    some = _result((1, 1, 1), (1, 2, 1), typed=1, n=1)
    figures = aggregate([none, some])
    assert figures["macro"]["quantities.f1"] == pytest.approx(2 / 3, abs=1e-3)
    assert figures["macro"]["hedged.f1"] == 0.0
    assert figures["macro"]["evaluative.recall"] == 0.0


def test_a_quantity_without_unit_is_keyed_alike_from_a_table_and_from_the_gold() -> None:
    # a table stores a missing unit as NaN, a gold line as null: both mean "no unit"
    from pipeline.evaluation.scoring import quantity_key

    assert quantity_key({"value": 7.0, "unit": float("nan")}) == quantity_key(
        {"value": 7, "unit": None}
    )
    assert quantity_key({"value": 7.0, "unit": "day"}) != quantity_key({"value": 7, "unit": None})


def _all_pairs(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The matching as first written: every pair scored, best overlap first."""
    from pipeline.evaluation.scoring import IOU_MIN

    def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
        inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
        union = max(a[1], b[1]) - min(a[0], b[0])
        return inter / union if union else 0.0

    candidates = sorted(
        ((iou(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for overlap, gi, pi in candidates:
        if overlap >= IOU_MIN and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matches.append((gi, pi))
    return matches


def test_span_matching_pairs_exactly_as_scoring_all_pairs() -> None:
    """The windowed search finds the same pairs, in the same order, as all pairs would:
    nested, shifted, equal, empty and ties of overlap included."""
    import random

    from pipeline.evaluation.scoring import match_spans

    rng = random.Random(7)
    for _ in range(400):
        spans = []
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(0, 200)
            spans.append((start, start + rng.choice([0, 1, 2, 5, 10, 20, 40, 80])))
        gold = rng.sample(spans, k=len(spans) // 2)
        pred = [(s + rng.randint(-6, 6), e + rng.randint(-6, 6)) for s, e in spans]
        pred = [(max(0, s), max(0, s, e)) for s, e in pred]
        assert match_spans(gold, pred) == _all_pairs(gold, pred)


def test_a_long_prediction_over_a_short_gold_span_matches_only_at_half_overlap() -> None:
    from pipeline.evaluation.scoring import match_spans

    # gold 100-110 inside predictions of length 20 (IoU 0.5) and 21 (below)
    assert match_spans([(100, 110)], [(90, 110)]) == [(0, 0)]
    assert match_spans([(100, 110)], [(89, 110)]) == []
    # the best overlap wins; the other prediction stays unmatched
    assert match_spans([(0, 10)], [(0, 9), (0, 10)]) == [(0, 1)]


def test_scoring_one_interview_from_tables() -> None:
    """Attributes are compared on matched pairs, items as sets per claim, and the
    unmatched spans are listed."""
    import pandas as pd

    from pipeline.evaluation.scoring import score_tables

    text = "Rents rose by 5% in 2020. I think the mayor failed. Vote for us."
    claims = pd.DataFrame(
        {
            "claim_id": ["c1", "c2", "c3"],
            "source_id": ["s", "s", "s"],
            "text": ["Rents rose by 5% in 2020.", "the mayor failed.", "Vote for us."],
            "char_start": [0, 34, 52],
            "char_end": [25, 51, 64],
            "speaker_role": ["interviewee", "interviewee", "interviewer"],
            "claim_type": ["factual", "evaluative", "evaluative"],
            "hedged": [False, False, False],
        }
    )
    tables = {
        "documents": pd.DataFrame({"source_id": ["s", "t"], "text": [text, "other"]}),
        "claims": claims,
        "quantities": pd.DataFrame(
            {
                "claim_id": ["c1", "c1"],
                "value": [5.0, 5.0],
                "value_low": [None, None],
                "value_high": [None, None],
                "unit": ["percent", "percent"],
            }
        ),
        "times": pd.DataFrame({"claim_id": ["c1"], "start_iso": ["2020"], "end_iso": ["2020"]}),
        "mentions": pd.DataFrame({"claim_id": ["c2", "c3"], "entity_id": ["e1", "e9"]}),
        "entities": pd.DataFrame({"entity_id": ["e1"], "name": ["Mayor"]}),
    }
    gold: list[dict[str, Any]] = [
        {"text": "Rents rose by 5% in 2020.", "speaker_role": "interviewee",
         "claim_type": "factual", "hedged": False,
         "quantities": [{"value": 5, "unit": "percent"}],
         "times": [{"start": "2020", "end": "2020"}]},
        {"text": "I think the mayor failed.", "speaker_role": "interviewee",
         "claim_type": "evaluative", "hedged": True, "entities": [{"name": "mayor"}]},
    ]  # fmt: skip
    result = score_tables(tables, gold, "s")
    assert (result["claims"]["tp"], result["claims"]["predicted"]) == (2, 3)
    assert result["claim_type"]["correct"] == 2
    assert result["hedged"]["gold"] == 1 and result["hedged"]["tp"] == 0
    assert result["quantities"]["tp"] == 1 and result["quantities"]["predicted"] == 1
    assert result["times"]["tp"] == 1
    assert result["entities"]["tp"] == 1  # "Mayor" and "mayor"; e9 is not an entity
    assert result["claim_type_confusion"] == {"evaluative->evaluative": 1, "factual->factual": 1}
    assert result["spurious"] == ["Vote for us."]
    assert result["missed"] == []


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('{"text": "The port reopened", "speaker_role": "other"}', "speaker_role"),
        ('{"text": "The port reopened", "claim_type": "opinion"}', "claim_type"),
    ],
)
def test_a_gold_value_outside_the_vocabulary_names_the_file_and_line(
    tmp_path: Path, line: str, field: str
) -> None:
    from pipeline.evaluation.scoring import GoldError, read_gold

    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "Rates rose", "speaker_role": "editorial"}\n' + line + "\n")
    with pytest.raises(GoldError, match=rf"gold\.jsonl:2: {field} "):
        read_gold(gold)


def test_every_corpus_gold_and_pass_file_uses_the_datasets_vocabularies() -> None:
    from pipeline.evaluation.scoring import read_gold

    corpus = Path(__file__).resolve().parents[2] / "corpus"
    files = sorted((corpus / "gold").glob("*.jsonl")) + sorted((corpus / "passes").glob("*.jsonl"))
    assert files
    for path in files:
        assert read_gold(path)
