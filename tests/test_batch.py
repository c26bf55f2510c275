"""Extraction of many sources in worker processes gives what one process gives, in order."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.batch import extract_sources, worker_count
from pipeline.extract.documents import SourceError
from pipeline.extraction import extract_source
from pipeline.publish.tables import to_arrow

from .conftest import PROJECT, REFERENCE_ID

INTERVIEWS = PROJECT / "tests" / "data" / "interviews"


@pytest.fixture
def four_sources(reference_sources: Path) -> list[str]:
    others = sorted(p.stem for p in INTERVIEWS.glob("*.txt"))[:3]
    for source_id in others:
        for ext in ("txt", "yaml"):
            shutil.copy(INTERVIEWS / f"{source_id}.{ext}", reference_sources / f"{source_id}.{ext}")
    return sorted([*others, REFERENCE_ID])


def test_worker_count_follows_the_batch_size() -> None:
    assert worker_count(10, workers=4, per_worker=25) == 1
    assert worker_count(60, workers=4, per_worker=25) == 2
    assert worker_count(1000, workers=2, per_worker=25) == 2
    assert worker_count(0, workers=2) == 1


def test_two_processes_give_the_same_tables_in_the_same_order(
    reference_sources: Path, four_sources: list[str]
) -> None:
    order = list(reversed(four_sources))  # not sorted: the caller's order must be kept
    parallel = list(extract_sources(reference_sources, order, workers=2, per_worker=1))
    assert [key for key, _ in parallel] == order
    for key, tables in parallel:
        serial = to_arrow(extract_source(reference_sources, key))
        assert tables.keys() == serial.keys()
        for name in serial:
            assert tables[name].equals(serial[name]), (key, name)


def test_a_bad_source_in_a_worker_is_reported_with_its_file_and_line(
    reference_sources: Path, four_sources: list[str]
) -> None:
    bad = reference_sources / f"{four_sources[1]}.txt"
    bad.write_bytes(b"Question?\nAn answer \xff here.\n")
    with pytest.raises(SourceError) as raised:
        list(extract_sources(reference_sources, four_sources, workers=2, per_worker=1))
    assert raised.value.path == str(bad)
    assert raised.value.line == 2
    assert "UTF-8" in raised.value.problem


UNGUARDED_SCRIPT = """
import sys
from pathlib import Path
from pipeline.batch import extract_sources

ids = sys.argv[2:]
found = extract_sources(Path(sys.argv[1]), ids, workers=2, per_worker=1, warn=print)
print("extracted", " ".join(key for key, _ in found))
"""


def test_workers_that_cannot_start_leave_the_work_to_one_process(
    tmp_path: Path, reference_sources: Path, four_sources: list[str]
) -> None:
    """A calling script without a ``__main__`` guard: "spawn" runs it again in each worker,
    which breaks the pool; every source is still extracted, and the caller is told."""
    script = tmp_path / "unguarded.py"
    script.write_text(UNGUARDED_SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(reference_sources), *four_sources],
        cwd=PROJECT,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert f"extracted {' '.join(four_sources)}" in lines
    assert any("extracting the rest in this process" in line for line in lines)
