"""``from pipeline import load``: local folders and base URLs through a verified cache."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import load
from pipeline.access.load import LoadError, cache_dir
from pipeline.publish.files import read_tables
from tests.access.conftest import RELEASES, VERSION, Server
from tests.conftest import PROJECT


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("INTERVIEW_CLAIMS_CACHE", str(folder))
    return folder


def _expected(table: str) -> pd.DataFrame:
    return read_tables(RELEASES / VERSION, (table,))[table]


@pytest.mark.parametrize(
    "source", [PROJECT / "outputs", RELEASES, RELEASES / VERSION, str(RELEASES / VERSION)]
)
def test_load_from_local_folders(source: Path | str) -> None:
    frame = load("claims", version=VERSION, source=source)
    pd.testing.assert_frame_equal(frame, _expected("claims"))
    assert frame["hedged"].dtype == bool and frame["char_start"].dtype == "int64"


def test_load_latest_from_the_outputs_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT)
    pd.testing.assert_frame_equal(load("entities"), _expected("entities"))


def test_load_over_http_caches_and_reuses(server: Server, cache: Path) -> None:
    frame = load("passages", source=server.url)
    pd.testing.assert_frame_equal(frame, _expected("passages"))
    assert list(cache.glob(f"*/{VERSION}/data/passages.parquet"))
    server.requests.clear()
    pd.testing.assert_frame_equal(load("passages", VERSION, server.url), frame)
    assert server.requests == [], "a pinned, cached version needs no network"
    load("passages", source=server.url)
    assert server.requests == ["/index.json"], "latest only asks the index"


def test_tampered_cache_or_folder_is_refused(server: Server, cache: Path, tmp_path: Path) -> None:
    load("claims", source=server.url)
    (next(cache.glob(f"*/{VERSION}")) / "data" / "claims.parquet").write_bytes(b"oops")
    with pytest.raises(LoadError, match=r"data/claims.parquet"):
        load("claims", source=server.url)
    local = tmp_path / "copy"
    shutil.copytree(RELEASES / VERSION, local)
    (local / "data" / "times.csv").write_text("x", encoding="utf-8")
    with pytest.raises(LoadError, match=r"data/times.csv"):
        load("times", source=local)


def test_clear_errors(server: Server, cache: Path, tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"unknown table 'claim'"):
        load("claim", source=RELEASES)
    with pytest.raises(LoadError, match=r"no release 2.0.0"):
        load("claims", "2.0.0", RELEASES)
    with pytest.raises(LoadError, match=r"no such folder"):
        load("claims", source=tmp_path / "nowhere")
    with pytest.raises(ValueError, match=r"MAJOR.MINOR.PATCH"):
        load("claims", "../1.0.0", server.url)


def test_cache_folder_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("INTERVIEW_CLAIMS_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "interview-claims"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "interview-claims"
    monkeypatch.setenv("INTERVIEW_CLAIMS_CACHE", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


def test_import_pipeline_stays_cheap() -> None:
    code = "import sys, pipeline; print('pandas' in sys.modules, 'dagster' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT)
    assert out.stdout.split() == ["False", "False"], out.stderr
