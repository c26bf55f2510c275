"""Verify a published release: checksums (changed, missing or extra files), every table
against its model, and the cross-table rules."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from pipeline.publish.files import read_tables, release_files, sha256_file
from pipeline.publish.validation import check_all

_CHECKSUM_LINE = re.compile(r"^([0-9a-f]{64})  (\S(?:.*\S)?)$")


def safe_relative(name: str) -> PurePosixPath | None:
    """``name`` as a relative path that stays inside its folder, or None."""
    path = PurePosixPath(name)
    if not name or path.is_absolute() or ".." in path.parts or "\\" in name or "\x00" in name:
        return None
    return path


def read_checksums(release_dir: Path) -> tuple[dict[str, str], list[str]]:
    """The entries of SHA256SUMS, and problems with the file itself."""
    path = release_dir / "SHA256SUMS"
    if not path.is_file():
        return {}, [f"{path}: missing"]
    entries: dict[str, str] = {}
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = _CHECKSUM_LINE.match(line)
        if not match or safe_relative(match.group(2)) is None:
            problems.append(f"{path}:{number}: not a '<sha256>  <relative path>' line")
            continue
        entries[match.group(2)] = match.group(1)
    return entries, problems


def verify_checksums(release_dir: Path) -> list[str]:
    entries, problems = read_checksums(release_dir)
    if not entries and problems:
        return problems
    present = set(release_files(release_dir))
    for name in sorted(set(entries) - present):
        problems.append(f"{name}: missing (listed in SHA256SUMS)")
    for name in sorted(present - set(entries)):
        problems.append(f"{name}: extra file (not listed in SHA256SUMS)")
    for name in sorted(set(entries) & present):
        if sha256_file(release_dir / name) != entries[name]:
            problems.append(f"{name}: changed (its sha256 differs from SHA256SUMS)")
    return problems


def verify_release(release_dir: Path) -> list[str]:
    """Readable problems with a published release; empty when it is sound."""
    if not release_dir.is_dir():
        return [f"{release_dir}: not a release folder"]
    problems = verify_checksums(release_dir)
    if problems:
        return problems
    try:
        tables = read_tables(release_dir)
    except Exception as err:  # a damaged Parquet file can raise many kinds of error
        return [f"{release_dir}: tables cannot be read ({err})"]
    for outcome in check_all(tables):
        problems.extend(outcome.reasons)
    return problems
