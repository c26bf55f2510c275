"""A release holds exactly the sources of its sources folder: checked just before publishing,
so that a run whose instance was changed meanwhile by another build or a sensor (a different
sources folder sharing one Dagster instance, say) fails instead of publishing a mixture."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def sources_mismatch(documents: pd.DataFrame, sources_dir: Path) -> str | None:
    """What differs between the documents about to be published and the texts now in
    ``sources_dir`` (ids and sha256 of each ``<id>.txt``), or None when they agree."""
    published = dict(zip(documents["source_id"], documents["sha256"], strict=True))
    present = {path.stem: path for path in sources_dir.glob("*.txt")}
    extra = sorted(set(published) - set(present))
    missing = sorted(set(present) - set(published))
    changed = sorted(
        key for key in set(published) & set(present) if _sha256(present[key]) != published[key]
    )
    if not (extra or missing or changed):
        return None
    descriptions = []
    if extra:
        descriptions.append(f"the dataset holds {_names(extra)}, not in the folder")
    if missing:
        descriptions.append(f"it lacks {_names(missing)}")
    if changed:
        descriptions.append(f"{_names(changed)} changed")
    return (
        f"the dataset does not match {sources_dir}: {'; '.join(descriptions)} (another build "
        "or a sensor changed the Dagster instance, or the sources changed, during this build); "
        "run the build again"
    )


def _names(keys: list[str]) -> str:
    return ", ".join(keys[:5]) + (f" and {len(keys) - 5} more" if len(keys) > 5 else "")
