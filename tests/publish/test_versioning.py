"""Semantic versions decided by the data."""

from __future__ import annotations

import pytest

from pipeline.publish.tables import Tables, typed
from pipeline.publish.versioning import VersionError, decide_version, required_bump


def copy(tables: Tables) -> Tables:
    return {name: frame.copy() for name, frame in tables.items()}


def test_identical_tables_need_no_release(reference_tables: Tables) -> None:
    assert required_bump(reference_tables, copy(reference_tables)) is None
    assert decide_version("1.2.3", None).version is None


def test_changed_attribute_is_a_patch(reference_tables: Tables) -> None:
    changed = copy(reference_tables)
    changed["claims"].loc[0, "hedged"] = not bool(changed["claims"].loc[0, "hedged"])
    assert required_bump(reference_tables, changed) == "patch"
    assert decide_version("1.2.3", "patch").version == "1.2.4"


def test_added_or_removed_claims_are_a_minor_version(reference_tables: Tables) -> None:
    fewer = copy(reference_tables)
    fewer["claims"] = typed("claims", fewer["claims"].iloc[1:])
    assert required_bump(reference_tables, fewer) == "minor"
    assert required_bump(fewer, reference_tables) == "minor"
    assert decide_version("1.2.3", "minor").version == "1.3.0"


def test_changed_schema_is_a_major_version(reference_tables: Tables) -> None:
    renamed = copy(reference_tables)
    renamed["claims"] = renamed["claims"].rename(columns={"hedged": "is_hedged"})
    assert required_bump(reference_tables, renamed) == "major"
    retyped = copy(reference_tables)
    retyped["claims"]["seq"] = retyped["claims"]["seq"].astype("float64")
    assert required_bump(reference_tables, retyped) == "major"
    assert decide_version("1.2.3", "major").version == "2.0.0"


def test_requested_version_can_raise_but_never_lower() -> None:
    assert decide_version("1.2.3", "patch", "2.0.0").version == "2.0.0"
    assert decide_version("1.2.3", "patch", "1.2.4").version == "1.2.4"
    with pytest.raises(VersionError, match=r"lower than 1\.3\.0"):
        decide_version("1.2.3", "minor", "1.2.9")
    with pytest.raises(VersionError, match="not a version"):
        decide_version(None, None, "v1")
    assert decide_version(None, None).version == "1.0.0"
