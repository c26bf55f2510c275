"""The delta between two releases: one row per claim added, removed or modified, and the
source and extractor changes behind them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from pipeline.publish.tables import Tables, typed
from schemas import table

CHILD_TABLES = ("quantities", "times", "mentions")
NOT_CONTENT = frozenset({"extractor"})
"""Claim columns whose change alone does not make a claim modified: a new extractor version
on a claim it extracts exactly as before is said once in the changelog, not per claim."""
POSITION = frozenset({"seq", "passage_id", "question_id", "char_start", "char_end"})
"""Where a claim stands; every other column (text, type, hedging, speaker, confidences) and
its quantities, times and mentions are its content."""


def _changed_children(previous: Tables, current: Tables, name: str) -> set[str]:
    """Claims whose set of rows in child table ``name`` differs between the two releases:
    one outer merge on every column (NA matches NA) instead of a set per claim in Python."""
    old, new = previous[name], current[name]
    if list(old.columns) != list(new.columns):  # another layout: every claim's rows differ
        return set(old["claim_id"]) | set(new["claim_id"])
    # Rows are told apart by a 64-bit hash of all their values (as typed by the models, so
    # equal values hash equally in both releases): two isin() calls instead of a merge.
    old_rows = pd.util.hash_pandas_object(old, index=False).to_numpy()
    new_rows = pd.util.hash_pandas_object(new, index=False).to_numpy()
    gone = old["claim_id"].to_numpy()[~np.isin(old_rows, new_rows)]
    came = new["claim_id"].to_numpy()[~np.isin(new_rows, old_rows)]
    return set(gone.tolist()) | set(came.tolist())


def _modified_fields(prev: pd.DataFrame, cur: pd.DataFrame) -> dict[str, list[str]]:
    """For claims in both (indexed by claim_id), the columns whose values differ; compared
    column by column over aligned frames rather than cell by cell."""
    common = cur.index.intersection(prev.index)
    columns = [c for c in cur.columns if c in prev.columns and c not in NOT_CONTENT]
    a, b = cur.loc[common, columns], prev.loc[common, columns]
    differs = (~((a == b) | (a.isna() & b.isna()))).to_numpy()
    out: dict[str, list[str]] = {}
    rows = np.flatnonzero(differs.any(axis=1))  # only the few changed rows, one by one
    for cid, row in zip(common[rows], differs[rows], strict=True):
        out[cid] = [c for c, flag in zip(columns, row, strict=True) if flag]
    return out


def changes_table(previous: Tables | None, current: Tables) -> pd.DataFrame:
    """Claims added, removed or modified (with the fields that changed) since ``previous``."""
    cur = current["claims"].set_index("claim_id")
    if previous is None:
        rows = [
            {"claim_id": cid, "source_id": sid, "change": "added", "fields": None}
            for cid, sid in zip(cur.index, cur["source_id"], strict=True)
        ]
        return typed("changes", rows)
    prev = previous["claims"].set_index("claim_id")
    rows = [
        {"claim_id": cid, "source_id": sid, "change": change, "fields": None}
        for frame, other, change in ((cur, prev, "added"), (prev, cur, "removed"))
        for cid, sid in frame.loc[frame.index.difference(other.index), "source_id"].items()
    ]
    fields = _modified_fields(prev, cur)
    common = cur.index.intersection(prev.index)
    for name in CHILD_TABLES:
        changed = _changed_children(previous, current, name)
        for cid in common[common.isin(list(changed))]:
            fields.setdefault(cid, []).append(name)
    sources = cur["source_id"]
    rows += [
        {
            "claim_id": cid,
            "source_id": sources[cid],
            "change": "modified",
            "fields": ";".join(changed),
        }
        for cid, changed in fields.items()
    ]
    frame = typed("changes", rows)
    return typed("changes", frame.sort_values(list(table("changes").sort_keys), kind="stable"))


@dataclass
class ChangeSummary:
    """What changed between two releases, in counts, for the changelog and ``diff``."""

    added: int = 0
    removed: int = 0
    modified: int = 0
    content_modified: int = 0
    """Modified claims whose content changed (not only their position)."""
    unchanged_new_extractor: int = 0
    """Claims in both releases whose content is the same although their extractor changed."""
    fields: dict[str, int] = field(default_factory=dict)
    sources_added: list[str] = field(default_factory=list)
    sources_removed: list[str] = field(default_factory=list)
    sources_edited: list[str] = field(default_factory=list)
    extractors_before: list[str] = field(default_factory=list)
    extractors_after: list[str] = field(default_factory=list)

    @property
    def extractor_changed(self) -> bool:
        return self.extractors_before != self.extractors_after


def _extractors(tables: Tables) -> list[str]:
    return sorted(set(tables["claims"]["extractor"]))


def summarise(previous: Tables | None, current: Tables, changes: pd.DataFrame) -> ChangeSummary:
    counts = changes["change"].value_counts()
    summary = ChangeSummary(
        added=int(counts.get("added", 0)),
        removed=int(counts.get("removed", 0)),
        modified=int(counts.get("modified", 0)),
        extractors_after=_extractors(current),
    )
    field_counts: dict[str, int] = {}
    for fields in changes["fields"].dropna():
        names = str(fields).split(";")
        if any(name not in POSITION for name in names):
            summary.content_modified += 1
        for name in names:
            field_counts[name] = field_counts.get(name, 0) + 1
    summary.fields = dict(sorted(field_counts.items()))
    new_docs = current["documents"].set_index("source_id")["sha256"]
    if previous is None:
        summary.sources_added = sorted(new_docs.index)
        return summary
    summary.extractors_before = _extractors(previous)
    if summary.extractor_changed:
        before = previous["claims"].set_index("claim_id")["extractor"]
        after = current["claims"].set_index("claim_id")["extractor"]
        common = after.index.intersection(before.index)
        relabelled = set(common[(after[common] != before[common]).to_numpy()].tolist())
        listed = set(changes.loc[changes["change"] == "modified", "claim_id"].tolist())
        summary.unchanged_new_extractor = len(relabelled - listed)
    old_docs = previous["documents"].set_index("source_id")["sha256"]
    summary.sources_added = sorted(new_docs.index.difference(old_docs.index))
    summary.sources_removed = sorted(old_docs.index.difference(new_docs.index))
    summary.sources_edited = sorted(
        sid for sid in new_docs.index.intersection(old_docs.index) if new_docs[sid] != old_docs[sid]
    )
    return summary


def _names(items: Iterable[str]) -> str:
    return ", ".join(f"`{i}`" for i in items)


def describe(summary: ChangeSummary) -> list[str]:
    """Markdown bullet lines that say in words what changed."""
    position_only = summary.modified - summary.content_modified
    lines = [
        f"- Claims: {summary.added} added, {summary.removed} removed, {summary.modified} modified"
        + (
            f" ({summary.content_modified} in content: text, type, hedging or attributes; "
            f"{position_only} in position only)"
            if summary.modified
            else ""
        )
        + "."
    ]
    if summary.fields:
        detail = ", ".join(f"{name} ({n})" for name, n in summary.fields.items())
        lines.append(f"- Fields changed in modified claims: {detail}.")
    source_parts = []
    if summary.sources_added:
        source_parts.append(f"new interviews {_names(summary.sources_added)}")
    if summary.sources_edited:
        source_parts.append(f"edited interviews {_names(summary.sources_edited)}")
    if summary.sources_removed:
        source_parts.append(f"removed interviews {_names(summary.sources_removed)}")
    lines.append("- Source changes: " + ("; ".join(source_parts) if source_parts else "none") + ".")
    if summary.extractor_changed and summary.extractors_before:
        lines.append(
            f"- Extractor changes: {_names(summary.extractors_before)} replaced by "
            f"{_names(summary.extractors_after)}; {summary.unchanged_new_extractor} claim(s) "
            "that it extracts exactly as before carry the new version and are not listed as "
            "modified."
        )
    else:
        lines.append(f"- Extractor changes: none (claims by {_names(summary.extractors_after)}).")
    return lines
