"""``outputs/releases/index.json``: every release, newest first, with its date and content
hash. It is rewritten atomically, after the release folder is in place."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pipeline.publish.versioning import VersionError, parse_version

INDEX_NAME = "index.json"


class IndexError_(ValueError):
    """An index.json that cannot be trusted."""


def read_index(releases_dir: Path) -> list[dict[str, Any]]:
    """The releases listed in the index, newest first; empty if there is no index yet."""
    path = releases_dir / INDEX_NAME
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["releases"]
        for entry in entries:
            parse_version(entry["version"])
    except (json.JSONDecodeError, KeyError, TypeError, VersionError) as err:
        raise IndexError_(f"{path}: not a valid release index ({err})") from None
    return sorted(entries, key=lambda e: parse_version(e["version"]), reverse=True)


def write_index(releases_dir: Path, entries: list[dict[str, Any]]) -> None:
    ordered = sorted(entries, key=lambda e: parse_version(e["version"]), reverse=True)
    body = json.dumps({"releases": ordered}, indent=2, ensure_ascii=False) + "\n"
    tmp = releases_dir / f".{INDEX_NAME}.tmp-{os.getpid()}"
    tmp.write_text(body, encoding="utf-8")
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, releases_dir / INDEX_NAME)


def latest(releases_dir: Path) -> dict[str, Any] | None:
    entries = read_index(releases_dir)
    return entries[0] if entries else None
