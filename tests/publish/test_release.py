"""Publishing: the first release, no-op builds, refusal to overwrite, the delta table,
byte-identical rebuilds, and nothing published when validation fails."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from pipeline.publish.files import read_tables, write_parquet
from pipeline.publish.index import read_index
from pipeline.publish.release import PublishError, publish
from pipeline.publish.tables import Tables, combine, to_arrow, typed
from pipeline.publish.verify import verify_release
from pipeline.publish.versioning import VersionError


def copy(tables: Tables) -> Tables:
    return {name: frame.copy() for name, frame in tables.items()}


def tree(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def test_first_release_layout(tmp_path: Path, reference_tables: Tables, epoch: int) -> None:
    result = publish(reference_tables, tmp_path)
    assert result.version == "1.0.0"
    release = tmp_path / "releases" / "1.0.0"
    names = set(tree(release))
    for table in (
        "documents",
        "passages",
        "claims",
        "entities",
        "mentions",
        "quantities",
        "times",
        "changes",
    ):
        assert f"data/parquet/{table}.parquet" in names and f"data/csv/{table}.csv" in names
        parquet = pd.read_parquet(release / "data" / "parquet" / f"{table}.parquet")
        csv = pd.read_csv(release / "data" / "csv" / f"{table}.csv", keep_default_na=False)
        assert len(parquet) == len(csv), table
    for name in (
        "datapackage.json",
        "CITATION.cff",
        "README.md",
        "CHANGELOG.md",
        "SHA256SUMS",
        ".zenodo.json",
    ):
        assert name in names
    index = json.loads((tmp_path / "releases" / "index.json").read_text())
    assert [e["version"] for e in index["releases"]] == ["1.0.0"]
    assert index["releases"][0]["date"] == "2024-01-02"
    assert verify_release(release) == []


def test_a_build_with_identical_tables_publishes_nothing(
    tmp_path: Path, reference_tables: Tables, epoch: int
) -> None:
    publish(reference_tables, tmp_path)
    before = tree(tmp_path)
    result = publish(copy(reference_tables), tmp_path)
    assert not result.published
    assert "nothing changed" in result.reason
    assert tree(tmp_path) == before


def test_patch_release_and_its_delta_table(
    tmp_path: Path, reference_tables: Tables, epoch: int
) -> None:
    publish(reference_tables, tmp_path)
    changed = copy(reference_tables)
    changed["claims"].loc[2, "claim_type"] = (
        "evaluative" if changed["claims"].loc[2, "claim_type"] != "evaluative" else "factual"
    )
    result = publish(changed, tmp_path)
    assert result.version == "1.0.1"
    delta = read_tables(tmp_path / "releases" / "1.0.1", ("changes",))["changes"]
    assert delta.to_dict("records") == [
        {
            "claim_id": changed["claims"].loc[2, "claim_id"],
            "source_id": changed["claims"].loc[2, "source_id"],
            "change": "modified",
            "fields": "claim_type",
        }
    ]
    changelog = (tmp_path / "releases" / "1.0.1" / "CHANGELOG.md").read_text()
    assert "0 added, 0 removed, 1 modified" in changelog
    assert "## 1.0.0" in changelog  # earlier entries are kept below


def test_minor_release_lists_added_and_removed_claims(
    tmp_path: Path, reference_tables: Tables, epoch: int
) -> None:
    publish(reference_tables, tmp_path)
    fewer = copy(reference_tables)
    gone = fewer["claims"].iloc[0]["claim_id"]
    for name in ("claims", "mentions", "quantities", "times"):
        fewer[name] = typed(name, fewer[name][fewer[name]["claim_id"] != gone])
    result = publish(fewer, tmp_path)
    assert result.version == "1.1.0"
    delta = read_tables(tmp_path / "releases" / "1.1.0", ("changes",))["changes"]
    assert list(delta["change"]) == ["removed"] and list(delta["claim_id"]) == [gone]
    back = publish(reference_tables, tmp_path)
    assert back.version == "1.2.0"
    delta = read_tables(tmp_path / "releases" / "1.2.0", ("changes",))["changes"]
    assert list(delta["change"]) == ["added"]


def test_publishing_over_an_existing_version_is_refused(
    tmp_path: Path, reference_tables: Tables, epoch: int
) -> None:
    publish(reference_tables, tmp_path)
    index = (tmp_path / "releases" / "index.json").read_bytes()
    changed = copy(reference_tables)
    changed["claims"].loc[0, "hedged"] = not bool(changed["claims"].loc[0, "hedged"])
    with pytest.raises(VersionError, match="lower than"):
        publish(changed, tmp_path, requested_version="1.0.0")
    (tmp_path / "releases" / "1.0.1").write_text("in the way")  # not a release folder
    with pytest.raises(PublishError, match="already exists"):
        publish(changed, tmp_path)
    assert (tmp_path / "releases" / "index.json").read_bytes() == index
    assert (tmp_path / "releases" / "1.0.1").read_text() == "in the way"


def test_an_unlisted_incomplete_folder_is_set_aside_and_never_blocks(
    tmp_path: Path, reference_tables: Tables, epoch: int
) -> None:
    publish(reference_tables, tmp_path)
    changed = copy(reference_tables)
    changed["claims"].loc[0, "hedged"] = not bool(changed["claims"].loc[0, "hedged"])
    stray = tmp_path / "releases" / "1.0.1"
    stray.mkdir()
    (stray / "half.csv").write_text("a,b\n")
    result = publish(changed, tmp_path)
    assert result.version == "1.0.1"
    assert verify_release(tmp_path / "releases" / "1.0.1") == []
    aside = tmp_path / "releases" / ".1.0.1.incomplete-1"
    assert (aside / "half.csv").read_text() == "a,b\n"  # kept for a look, never listed
    listed = [e["version"] for e in read_index(tmp_path / "releases")]
    assert listed == ["1.0.1", "1.0.0"]


def test_failed_validation_publishes_nothing(
    tmp_path: Path, reference_tables: Tables, epoch: int
) -> None:
    broken = copy(reference_tables)
    broken["claims"].loc[0, "text"] = "not what the document says"
    with pytest.raises(PublishError, match="span"):
        publish(broken, tmp_path)
    assert tree(tmp_path / "releases") == []


def test_rebuilds_are_byte_identical(tmp_path: Path, reference_tables: Tables, epoch: int) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    publish(reference_tables, first)
    publish(copy(reference_tables), second)
    a, b = first / "releases", second / "releases"
    assert tree(a) == tree(b)
    for name in tree(a):
        if (a / name).is_file():
            assert filecmp.cmp(a / name, b / name, shallow=False), name
            assert (a / name).stat().st_mtime == epoch or name == "index.json"


def test_table_bytes_do_not_depend_on_how_the_rows_were_assembled(
    tmp_path: Path, reference_tables: Tables
) -> None:
    """Combined tables arrive as one Arrow chunk per source, and at scale Parquet's pages
    follow the chunks: the bytes must be those of the same rows in one piece."""
    claims = reference_tables["claims"]
    ids = claims["claim_id"]  # distinct values overflow Parquet's dictionary mid-column
    empty = {name: typed(name, []) for name in reference_tables}
    pieces = [
        to_arrow(
            empty | {"claims": claims.assign(source_id=f"s-{i:04d}", claim_id=ids + f"{i:04d}")}
        )
        for i in range(1000)
    ]
    pieced = combine(pieces)["claims"]
    assert pa.Table.from_pandas(pieced).column("text").num_chunks > 1  # the case tested
    whole = typed("claims", pieced.astype(object))
    assert pa.Table.from_pandas(whole).column("text").num_chunks == 1
    write_parquet(pieced, "claims", tmp_path / "pieced.parquet")
    write_parquet(whole, "claims", tmp_path / "whole.parquet")
    assert (tmp_path / "pieced.parquet").read_bytes() == (tmp_path / "whole.parquet").read_bytes()
