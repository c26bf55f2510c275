"""``from pipeline import load``: local folders and base URLs through a verified cache."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import load
from pipeline.access.load import LoadError, cache_dir
from pipeline.publish.files import read_tables
from tests.access.conftest import Published, Server
from tests.conftest import PROJECT


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("INTERVIEW_CLAIMS_CACHE", str(folder))
    return folder


def _expected(published: Published, table: str, version: str) -> pd.DataFrame:
    return read_tables(published.release(version), (table,))[table]


@pytest.mark.parametrize("kind", ["outputs", "releases", "release", "release as str"])
@pytest.mark.parametrize("which", ["older", "latest"])
def test_load_from_local_folders(published: Published, kind: str, which: str) -> None:
    version = getattr(published, which)
    sources: dict[str, Path | str] = {
        "outputs": published.outputs,
        "releases": published.releases,
        "release": published.release(version),
        "release as str": str(published.release(version)),
    }
    frame = load("claims", version=version, source=sources[kind])
    pd.testing.assert_frame_equal(frame, _expected(published, "claims", version))
    assert frame["hedged"].dtype == bool and frame["char_start"].dtype == "int64"
    assert (published.added in set(frame["claim_id"])) == (version == published.latest)


def test_load_latest_from_the_outputs_folder(
    published: Published, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(published.outputs.parent)
    latest = _expected(published, "claims", published.latest)
    pd.testing.assert_frame_equal(load("claims"), latest)
    assert published.added in set(latest["claim_id"])
    entities = load("entities")
    pd.testing.assert_frame_equal(entities, _expected(published, "entities", published.latest))


def test_load_over_http_caches_and_reuses(
    server: Server, published: Published, cache: Path
) -> None:
    latest = published.latest
    frame = load("passages", source=server.url)
    pd.testing.assert_frame_equal(frame, _expected(published, "passages", latest))
    assert list(cache.glob(f"*/{latest}/data/parquet/passages.parquet"))
    assert not list(cache.glob(f"*/{published.older}"))
    server.requests.clear()
    pd.testing.assert_frame_equal(load("passages", latest, server.url), frame)
    assert server.requests == [], "a pinned, cached version needs no network"
    load("passages", source=server.url)
    assert server.requests == ["/index.json"], "latest only asks the index"
    older = load("claims", published.older, server.url)
    pd.testing.assert_frame_equal(older, _expected(published, "claims", published.older))
    assert list(cache.glob(f"*/{published.older}/data/parquet/claims.parquet"))


def test_tampered_cache_or_folder_is_refused(
    server: Server, published: Published, cache: Path, tmp_path: Path
) -> None:
    load("claims", source=server.url)
    (next(cache.glob(f"*/{published.latest}")) / "data" / "parquet" / "claims.parquet").write_bytes(
        b"oops"
    )
    with pytest.raises(LoadError, match=r"data/parquet/claims.parquet"):
        load("claims", source=server.url)
    local = tmp_path / "copy"
    shutil.copytree(published.release(published.latest), local)
    (local / "data" / "csv" / "times.csv").write_text("x", encoding="utf-8")
    with pytest.raises(LoadError, match=r"data/csv/times.csv"):
        load("times", source=local)


def test_clear_errors(server: Server, published: Published, cache: Path, tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"unknown table 'claim'"):
        load("claim", source=published.releases)
    with pytest.raises(LoadError, match=r"no release 2.0.0"):
        load("claims", "2.0.0", published.releases)
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


@pytest.mark.parametrize("bad", ["../../x", "1.0.0/../../x"])
def test_an_index_listing_a_version_that_is_a_path_is_refused(
    server: Server, published: Published, cache: Path, tmp_path: Path, bad: str
) -> None:
    index_path = server.root / "index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    index["releases"].insert(0, {**index["releases"][0], "version": bad, "path": f"{bad}/"})
    index_path.write_text(json.dumps(index), encoding="utf-8")
    (server.root / "x").mkdir()  # where "../../x" would lead from a releases folder copy
    for version in ("latest", published.older):
        with pytest.raises(LoadError, match=r"not a valid release index.*MAJOR\.MINOR\.PATCH"):
            load("claims", version, server.url)
        with pytest.raises(LoadError, match=r"not a valid release index.*MAJOR\.MINOR\.PATCH"):
            load("claims", version, server.root)
    assert server.requests == ["/index.json", "/index.json"]
    assert not cache.exists() or not any(cache.rglob("*.parquet"))


def test_a_cached_copy_holding_a_symlink_is_refused(
    server: Server, published: Published, cache: Path, tmp_path: Path
) -> None:
    load("claims", published.latest, server.url)
    cached = next(cache.glob(f"*/{published.latest}")) / "data" / "parquet" / "claims.parquet"
    outside = tmp_path / "claims.parquet"
    cached.rename(outside)
    cached.symlink_to(outside)  # identical bytes behind the link: still refused
    with pytest.raises(LoadError, match=r"symbolic link"):
        load("claims", published.latest, server.url)
