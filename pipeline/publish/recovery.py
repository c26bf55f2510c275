"""Bring ``outputs/releases`` back to a consistent state after a crash at any step of
publishing: the index is derivable from the release folders and their checksums.

- a temporary folder (``.<version>.tmp-<pid>``) or index (``.index.json.tmp-<pid>``) of a
  killed build is removed: it was never published;
- a release folder the index does not list (a crash between its rename and the index
  rewrite) is listed if its files match its SHA256SUMS, and otherwise moved aside to
  ``.<version>.incomplete-<n>``: it was never published, so it must neither be listed nor
  block the version it took;
- the newest listed release must be present and intact before a new one is built on it.

Callers hold the outputs folder's publish lock."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from pipeline.publish.contenthash import PREFIX, from_checksums, matches
from pipeline.publish.index import INDEX_NAME, read_index, write_index
from pipeline.publish.verify import read_checksums, verify_checksums
from pipeline.publish.versioning import is_version


def _released(release_dir: Path) -> str:
    """The release date its CITATION.cff states (written with the release)."""
    citation = yaml.safe_load((release_dir / "CITATION.cff").read_text(encoding="utf-8"))
    return str(citation["date-released"])


def _set_aside(path: Path) -> Path:
    n = 1
    while (aside := path.with_name(f".{path.name}.incomplete-{n}")).exists():
        n += 1
    path.rename(aside)
    return aside


def reconcile(releases_dir: Path) -> list[str]:
    """Make the index list exactly the complete release folders; say what was done."""
    notes = []
    for leftover in sorted(releases_dir.glob(".*.tmp-*")):
        notes.append(f"removed {leftover}, left by an interrupted build")
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()
    entries = read_index(releases_dir)
    listed = {e["version"] for e in entries}
    recovered: list[dict[str, Any]] = []
    for folder in sorted(releases_dir.iterdir()):
        if folder.name in listed or not is_version(folder.name) or not folder.is_dir():
            continue
        checksums, problems = read_checksums(folder)
        problems = problems or verify_checksums(folder)
        if problems:
            aside = _set_aside(folder)
            notes.append(
                f"moved {folder} to {aside.name}: it was never listed in {INDEX_NAME} and is "
                f"incomplete ({problems[0]})"
            )
            continue
        recovered.append(
            {
                "version": folder.name,
                "date": _released(folder),
                "content_hash": from_checksums(checksums),
                "path": f"{folder.name}/",
            }
        )
        notes.append(f"listed {folder} in {INDEX_NAME}: complete, left unlisted by a crash")
    if recovered:
        write_index(releases_dir, entries + recovered)
    return notes


def release_problem(releases_dir: Path, entry: dict[str, Any]) -> str | None:
    """Why a listed release cannot be trusted as it stands on disk, or None: its folder is
    missing, a file differs from SHA256SUMS, or the files differ from the index's hash."""
    folder = releases_dir / str(entry["version"])
    if not folder.is_dir():
        return f"{folder} is listed in {INDEX_NAME} but missing"
    checksums, problems = read_checksums(folder)
    problems = problems or verify_checksums(folder)
    if problems:
        return f"{folder} is damaged: {problems[0]}"
    expected = str(entry.get("content_hash", ""))
    if expected.startswith(PREFIX):
        intact = from_checksums(checksums) == expected
    else:  # an index written before the hash covered every file
        intact = matches(folder, expected)
    if not intact:
        return f"{folder} is damaged: its files do not match the content hash in {INDEX_NAME}"
    return None


def newest_problem(releases_dir: Path, entry: dict[str, Any]) -> str | None:
    """:func:`release_problem` for the newest release, phrased for a build that would build
    on it: a published release is never rebuilt under its version, so it must be restored."""
    problem = release_problem(releases_dir, entry)
    if problem is None:
        return None
    return (
        f"{problem}; restore it (e.g. `interview-claims download {entry['version']}` from a "
        "copy) before building: a published release is never rebuilt under its version"
    )
