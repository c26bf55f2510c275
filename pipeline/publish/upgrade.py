"""A 1.x release's tables in today's layout, for comparing a new build with it (the delta
table, the changelog) so that a renamed or retyped column does not show as every claim
changed. A published release itself is never rewritten: this is only a view in memory.
"""

from __future__ import annotations

import pandas as pd

from pipeline.publish.tables import RowError, Tables, text_sha256, time_columns, typed
from schemas import TABLES, table
from schemas.legacy import COLUMNS, RENAMED


def _is_1x(tables: Tables) -> bool:
    return all(
        list(tables[n].columns) == list(COLUMNS[n]) for n in TABLES if n in tables and n in COLUMNS
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame typed by the registry, or as converted when today's table has a column 1.x
    cannot give (one added after 2.0.0): compared on the columns both have."""
    try:
        return typed(name, frame)
    except RowError:
        return frame[[c for c in table(name).column_names if c in frame.columns]]


def upgrade(tables: Tables) -> Tables:
    """``tables`` as today's registry lays them out, when they are in the 1.x layout: renamed
    columns renamed, dates typed, derived columns computed. A column today's registry has and
    1.x cannot give is left out; otherwise ``tables`` unchanged."""
    if not _is_1x(tables):
        return tables
    out = dict(tables)
    if "documents" in tables:
        docs = tables["documents"].copy()
        docs["license"] = [_text(v) or "unknown" for v in docs["license"].tolist()]
        docs["redistribution"] = None
        docs["text_sha256"] = [text_sha256(t) for t in docs["text"].tolist()]
        out["documents"] = _typed("documents", docs)
    if "claims" in tables and "passages" in tables:
        claims = tables["claims"].copy()
        questions = tables["passages"].set_index("passage_id")["question_id"]
        claims["question_id"] = claims["passage_id"].map(questions)
        out["claims"] = _typed("claims", claims)
    if "times" in tables:
        times = tables["times"]
        derived = [
            time_columns(_text(s), _text(e))
            for s, e in zip(times["start"].tolist(), times["end"].tolist(), strict=True)
        ]
        frame = times.drop(columns=["start", "end"]).reset_index(drop=True)
        frame = pd.concat(
            [frame, pd.DataFrame(derived, columns=list(time_columns(None, None)))], axis=1
        )
        out["times"] = _typed("times", frame)
    for name in TABLES:
        if name in out and name not in ("documents", "claims", "times"):
            out[name] = _typed(name, out[name])
    return out


def layout_changes(previous: Tables, current: Tables, previous_legacy: bool) -> list[str]:
    """Changelog lines naming every column renamed, added, removed or retyped since
    ``previous`` (as it is stored), with the old name beside the new."""
    lines = []
    if previous_legacy:
        lines.append(
            "- Files: `data/<table>.parquet` and `data/<table>.csv` moved to "
            "`data/parquet/<table>.parquet` and `data/csv/<table>.csv`, one folder per format."
        )
    for name in TABLES:
        if name not in previous or name not in current:
            continue
        old, new = previous[name], current[name]
        renamed = {
            a: b for a, b in RENAMED.get(name, {}).items() if a in old.columns and b in new.columns
        }
        added = [c for c in new.columns if c not in old.columns and c not in renamed.values()]
        removed = [c for c in old.columns if c not in new.columns and c not in renamed]
        retyped = [
            c for c in new.columns if c in old.columns and str(old[c].dtype) != str(new[c].dtype)
        ]
        parts = [f"`{name}.{a}` renamed `{b}`" for a, b in renamed.items()]
        parts += [f"`{name}.{c}` added" for c in added]
        parts += [f"`{name}.{c}` removed" for c in removed]
        parts += [
            f"`{name}.{c}` is now {'a date' if table(name).column(c).is_date else new[c].dtype} "
            f"(was {old[c].dtype})"
            for c in retyped
        ]
        if parts:
            lines.append(f"- Columns of {name}: " + "; ".join(parts) + ".")
    return lines
