"""The content hash the index records for each release: a hash over every file of the
release (the SHA-256 of each, by path), so that no file, Parquet or CSV, data or metadata,
can be altered, even together with ``SHA256SUMS``, without the index noticing.

Indexes written before this covered only the CSV tables (``sha256:`` prefix); such an entry is
still checked, and its Parquet files must render to exactly the CSV bytes it covers."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.publish.files import csv_matches_parquet, release_files, sha256_file
from pipeline.publish.layout import table_path
from schemas import DATA_TABLES

PREFIX = "sha256-files:"
LEGACY_PREFIX = "sha256:"


def content_hash(release_dir: Path) -> str:
    """``sha256-files:<hex>`` over ``<sha256>  <path>`` of every file but SHA256SUMS."""
    digest = hashlib.sha256()
    for name in release_files(release_dir):
        digest.update(f"{sha256_file(release_dir / name)}  {name}\n".encode())
    return f"{PREFIX}{digest.hexdigest()}"


def legacy_content_hash(release_dir: Path) -> str:
    """The hash of the CSV tables only, as indexes before ``sha256-files:`` recorded it."""
    digest = hashlib.sha256()
    for name in DATA_TABLES:
        digest.update(f"{name} {sha256_file(table_path(release_dir, name, 'csv'))}\n".encode())
    return f"{LEGACY_PREFIX}{digest.hexdigest()}"


def _parquet_renders_as_csv(release_dir: Path) -> bool:
    """Whether every data table's Parquet file, written out as CSV the way releases are,
    gives exactly the bytes of its CSV twin."""
    return all(csv_matches_parquet(release_dir, name) for name in DATA_TABLES)


def matches(release_dir: Path, expected: str) -> bool:
    """Whether the release's files are those ``expected`` (an index's content hash) covers."""
    if expected.startswith(PREFIX):
        return content_hash(release_dir) == expected
    if expected.startswith(LEGACY_PREFIX):
        return legacy_content_hash(release_dir) == expected and _parquet_renders_as_csv(release_dir)
    return False


def from_checksums(entries: dict[str, str]) -> str:
    """:func:`content_hash` from a release's verified SHA256SUMS entries (path -> sha256),
    without reading the files a second time."""
    digest = hashlib.sha256()
    for name in sorted(entries):
        digest.update(f"{entries[name]}  {name}\n".encode())
    return f"{PREFIX}{digest.hexdigest()}"
