"""A small corpus in a temporary folder, built from two of the interviews written for the
tests: one in the test split and one in the development split."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

INTERVIEWS = Path(__file__).resolve().parents[1] / "data" / "interviews"
TEST_ID, DEV_ID = "okafor-euro-inflation-2023", "ferrer-spain-drought-2023"


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    for folder in ("texts", "gold", "passes"):
        (corpus / folder).mkdir(parents=True)
    entries = []
    for source_id, split in ((TEST_ID, "test"), (DEV_ID, "dev")):
        for ext in ("txt", "yaml"):
            shutil.copy(INTERVIEWS / f"{source_id}.{ext}", corpus / "texts" / f"{source_id}.{ext}")
        shutil.copy(INTERVIEWS / f"{source_id}.gold.jsonl", corpus / "gold" / f"{source_id}.jsonl")
        entries.append({"id": source_id, "split": split, "text": "texts", "layout": "q-a-labels"})
    (corpus / "corpus.yaml").write_text(
        yaml.safe_dump({"codebook_version": "9.9.9", "interviews": entries}), encoding="utf-8"
    )
    return corpus
