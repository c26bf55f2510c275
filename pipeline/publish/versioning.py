"""Decide from the data whether to publish and which version: semantic versioning of a
dataset.

- a changed table schema (column added, removed, renamed or retyped): major;
- claims (or documents) added or removed: minor;
- a corpus table the previous release lacks (a new table), or gold claims added or removed:
  minor; a corpus table the previous release has and this one lacks: major;
- only values changed: patch;
- identical tables: nothing to publish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from pipeline.publish.tables import Tables
from schemas import CORPUS_TABLES, DATA_TABLES

Bump = Literal["major", "minor", "patch"]
VERSION_PATTERN = re.compile(r"^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$")
FIRST_VERSION = "1.0.0"


class VersionError(ValueError):
    """A version that is malformed or not allowed here."""


def parse_version(text: str) -> tuple[int, int, int]:
    match = VERSION_PATTERN.fullmatch(text)
    if not match:
        raise VersionError(f"{text!r} is not a version of the form MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def is_version(name: str) -> bool:
    """Whether ``name`` is a version (a release folder's name)."""
    try:
        parse_version(name)
    except VersionError:
        return False
    return True


def bumped(version: str, bump: Bump) -> str:
    major, minor, patch = parse_version(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def schema_signature(tables: Tables) -> dict[str, list[tuple[str, str]]]:
    return {
        name: [(str(col), str(dtype)) for col, dtype in tables[name].dtypes.items()]
        for name in (*DATA_TABLES, *CORPUS_TABLES)
        if name in tables
    }


def _same_rows(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    if list(a.columns) != list(b.columns) or len(a) != len(b):
        return False
    return bool(a.reset_index(drop=True).equals(b.reset_index(drop=True)))


def required_bump(previous: Tables, current: Tables) -> Bump | None:
    """The smallest bump that describes the difference, or None when the data is identical.

    The corpus tables count when either side has them: the gold alone changing makes a new
    release, and a release lacking them (published before they existed) differs from one
    that has them."""
    corpus_before = {n for n in CORPUS_TABLES if n in previous}
    corpus_now = {n for n in CORPUS_TABLES if n in current}
    if corpus_before - corpus_now:
        return "major"  # a table removed
    before, now = schema_signature(previous), schema_signature(current)
    if set(before).difference(corpus_before) != set(now).difference(corpus_now):
        return "major"
    if any(before[n] != now[n] for n in before):
        return "major"
    if corpus_now - corpus_before:
        return "minor"  # a new table
    keys = [("claims", "claim_id"), ("documents", "source_id")]
    keys += [("annotations", "annotation_id")] if "annotations" in corpus_now else []
    for name, key in keys:
        if set(previous[name][key].tolist()) != set(current[name][key].tolist()):
            return "minor"
    if all(_same_rows(previous[n], current[n]) for n in (*DATA_TABLES, *sorted(corpus_now))):
        return None
    return "patch"


@dataclass(frozen=True)
class VersionDecision:
    version: str | None
    bump: Bump | None
    reason: str


def decide_version(
    latest: str | None, bump: Bump | None, requested: str | None = None
) -> VersionDecision:
    """The version to publish: the data's bump applied to ``latest``, or ``requested`` if it
    is at least that high. A lower requested version is refused."""
    if latest is None:
        version = requested or FIRST_VERSION
        parse_version(version)
        return VersionDecision(version, None, "first release")
    if bump is None:
        return VersionDecision(None, None, f"the tables are identical to release {latest}")
    computed = bumped(latest, bump)
    if requested is None:
        return VersionDecision(computed, bump, f"{bump} change since {latest}")
    if parse_version(requested) < parse_version(computed):
        raise VersionError(
            f"--version {requested} is lower than {computed}, which a {bump} change since "
            f"{latest} requires; versions can be raised, never lowered"
        )
    return VersionDecision(requested, bump, f"{bump} change since {latest}, raised to {requested}")


def check_requested(requested: str, latest: str | None) -> None:
    """A requested version must be well-formed and above the latest release: checked
    before any work, so that a typo never costs a whole extraction first."""
    wanted = parse_version(requested)
    if latest is not None and wanted <= parse_version(latest):
        raise VersionError(
            f"--version {requested} is not above the latest release {latest}; "
            "versions can be raised, never lowered"
        )
