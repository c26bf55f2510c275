"""``load("claims")``: one table of a release as a typed pandas DataFrame, from a local
release or outputs folder, or from a base URL through a verified download cache."""

from __future__ import annotations

import hashlib
import os
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.access.download import (
    DownloadError,
    Source,
    check_existing,
    fetch_release,
    resolve_version,
)
from pipeline.publish.files import read_tables
from pipeline.publish.index import IndexError_, read_index
from pipeline.publish.layout import release_tables
from pipeline.publish.licences import HydrateError, hydrate
from pipeline.publish.verify import verify_checksums
from pipeline.publish.versioning import parse_version
from schemas import TABLES

if TYPE_CHECKING:
    import pandas as pd

CACHE_ENV = "INTERVIEW_CLAIMS_CACHE"
DEFAULT_SOURCE = Path("outputs")


class LoadError(RuntimeError):
    """A table that cannot be loaded; the message says why."""


def cache_dir() -> Path:
    """``$INTERVIEW_CLAIMS_CACHE``, else ``$XDG_CACHE_HOME/interview-claims``, else
    ``~/.cache/interview-claims``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    xdg = os.environ.get("XDG_CACHE_HOME")
    root = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return root / "interview-claims"


def _is_url(source: str | os.PathLike[str]) -> bool:
    return bool(urllib.parse.urlsplit(os.fspath(source)).scheme)


def _local_release(folder: Path, version: str) -> Path:
    """The release folder for ``version`` given a release, releases or outputs folder."""
    if (folder / "SHA256SUMS").is_file():  # a release folder itself
        if version not in ("latest", folder.name) and (folder.parent / version).is_dir():
            return folder.parent / version
        return folder
    releases = folder / "releases" if (folder / "releases").is_dir() else folder
    entries = read_index(releases)
    if version == "latest":
        if not entries:
            raise LoadError(f"{releases}: no release is listed in index.json")
        version = str(entries[0]["version"])
    path = releases / version
    if not path.is_dir():
        raise LoadError(f"{releases}: no release {version}")
    return path


def _cached_release(base: str, version: str) -> Path:
    """Download (once) and return the release under the cache, keyed by the base URL."""
    folder = cache_dir() / hashlib.sha256(base.rstrip("/").encode()).hexdigest()[:16]
    if version != "latest" and (folder / version).is_dir():
        # A pinned version already cached needs no network: verify the copy and use it.
        check_existing(folder / version, version)
        return folder / version
    source = Source(base)
    entry = resolve_version(source, version)
    return fetch_release(source, entry, folder / str(entry["version"]))


def release_path(version: str = "latest", source: str | os.PathLike[str] | None = None) -> Path:
    """A local, checksum-verified folder of the release ``version`` from ``source``."""
    if version != "latest":
        parse_version(version)
    if source is not None and _is_url(source):
        try:
            return _cached_release(os.fspath(source), version)
        except DownloadError as err:
            raise LoadError(str(err)) from None
    folder = Path(source) if source is not None else DEFAULT_SOURCE
    if not folder.is_dir():
        raise LoadError(f"{folder}: no such folder; pass source= a release folder or URL")
    try:
        path = _local_release(folder, version)
    except IndexError_ as err:  # e.g. a listed version such as "../x" that is not one
        raise LoadError(str(err)) from None
    problems = verify_checksums(path)
    if problems:
        raise LoadError(f"{path} does not match its SHA256SUMS: " + "; ".join(problems))
    return path


def load(
    table: str = "claims",
    version: str = "latest",
    source: str | os.PathLike[str] | None = None,
    texts: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """One table of a release, typed as the table models say.

    ``source`` is a release folder, an ``outputs`` or ``outputs/releases`` folder, or a base
    URL laid out like ``outputs/releases`` (downloaded once into :func:`cache_dir`);
    ``None`` means ``./outputs``. ``texts``: a folder of your own copies of the sources
    (``<source_id>.txt``) from which the texts the release withholds (licence) are restored
    in ``documents`` and ``passages``; a copy whose hash differs raises :class:`LoadError`.
    """
    if table not in TABLES:
        raise LoadError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    path = release_path(version, source)
    if table not in release_tables(path):  # a table added later than this release
        raise LoadError(f"release {path.name} has no table {table!r}")
    if texts is None or table not in ("documents", "passages"):
        return read_tables(path, (table,))[table]
    tables = read_tables(path, ("documents", "passages"))
    if "text_sha256" not in tables["documents"]:  # 1.x: every text is in the release
        return tables[table]
    try:
        return hydrate(tables, Path(texts)).tables[table]
    except HydrateError as err:
        raise LoadError(str(err)) from None
