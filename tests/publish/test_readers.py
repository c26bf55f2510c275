"""Issue 17, parts 3 and 4: a release read as researchers read it, with the real clients:
DuckDB, Polars, Hugging Face `datasets` (by config and by data_dir), Frictionless and
``pipeline.load``; dates are dates, no column is an SQL keyword, each format loads on its own,
and the Parquet files are validated row by row."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pyarrow.parquet as pq
from frictionless import Package

from pipeline.access.load import load
from pipeline.publish.files import read_tables, write_checksums, write_parquet
from pipeline.publish.layout import release_tables, table_path
from pipeline.publish.tables import typed
from pipeline.publish.verify import verify_release
from schemas import REGISTRY

from ..two_licences import Built


def _parquet(built: Built, name: str) -> str:
    return str(table_path(built.release, name, "parquet"))


def test_no_column_is_named_by_an_sql_keyword() -> None:
    reserved = {
        row[0].lower()
        for row in duckdb.sql(
            "select keyword_name from duckdb_keywords() where keyword_category = 'reserved'"
        ).fetchall()
    }
    named = {(t.name, c.name) for t in REGISTRY for c in t.columns if c.name in reserved}
    assert named == set()


def test_duckdb_reads_dates_as_dates_in_both_formats(two_licences: Built) -> None:
    documents = _parquet(two_licences, "documents")
    types = {r[0]: r[1] for r in duckdb.sql(f"describe select * from '{documents}'").fetchall()}
    assert types["interview_date"] == "DATE" and types["published_date"] == "DATE"
    times = _parquet(two_licences, "times")
    rows = duckdb.sql(
        f"select start_iso, end_iso, period_start, period_end, granularity from '{times}' "
        "where period_start >= date '2022-03-01' and period_end <= date '2022-03-31'"
    ).fetchall()
    assert ("2022-03", "2022-03", dt.date(2022, 3, 1), dt.date(2022, 3, 31), "month") in rows
    csv = str(table_path(two_licences.release, "times", "csv"))
    csv_types = {r[0]: r[1] for r in duckdb.sql(f"describe select * from '{csv}'").fetchall()}
    assert csv_types["period_start"] == "DATE"
    # a claim reaches its question directly
    claims, passages = _parquet(two_licences, "claims"), _parquet(two_licences, "passages")
    asked = duckdb.sql(
        f"select count(*) from '{claims}' c join '{passages}' q on q.passage_id = c.question_id "
        "where q.kind = 'question'"
    ).fetchall()
    assert asked[0][0] > 0


def test_polars_reads_every_table_with_dates_typed(two_licences: Built) -> None:
    for name in release_tables(two_licences.release):  # the tables this release has
        frame = pl.read_parquet(_parquet(two_licences, name))
        assert frame.columns == [
            c.name for c in next(t for t in REGISTRY if t.name == name).columns
        ]
        csv = pl.read_csv(table_path(two_licences.release, name, "csv"), try_parse_dates=True)
        assert csv.height == frame.height
    times = pl.read_parquet(_parquet(two_licences, "times"))
    assert times.schema["period_start"] == pl.Date and times.schema["period_end"] == pl.Date
    documents = pl.read_parquet(_parquet(two_licences, "documents"))
    assert documents.schema["interview_date"] == pl.Date
    assert times.filter(pl.col("period_end") < pl.date(2023, 1, 1)).height > 0


def test_pipeline_load_gives_dates_as_datetimes(two_licences: Built) -> None:
    documents = load("documents", source=two_licences.release)
    assert documents["interview_date"].dtype.kind == "M"
    times = load("times", source=two_licences.release)
    assert times["period_start"].dtype.kind == "M"
    assert list(times.columns) == [
        "claim_id", "text", "start_iso", "end_iso", "period_start", "period_end", "granularity",
        "char_start", "char_end",
    ]  # fmt: skip


_HF = """
import json, sys
from datasets import load_dataset
release = sys.argv[1]
by_config = load_dataset(release, "times")["train"]
by_dir = load_dataset("parquet", data_dir=release + "/data/parquet",
                      data_files="claims.parquet")["train"]
documents = load_dataset(release, "documents")["train"]
csv = load_dataset("csv", data_files=release + "/data/csv/claims.csv")["train"]
print(json.dumps({
    "times_features": {k: str(v) for k, v in by_config.features.items()},
    "times_rows": by_config.num_rows,
    "claims_rows": by_dir.num_rows,
    "csv_rows": csv.num_rows,
    "interview_date": str(documents.features["interview_date"]),
}))
"""


def test_hugging_face_datasets_loads_by_config_and_by_data_dir(
    two_licences: Built, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "HF_HOME": str(tmp_path / "hf"),
        "HF_DATASETS_OFFLINE": "1",
        "HF_HUB_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", _HF, str(two_licences.release)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    tables = read_tables(two_licences.release, ("claims", "times"))
    assert out["times_rows"] == len(tables["times"])
    assert out["claims_rows"] == out["csv_rows"] == len(tables["claims"])
    assert "date32" in out["times_features"]["period_start"]
    assert "date32" in out["interview_date"]


def test_frictionless_validates_the_rows_of_both_formats(two_licences: Built) -> None:
    package = json.loads((two_licences.release / "datapackage.json").read_text("utf-8"))
    parquet = next(r for r in package["resources"] if r["name"] == "claims-parquet")
    assert parquet["profile"] == "tabular-data-resource" and parquet["format"] == "parquet"
    report = Package(str(two_licences.release / "datapackage.json")).validate()
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type"])
    validated = {task.name for task in report.tasks}
    assert {"claims", "claims-parquet", "times-parquet", "documents-parquet"} <= validated


def _forged_copy(built: Built, tmp_path: Path) -> Path:
    copy = tmp_path / "forged"
    shutil.copytree(built.release, copy)
    for path in copy.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return copy


def test_a_parquet_table_that_breaks_its_schema_is_caught(
    two_licences: Built, tmp_path: Path
) -> None:
    """Checksums made to agree: only checking the Parquet rows can see it."""
    copy = _forged_copy(two_licences, tmp_path)
    claims = read_tables(copy, ("claims",))["claims"]
    claims.loc[0, "claim_type"] = "rumour"
    claims.loc[1, "claim_id"] = claims.loc[2, "claim_id"]
    write_parquet(typed("claims", claims), "claims", table_path(copy, "claims", "parquet"))
    write_checksums(copy)
    problems = "\n".join(verify_release(copy))
    assert "claims.claim_type: isin" in problems
    assert "share a primary key" in problems
    assert "data/csv/claims.csv: does not hold the rows of data/parquet/claims.parquet" in problems
    report = Package(str(copy / "datapackage.json")).validate()
    errors = {t.name: {e.type for e in t.errors} for t in report.tasks}
    assert {"constraint-error", "primary-key"} <= errors["claims-parquet"]


def test_parquet_types_are_the_registrys(two_licences: Built) -> None:
    schema = pq.read_schema(_parquet(two_licences, "documents"))
    assert str(schema.field("interview_date").type) == "date32[day]"
    assert schema.field("text").nullable
