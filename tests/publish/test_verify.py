"""``validate`` on a published release: tampering is detected and named; the generated
metadata passes the Frictionless and CFF validators."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from frictionless import validate

from pipeline.publish.release import publish
from pipeline.publish.tables import Tables
from pipeline.publish.verify import verify_release
from tests.conftest import cffconvert_validate


@pytest.fixture
def release(tmp_path: Path, reference_tables: Tables, epoch: int) -> Path:
    result = publish(reference_tables, tmp_path)
    assert result.path is not None
    return result.path


def test_a_sound_release_passes(release: Path) -> None:
    assert verify_release(release) == []


def test_changed_file_is_named(release: Path) -> None:
    path = release / "data" / "csv" / "claims.csv"
    path.write_bytes(path.read_bytes().replace(b"Kazakhstan", b"Kazakhstam", 1))
    assert verify_release(release) == [
        "data/csv/claims.csv: changed (its sha256 differs from SHA256SUMS)"
    ]


def test_missing_and_extra_files_are_named(release: Path) -> None:
    (release / "CHANGELOG.md").unlink()
    (release / "data" / "csv" / "extra.csv").write_text("a\n1\n")
    assert verify_release(release) == [
        "CHANGELOG.md: missing (listed in SHA256SUMS)",
        "data/csv/extra.csv: extra file (not listed in SHA256SUMS)",
    ]


def test_unsafe_names_in_checksums_are_refused(release: Path) -> None:
    sums = release / "SHA256SUMS"
    sums.write_text(sums.read_text() + f"{'0' * 64}  ../outside\n")
    problems = verify_release(release)
    assert any(
        "SHA256SUMS" in p and "not a '<sha256>  <relative path>' line" in p for p in problems
    )


def test_frictionless_validates_the_data_package(release: Path) -> None:
    report = validate(str(release / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:5]


def test_frictionless_catches_a_broken_foreign_key(release: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(release, broken)
    csv = broken / "data" / "csv" / "claims.csv"
    claims = pd.read_csv(csv, dtype=str, keep_default_na=False)
    claims.loc[0, "passage_id"] = "p_ffffffffffffffff"
    claims.to_csv(csv, index=False)
    report = validate(str(broken / "datapackage.json"))
    assert ["foreign-key"] in report.flatten(["type"])


def test_citation_file_passes_cffconvert(release: Path) -> None:
    done = cffconvert_validate(release / "CITATION.cff")
    assert done.returncode == 0, done.stdout + done.stderr
