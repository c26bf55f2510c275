"""Micro and macro figures over several interviews."""

from __future__ import annotations

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
