"""``interview-claims download`` against a real HTTP server, as a user would run it."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from pipeline.access.download import DownloadError, download
from pipeline.cli import main
from pipeline.publish.files import read_tables
from pipeline.publish.verify import verify_release
from tests.access.conftest import Published, Server


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir()) if parent.exists() else []


def run(*argv: str) -> int:
    return main(["download", *argv])


def test_latest_is_resolved_downloaded_and_verified(
    server: Server, published: Published, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latest = published.latest
    to = tmp_path / "got" / "release"
    assert run("latest", "--from", server.url, "--to", str(to)) == 0
    assert verify_release(to) == []
    assert (to / "data" / "parquet" / "claims.parquet").read_bytes() == (
        server.root / latest / "data" / "parquet" / "claims.parquet"
    ).read_bytes()
    assert published.added in set(read_tables(to, ("claims",))["claims"]["claim_id"])
    err = capsys.readouterr().err
    listed = (server.root / latest / "SHA256SUMS").read_text().splitlines()
    assert err.count("sha256 verified") == len(listed)
    assert "data/parquet/claims.parquet" in err and "KB" in err
    assert f"release {latest} downloaded" in err
    assert not any(f"/{published.older}/" in r for r in server.requests)
    assert _leftovers(to.parent) == ["release"]


def test_explicit_version_and_local_folder_source(
    server: Server, published: Published, tmp_path: Path
) -> None:
    older = published.older
    assert run(older, "--from", str(server.root), "--to", str(tmp_path / "r")) == 0
    assert verify_release(tmp_path / "r") == []
    assert (tmp_path / "r" / "SHA256SUMS").read_bytes() == (
        server.root / older / "SHA256SUMS"
    ).read_bytes()
    assert published.added not in set(read_tables(tmp_path / "r", ("claims",))["claims"].claim_id)


def test_rerun_is_a_no_op_that_re_verifies(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    to = tmp_path / "r"
    assert run("--from", server.url, "--to", str(to)) == 0
    before = {p: p.stat().st_mtime_ns for p in to.rglob("*")}
    server.requests.clear()
    assert run("--from", server.url, "--to", str(to)) == 0
    assert "already" in capsys.readouterr().err
    assert {p: p.stat().st_mtime_ns for p in to.rglob("*")} == before
    assert server.requests == ["/index.json"]
    # A copy damaged after the download is reported, not silently kept.
    (to / "data" / "csv" / "claims.csv").write_text("damaged", encoding="utf-8")
    assert run("--from", server.url, "--to", str(to)) == 1
    assert "data/csv/claims.csv" in capsys.readouterr().err


def test_interrupted_download_resumes_from_verified_files(
    server: Server, published: Published, tmp_path: Path
) -> None:
    latest = published.latest
    to = tmp_path / "r"
    staging = tmp_path / f".r.partial-{latest}"
    (staging / "data" / "parquet").mkdir(parents=True)
    (staging / "data" / "csv").mkdir(parents=True)
    done = "data/parquet/claims.parquet"
    (staging / done).write_bytes((server.root / latest / done).read_bytes())
    (staging / "data" / "csv" / "times.csv").write_bytes(b"half a fi")  # cut off mid-file
    assert run("--from", server.url, "--to", str(to)) == 0
    assert f"/{latest}/{done}" not in server.requests
    assert f"/{latest}/data/csv/times.csv" in server.requests
    assert verify_release(to) == []
    assert _leftovers(tmp_path) == ["r", "served"]


def _assert_failed_cleanly(
    code: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], *needles: str
) -> str:
    err = capsys.readouterr().err
    assert code == 1
    for needle in needles:
        assert needle in err
    assert _leftovers(tmp_path) == ["served"], "a partial download was left behind"
    return err


def test_tampered_file_is_refused_and_nothing_is_left(
    server: Server, published: Published, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = server.root / published.latest / "data" / "csv" / "claims.csv"
    data = path.read_bytes()
    path.write_bytes(data[:100] + (b"X" if data[100:101] != b"X" else b"Y") + data[101:])
    code = run("--from", server.url, "--to", str(tmp_path / "r"))
    _assert_failed_cleanly(code, tmp_path, capsys, "data/csv/claims.csv", "checksum mismatch")


def test_missing_file_is_an_error_naming_it(
    server: Server, published: Published, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (server.root / published.latest / "data" / "parquet" / "mentions.parquet").unlink()
    code = run("--from", server.url, "--to", str(tmp_path / "r"))
    _assert_failed_cleanly(code, tmp_path, capsys, "data/parquet/mentions.parquet", "404")


def test_truncated_transfer_is_refused(
    server: Server, published: Published, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.misbehave[f"/{published.latest}/data/csv/passages.csv"] = "truncate"
    code = run("--from", server.url, "--to", str(tmp_path / "r"))
    _assert_failed_cleanly(code, tmp_path, capsys, "data/csv/passages.csv", "truncated")


@pytest.mark.parametrize("announce", [True, False])
def test_response_larger_than_declared_is_cut_off(
    server: Server,
    published: Published,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    announce: bool,
) -> None:
    path = server.root / published.latest / "data" / "parquet" / "claims.parquet"
    path.write_bytes(path.read_bytes() + b"\0" * 5_000_000)
    if not announce:
        server.misbehave[f"/{published.latest}/data/parquet/claims.parquet"] = "no-length"
    code = run("--from", server.url, "--to", str(tmp_path / "r"))
    _assert_failed_cleanly(code, tmp_path, capsys, "data/parquet/claims.parquet", "bytes")


@pytest.mark.parametrize(
    "name", ["../escape.txt", "data/../../escape.txt", "/etc/passwd", "data\\claims.csv"]
)
def test_file_names_that_escape_are_refused(
    server: Server,
    published: Published,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    sums = server.root / published.latest / "SHA256SUMS"
    sums.write_text(sums.read_text() + f"{'0' * 64}  {name}\n", encoding="utf-8")
    code = run("--from", server.url, "--to", str(tmp_path / "r"))
    _assert_failed_cleanly(code, tmp_path, capsys, "SHA256SUMS")
    assert not (tmp_path / "escape.txt").exists()


@pytest.mark.parametrize("base", ["file:///etc", "ftp://127.0.0.1/releases", "data:,x"])
def test_other_schemes_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], base: str
) -> None:
    (tmp_path / "served").mkdir()
    code = run("--from", base, "--to", str(tmp_path / "r"))
    _assert_failed_cleanly(code, tmp_path, capsys, "only http://, https:// or a local folder")


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/SHA256SUMS"])
def test_redirect_to_another_scheme_is_refused(
    server: Server,
    published: Published,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    target: str,
) -> None:
    server.misbehave[f"/{published.latest}/SHA256SUMS"] = f"redirect:{target}"
    code = run("--from", server.url, "--to", str(tmp_path / "r"))
    err = _assert_failed_cleanly(code, tmp_path, capsys, "SHA256SUMS", target)
    assert "redirect" in err.lower()


@pytest.mark.parametrize("version", ["../1.0.0", "1.0", "/etc", "1.0.0/../x"])
def test_bad_versions_are_refused_before_any_request(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str
) -> None:
    code = run(version, "--from", server.url, "--to", str(tmp_path / "r"))
    _assert_failed_cleanly(code, tmp_path, capsys, "MAJOR.MINOR.PATCH")
    assert server.requests == []


def test_unknown_version_lists_the_available_ones(
    server: Server, published: Published, tmp_path: Path
) -> None:
    available = re.escape(", ".join(published.versions))
    with pytest.raises(DownloadError, match=rf"no release 9\.9\.9 \(available: {available}\)"):
        download("9.9.9", server.url, tmp_path / "r", progress=None)


def test_an_unrelated_existing_folder_is_not_overwritten(
    server: Server, published: Published, tmp_path: Path
) -> None:
    to = tmp_path / "r"
    to.mkdir()
    (to / "mine.txt").write_text("keep me", encoding="utf-8")
    expected = rf"already exists and is not release {re.escape(published.latest)}"
    with pytest.raises(DownloadError, match=expected):
        download("latest", server.url, to, progress=None)
    assert (to / "mine.txt").read_text(encoding="utf-8") == "keep me"
    assert os.listdir(to) == ["mine.txt"]


# --- names and versions from the index and SHA256SUMS never become paths unchecked ---------


@pytest.mark.parametrize("bad", ["../../x", "1.0.0/../../x", "/etc", "..", "1.0.0\x00", "01.0.0"])
@pytest.mark.parametrize("asked", ["latest", "older"])
@pytest.mark.parametrize("over", ["http", "folder"])
def test_an_index_listing_a_version_that_is_a_path_is_refused(
    server: Server,
    published: Published,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    bad: str,
    asked: str,
    over: str,
) -> None:
    index_path = server.root / "index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    index["releases"].insert(0, {**index["releases"][0], "version": bad, "path": f"{bad}/"})
    index_path.write_text(json.dumps(index), encoding="utf-8")
    version = published.older if asked == "older" else "latest"
    base = server.url if over == "http" else str(server.root)
    code = run(version, "--from", base, "--to", str(tmp_path / "r"))
    _assert_failed_cleanly(code, tmp_path, capsys, "not a valid release index", "MAJOR.MINOR")
    assert server.requests == (["/index.json"] if over == "http" else [])
    assert not (tmp_path.parent / "x").exists() and not (tmp_path / "x").exists()


def test_an_index_path_field_is_never_used_as_a_path(
    server: Server, published: Published, tmp_path: Path
) -> None:
    index_path = server.root / "index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    for entry in index["releases"]:
        entry["path"] = "../../escape/"
    index_path.write_text(json.dumps(index), encoding="utf-8")
    assert run("--from", server.url, "--to", str(tmp_path / "r")) == 0
    assert verify_release(tmp_path / "r") == []
    assert server.requests[0] == "/index.json"
    assert all(r.startswith(f"/{published.latest}/") for r in server.requests[1:])


# --- symbolic links are never followed, created or kept ---------------------------------------


def _outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "victim.txt").write_text("keep me", encoding="utf-8")
    return folder


def _outside_unchanged(outside: Path, *extra: str) -> None:
    """Only the files the test put there, and the victim's bytes as they were."""
    assert sorted(p.name for p in outside.iterdir()) == sorted(["victim.txt", *extra])
    assert (outside / "victim.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("linked", ["data/csv/claims.csv", "data"])
def test_a_source_folder_with_a_symlink_is_refused(
    server: Server,
    published: Published,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    linked: str,
) -> None:
    """A link in the source folder could copy any file of this machine into the release
    (a checksum list can name its hash); the link is refused even when its target matches."""
    outside = _outside(tmp_path)
    inside = server.root / published.latest / linked
    target = outside / inside.name
    inside.rename(target)  # same bytes: the checksums would match through the link
    inside.symlink_to(target)
    code = run("--from", str(server.root), "--to", str(tmp_path / "r"))
    err = capsys.readouterr().err
    assert code == 1
    assert "symbolic link" in err and linked.split("/")[0] in err
    assert _leftovers(tmp_path) == ["outside", "served"], "a partial download was left behind"
    _outside_unchanged(outside, target.name)


@pytest.mark.parametrize(
    "linked",
    [
        "",  # the hidden folder itself
        "data",  # a folder inside it: files would be written outside the destination
        "data/csv/claims.csv.part",  # the .part file: its bytes would land in the link's target
        "data/csv/claims.csv",  # a "finished" file: the link would be kept in the release
        "SHA256SUMS",
    ],
)
def test_a_partial_folder_with_a_symlink_is_refused(
    server: Server,
    published: Published,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    linked: str,
) -> None:
    outside = _outside(tmp_path)
    staging = tmp_path / f".r.partial-{published.latest}"
    link = staging / linked if linked else staging
    link.parent.mkdir(parents=True, exist_ok=True)
    if linked in ("", "data"):
        link.symlink_to(outside, target_is_directory=True)
    elif linked == "data/csv/claims.csv":  # a copy with the right bytes
        done = outside / "claims.csv"
        done.write_bytes((server.root / published.latest / linked).read_bytes())
        link.symlink_to(done)
    else:
        link.symlink_to(outside / "victim.txt")
    code = run("--from", server.url, "--to", str(tmp_path / "r"))
    err = capsys.readouterr().err
    assert code == 1 and "symbolic link" in err
    assert not (tmp_path / "r").exists()
    _outside_unchanged(outside, *(["claims.csv"] if linked == "data/csv/claims.csv" else []))
    if linked:  # the hidden folder is ours: removed, without following the link in it
        assert _leftovers(tmp_path) == ["outside", "served"]
    else:  # a link in its place is not ours to remove
        assert _leftovers(tmp_path) == [".r.partial-" + published.latest, "outside", "served"]
    assert not any(f"/{published.latest}/data/" in r for r in server.requests)


def test_a_destination_holding_or_being_a_symlink_is_refused(
    server: Server, published: Published, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = _outside(tmp_path)
    to = tmp_path / "r"
    assert run("--from", server.url, "--to", str(to)) == 0
    assert not [p for p in to.rglob("*") if p.is_symlink()], "downloads create no links"
    assert all(p.is_file() or p.is_dir() for p in to.rglob("*"))
    # A finished copy whose file was swapped for a link to identical bytes is not "verified".
    claims = to / "data" / "csv" / "claims.csv"
    copy = outside / "claims.csv"
    claims.rename(copy)
    claims.symlink_to(copy)
    capsys.readouterr()
    assert run("--from", server.url, "--to", str(to)) == 1
    assert "symbolic link" in capsys.readouterr().err
    assert claims.is_symlink() and copy.read_bytes()  # reported, nothing followed or removed
    # --to itself a link to an empty folder.
    empty = outside / "empty"
    empty.mkdir()
    (tmp_path / "linked").symlink_to(empty, target_is_directory=True)
    assert run("--from", server.url, "--to", str(tmp_path / "linked")) == 1
    assert "symbolic link" in capsys.readouterr().err
    assert list(empty.iterdir()) == []
    _outside_unchanged(outside, "claims.csv", "empty")
