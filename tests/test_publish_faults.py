"""Publishing recovers from a crash at any step, and never publishes what it must not.

A crash is reached deterministically through the fault hook (``$INTERVIEW_CLAIMS_FAULT``
names the step at which the publishing process kills itself with SIGKILL, or fails as a full
disk would); the next publish must then find a consistent outputs folder: the index derivable
from the release folders and their checksums."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline.access.download import DownloadError, download
from pipeline.publish.contenthash import LEGACY_PREFIX, PREFIX, content_hash, matches
from pipeline.publish.datapackage import write_datapackage
from pipeline.publish.files import read_tables, write_checksums, write_parquet
from pipeline.publish.index import read_index
from pipeline.publish.release import FAULT_ENV, PublishError, publish
from pipeline.publish.tables import Tables, typed
from pipeline.publish.verify import verify_release

from .conftest import PROJECT, REFERENCE_ID, SOURCES

PUBLISH = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from pipeline.extraction import extract_source
    from pipeline.publish.release import publish
    from pipeline.publish.tables import combine

    tables = combine([extract_source(Path("sources"), "pauline-jones-kazakhstan-2022")])
    flipped = int(sys.argv[2])  # a variant: the first N claims' hedging flipped
    tables["claims"].loc[: flipped - 1, "hedged"] = ~tables["claims"]["hedged"][:flipped]
    print(publish(tables, Path(sys.argv[1])).version, flush=True)
    """
)


def publish_in_subprocess(
    outputs: Path, variant: int, fault: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Publish the committed source's tables (variant N: its first N claims' hedging
    flipped, a patch release each) in another process."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1704153600"}
    env.pop(FAULT_ENV, None)
    if fault:
        env[FAULT_ENV] = fault
    return subprocess.run(
        [sys.executable, "-c", PUBLISH, str(outputs), str(variant)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def listed(outputs: Path) -> list[str]:
    return [e["version"] for e in read_index(outputs / "releases")]


def visible(outputs: Path) -> list[str]:
    return sorted(p.name for p in (outputs / "releases").iterdir() if not p.name.startswith("."))


@pytest.mark.parametrize("step", ["written", "renamed", "indexed"])
def test_killed_at_each_publishing_step_the_next_publish_recovers(
    tmp_path: Path, step: str
) -> None:
    outputs = tmp_path / "out"
    assert publish_in_subprocess(outputs, 0).returncode == 0  # 1.0.0
    killed = publish_in_subprocess(outputs, 1, fault=step)  # would be 1.0.1
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    if step == "written":
        assert listed(outputs) == ["1.0.0"] and visible(outputs) == ["1.0.0", "index.json"]
    elif step == "renamed":  # the window of the issue: in place, but not listed
        assert listed(outputs) == ["1.0.0"] and "1.0.1" in visible(outputs)
    else:
        assert listed(outputs) == ["1.0.1", "1.0.0"]

    again = publish_in_subprocess(outputs, 1)  # the same tables: nothing new to publish
    assert again.returncode == 0, again.stderr[-2000:]
    assert again.stdout.strip() == ("1.0.1" if step == "written" else "None")
    assert listed(outputs) == ["1.0.1", "1.0.0"]
    assert visible(outputs) == ["1.0.0", "1.0.1", "index.json"]
    assert not [p.name for p in (outputs / "releases").iterdir() if ".tmp-" in p.name]
    for version in listed(outputs):
        assert verify_release(outputs / "releases" / version) == []
    entry = read_index(outputs / "releases")[0]
    assert entry["content_hash"] == content_hash(outputs / "releases" / "1.0.1")
    assert entry["date"] == "2024-01-02"

    after = publish_in_subprocess(outputs, 2)  # and the next release builds on it
    assert after.returncode == 0 and after.stdout.strip() == "1.0.2", after.stderr[-2000:]


def test_a_full_disk_between_rename_and_index_is_recovered(tmp_path: Path) -> None:
    outputs = tmp_path / "out"
    assert publish_in_subprocess(outputs, 0).returncode == 0
    failed = publish_in_subprocess(outputs, 1, fault="renamed:enospc")
    assert failed.returncode == 1 and "No space left on device" in failed.stderr
    assert listed(outputs) == ["1.0.0"]
    again = publish_in_subprocess(outputs, 2)
    assert again.returncode == 0 and again.stdout.strip() == "1.0.2", again.stderr[-2000:]
    assert listed(outputs) == ["1.0.2", "1.0.1", "1.0.0"]


def test_a_deleted_or_damaged_newest_release_stops_the_next_publish(
    tmp_path: Path, reference_tables: Tables, epoch: int
) -> None:
    publish(reference_tables, tmp_path)
    smaller = {k: v.copy() for k, v in reference_tables.items()}
    smaller["claims"].loc[0, "hedged"] = not bool(smaller["claims"].loc[0, "hedged"])
    csv = tmp_path / "releases" / "1.0.0" / "data" / "csv" / "claims.csv"
    csv.write_bytes(csv.read_bytes() + b"\n")
    with pytest.raises(PublishError, match=r"1\.0\.0 is damaged: data/csv/claims\.csv: changed"):
        publish(smaller, tmp_path)
    shutil.rmtree(tmp_path / "releases" / "1.0.0")
    with pytest.raises(PublishError, match=r"1\.0\.0 is listed in index\.json but missing"):
        publish(smaller, tmp_path)
    assert listed(tmp_path) == ["1.0.0"]


def test_an_empty_release_is_refused_unless_asked_for_and_then_validates(
    tmp_path: Path, reference_tables: Tables, epoch: int
) -> None:
    empty = {name: frame.iloc[0:0] for name, frame in reference_tables.items()}
    with pytest.raises(PublishError, match="no sources"):
        publish(empty, tmp_path)
    assert not (tmp_path / "releases" / "index.json").exists()
    result = publish(empty, tmp_path, allow_empty=True)
    assert result.version == "1.0.0"
    assert verify_release(tmp_path / "releases" / "1.0.0") == []  # no ArrowInvalid crash


def test_a_dataset_that_is_not_its_sources_folder_is_not_published(
    tmp_path: Path, reference_tables: Tables, reference_sources: Path, epoch: int
) -> None:
    other = tmp_path / "other-sources"
    other.mkdir()
    for ext in ("txt", "yaml"):
        shutil.copy(SOURCES / f"{REFERENCE_ID}.{ext}", other / f"another-interview.{ext}")
    with pytest.raises(PublishError, match=f"holds {REFERENCE_ID}, not in the folder"):
        publish(reference_tables, tmp_path, sources_dir=other)
    edited = tmp_path / "edited"
    shutil.copytree(reference_sources, edited)
    (edited / f"{REFERENCE_ID}.txt").write_bytes(b"Q: new?\nA: yes.\n")
    with pytest.raises(PublishError, match=f"{REFERENCE_ID} changed"):
        publish(reference_tables, tmp_path, sources_dir=edited)
    assert publish(reference_tables, tmp_path, sources_dir=reference_sources).version == "1.0.0"


def test_the_content_hash_covers_the_parquet_files_too(
    tmp_path: Path, reference_tables: Tables, epoch: int
) -> None:
    publish(reference_tables, tmp_path / "outputs")
    mirror = tmp_path / "mirror"
    shutil.copytree(tmp_path / "outputs" / "releases", mirror)
    release = mirror / "1.0.0"
    # Alter a Parquet table and make SHA256SUMS and datapackage.json agree with it, while its
    # CSV twin still holds the original rows: only the index's hash can notice.
    claims = read_tables(release, ("claims",))["claims"]
    claims.loc[0, "hedged"] = not bool(claims.loc[0, "hedged"])
    write_parquet(
        typed("claims", claims), "claims", release / "data" / "parquet" / "claims.parquet"
    )
    package = json.loads((release / "datapackage.json").read_text())
    write_datapackage(release, "1.0.0", package["created"])
    write_checksums(release)
    # Checksums, schemas and keys agree; the CSV twin, checked row for row, does not.
    assert verify_release(release) == [
        "data/csv/claims.csv: does not hold the rows of data/parquet/claims.parquet"
    ]
    with pytest.raises(DownloadError, match="do not match the index's content_hash"):
        download("1.0.0", str(mirror), tmp_path / "got")
    assert not (tmp_path / "got").exists()
    entry = read_index(tmp_path / "outputs" / "releases")[0]
    assert entry["content_hash"].startswith(PREFIX)
    # An index written before the hash covered every file still catches the forgery.
    legacy = LEGACY_PREFIX + "0" * 64
    assert not matches(release, legacy)


def test_legacy_hashes_of_the_committed_releases_still_match() -> None:
    releases = PROJECT / "outputs" / "releases"
    for entry in read_index(releases):
        assert matches(releases / entry["version"], entry["content_hash"]), entry["version"]
