"""Verify a published release: checksums (changed, missing or extra files), every Parquet
table against its model (types, allowed values, patterns, keys), the cross-table rules, and
each CSV file against its Parquet twin, row for row and value for value. A 1.x release is
checked against the layout it was published in (:mod:`schemas.legacy`)."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from pipeline.publish.files import csv_matches_parquet, read_tables, release_files, sha256_file
from pipeline.publish.layout import declaration, is_legacy, relative_path, release_tables
from pipeline.publish.validation import check_all
from schemas import CORPUS_TABLES, TABLES

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
    return verify_tables(release_dir)


def verify_tables(release_dir: Path) -> list[str]:
    """The tables of a release folder checked (not its checksums): a hydrated copy too."""
    problems = []
    # The tables this release has: those added later (the corpus tables) may be absent.
    names = release_tables(release_dir)
    missing = [n for n in TABLES if n not in CORPUS_TABLES and n not in names]
    if missing:
        problems.append(f"{release_dir}: tables missing: {', '.join(missing)}")
    try:
        tables = read_tables(release_dir, names)
    except Exception as err:  # a damaged Parquet file can raise many kinds of error
        return [*problems, f"{release_dir}: tables cannot be read ({err})"]
    declarations = {name: declaration(release_dir, name) for name in names}
    for outcome in check_all(tables, declarations):
        problems.extend(outcome.reasons)
    legacy = is_legacy(release_dir)
    for name in names:
        try:
            same = csv_matches_parquet(release_dir, name)
        except Exception as err:
            problems.append(f"{relative_path(name, 'csv', legacy)}: cannot be compared ({err})")
            continue
        if not same:
            problems.append(
                f"{relative_path(name, 'csv', legacy)}: does not hold the rows of "
                f"{relative_path(name, 'parquet', legacy)}"
            )
    return problems
