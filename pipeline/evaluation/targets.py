"""The quality targets, read from ``targets.yaml`` beside this module: one table for the
tests, the dataset card and ``evaluate --strict``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

TARGETS_FILE = Path(__file__).with_name("targets.yaml")


@cache
def _table() -> dict[str, dict[str, dict[str, float]]]:
    data = yaml.safe_load(TARGETS_FILE.read_text(encoding="utf-8"))
    return {
        kind: {group: {str(m): float(t) for m, t in rows.items()} for group, rows in groups.items()}
        for kind, groups in data.items()
    }


def end_to_end(group: str) -> dict[str, float]:
    """Targets for whole-interview extraction by group (``test``, ``reference``, ...)."""
    return dict(_table()["end_to_end"][group])


def attributes_on_gold_spans(group: str) -> dict[str, float]:
    """Targets for the attribute finders alone on gold spans: ``reference`` or ``fixtures``."""
    return dict(_table()["attributes_on_gold_spans"][group])


def figure(result: Mapping[str, Any], measure: str) -> float:
    """A per-interview result's figure by its dotted name, e.g. ``claims.f1``."""
    table, key = measure.split(".")
    return float(result[table][key])


def shortfalls(figures: Mapping[str, float], targets: Mapping[str, float]) -> list[str]:
    """The measures below their target, as readable lines; empty when every target is met."""
    return [
        f"{m} is {figures[m]:.3f}, below the target {t:.2f}"
        for m, t in targets.items()
        if figures[m] < t
    ]


def figures_of(result: Mapping[str, Any], targets: Mapping[str, float]) -> dict[str, float]:
    """The figures of one interview's result for the measures ``targets`` names."""
    return {m: figure(result, m) for m in targets}
