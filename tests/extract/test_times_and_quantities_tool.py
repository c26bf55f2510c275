"""tools/attribute_errors.py: it classes a claim's quantity and time differences, and it never
reads another split than dev."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from pipeline.evaluation.corpus import Corpus, Interview
from pipeline.evaluation.scoring import GoldError

TOOL = Path(__file__).resolve().parents[2] / "tools" / "attribute_errors.py"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("attribute_errors", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_only_dev_interviews_are_read(tool: ModuleType) -> None:
    """The error tools read the interviews ``Corpus.dev_only`` gives: never another split."""
    split_of = {"a": "dev", "b": "test", "c": "reference"}
    corpus = Corpus(
        Path("corpus"),
        "2.0.0",
        tuple(
            Interview(i, split, "q-a-labels", "texts", None, None) for i, split in split_of.items()
        ),
    )
    assert [i.source_id for i in corpus.dev_only()] == ["a"]
    assert [i.source_id for i in corpus.dev_only("a")] == ["a"]
    for other in ("b", "c", "unknown"):
        with pytest.raises(GoldError):
            corpus.dev_only(other)
    with pytest.raises(SystemExit):
        tool.main(["--field", "times", "--id", "unknown-interview"])


def test_quantity_differences_are_classed(tool: ModuleType) -> None:
    gold = [
        {"text": "12 ferries", "value": 12, "unit": "ferry"},
        {"text": "3 to 4%", "value": None, "value_low": 3, "value_high": 4, "unit": "percent"},
        {"text": "nine harbours", "value": 9, "unit": "harbour"},
    ]
    pred = [
        {"text": "12", "value": 12, "unit": None},
        {"text": "3", "value": 3, "unit": "percent"},
        {"text": "two", "value": 2, "unit": None},
    ]
    kinds = [kind for kind, _ in tool.claim_errors("quantities", gold, pred)]
    assert kinds == ["unit", "range", "missed", "spurious"]


def test_time_differences_are_classed(tool: ModuleType) -> None:
    gold = [
        {"text": "in 2019", "start": "2019", "end": "2019"},
        {"text": "since the flood", "start": None, "end": "2024-06-12"},
        {"text": "last spring", "start": "2023-03", "end": "2023-05"},
    ]
    pred = [
        {"text": "in 2019", "start_iso": "2019-05", "end_iso": "2019-05"},
        {"text": "since the flood", "start_iso": None, "end_iso": None},
        {"text": "last spring", "start_iso": "2024-03", "end_iso": "2024-05"},
    ]
    kinds = [kind for kind, _ in tool.claim_errors("times", gold, pred)]
    assert kinds == ["granularity", "null", "both"]
