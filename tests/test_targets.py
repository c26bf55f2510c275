"""No command writes, deletes or replaces anything inside a published release, whatever
paths it is given; a command's source is never its target; ``site`` swaps a complete site
in or leaves the old one as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.access.download import DownloadError, download
from pipeline.cli import main
from pipeline.publish.files import read_tables
from pipeline.publish.release import publish
from pipeline.publish.tables import Tables
from pipeline.publish.verify import verify_release
from pipeline.runner import BuildError, build

from .conftest import SOURCES


def tree_digest(folder: Path) -> str:
    """One hash of every file's path and bytes under ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(folder)}\n".encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def outputs(tmp_path: Path, reference_tables: Tables, epoch: int) -> Path:
    out = tmp_path / "outputs"
    publish(reference_tables, out)
    return out


def test_site_never_targets_the_releases_it_reads(
    outputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree_digest(outputs)
    release = outputs / "releases" / "1.0.0"
    for target in (outputs, outputs / "releases", release, release / "data", tmp_path):
        assert main(["site", "--outputs", str(outputs), "--to", str(target)]) == 1
        assert "site not built" in capsys.readouterr().err
    assert tree_digest(outputs) == before
    assert verify_release(release) == []


def test_site_refuses_to_replace_a_folder_it_did_not_write(
    outputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    assert main(["site", "--outputs", str(outputs), "--to", str(mine)]) == 1
    assert "holds something other than a site" in capsys.readouterr().err
    assert (mine / "notes.txt").read_text() == "keep me"


def test_a_failing_site_leaves_the_previous_site_whole(
    outputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    assert main(["site", "--outputs", str(outputs), "--to", str(site)]) == 0
    assert main(["site", "--outputs", str(outputs), "--to", str(site)]) == 0  # replaced whole
    before = tree_digest(site)
    card = outputs / "releases" / "1.0.0" / "README.md"
    card.write_text(card.read_text() + "damaged\n")  # the release no longer verifies
    assert main(["site", "--outputs", str(outputs), "--to", str(site)]) == 1
    assert "does not verify" in capsys.readouterr().err
    assert tree_digest(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outputs", "site"]


def test_export_never_writes_into_a_release(
    outputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = outputs / "releases" / "1.0.0"
    before = tree_digest(outputs)
    for target in (
        release / "data" / "csv" / "claims.csv",
        release / "data" / "parquet" / "times.parquet",
        release / "extra.csv",
        outputs / "releases" / "claims.csv",
    ):
        assert main(["export", str(release), "claims", "--to", str(target)]) == 1
        assert "is inside the published release folder" in capsys.readouterr().err
    assert tree_digest(outputs) == before
    assert main(["export", str(release), "claims", "--to", str(tmp_path / "c.xlsx")]) == 1
    assert "must end in .csv or .parquet" in capsys.readouterr().err
    assert not (tmp_path / "c.xlsx").exists()


def test_export_to_a_parquet_name_writes_parquet(outputs: Path, tmp_path: Path) -> None:
    release = outputs / "releases" / "1.0.0"
    target = tmp_path / "times.parquet"
    assert main(["export", str(release), "times", "--to", str(target)]) == 0
    exported = pq.read_table(target).to_pandas()
    pd.testing.assert_frame_equal(
        exported, pq.read_table(release / "data" / "parquet" / "times.parquet").to_pandas()
    )
    assert len(exported) == len(read_tables(release, ("times",))["times"])


def test_download_and_build_never_write_inside_a_release(
    outputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = outputs / "releases" / "1.0.0"
    before = tree_digest(outputs)
    with pytest.raises(DownloadError, match="inside the published release folder"):
        download("1.0.0", str(outputs / "releases"), release / "copy", progress=None)
    download("1.0.0", str(outputs / "releases"), release, progress=None)  # only re-verifies
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    with pytest.raises(BuildError, match="inside the published release folder"):
        build(SOURCES, release)
    assert tree_digest(outputs) == before
