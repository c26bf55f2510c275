"""The table layout of releases 1.x (1.0.0 to 1.2.1), frozen: what those releases hold, so that
they stay loadable and verifiable as they were published while the registry moves on.

Releases 1.x keep their tables in ``data/<table>.parquet`` and ``data/<table>.csv``; dates are
YYYY-MM-DD text, a time has only ``start`` and ``end`` (ISO text at the expression's own
granularity), claims have no ``question_id`` and documents no ``text_sha256``. Every column not
renamed or retyped is the registry's own (:data:`schemas.registry.REGISTRY`), so descriptions
and checks are stated once. :data:`RENAMED` maps the 1.x names to today's, for the changelog
of the first 2.0.0 release and for comparing a new build with a 1.x release.
"""

from __future__ import annotations

from schemas.registry import REGISTRY, Column, Table

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
ISO_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "source_id", "title", "url", "publisher", "interviewee", "interviewer",
        "interview_date", "published_date", "language", "license", "sha256", "text",
    ),
    "passages": (
        "passage_id", "source_id", "seq", "kind", "speaker", "speaker_role", "question_id",
        "char_start", "char_end", "text",
    ),
    "claims": (
        "claim_id", "source_id", "passage_id", "seq", "speaker", "speaker_role", "text",
        "char_start", "char_end", "claim_type", "hedged", "extractor",
    ),
    "entities": ("entity_id", "name", "type", "wikidata_id"),
    "mentions": ("claim_id", "entity_id", "text", "char_start", "char_end"),
    "quantities": (
        "claim_id", "text", "value", "value_low", "value_high", "unit", "char_start", "char_end",
    ),
    "times": ("claim_id", "text", "start", "end", "char_start", "char_end"),
    "changes": ("claim_id", "source_id", "change", "fields"),
}  # fmt: skip
"""Each 1.x table's columns, in order."""

RENAMED: dict[str, dict[str, str]] = {
    "times": {"start": "start_iso", "end": "end_iso"},
}
"""1.x column name -> today's, per table."""

_OWN: dict[tuple[str, str], Column] = {
    ("documents", "interview_date"): Column(
        "interview_date", str, "Date of the interview (YYYY-MM-DD).", pattern=ISO_DATE
    ),
    ("documents", "published_date"): Column(
        "published_date", str, "Date of publication (YYYY-MM-DD).", nullable=True,
        pattern=ISO_DATE,
    ),
    ("documents", "license"): Column(
        "license", str, "Licence of the source text, as stated by its publisher.", nullable=True
    ),
    ("documents", "text"): Column(
        "text", str, "Normalised text that all offsets refer to."
    ),
    ("passages", "text"): Column("text", str, "documents.text[char_start:char_end]."),
    ("times", "start"): Column(
        "start", str, "Start, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); empty if unresolved.",
        nullable=True, pattern=ISO_PARTIAL_DATE,
    ),
    ("times", "end"): Column(
        "end", str, "End, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); empty if open or unresolved.",
        nullable=True, pattern=ISO_PARTIAL_DATE,
    ),
}  # fmt: skip


def _legacy(entry: Table) -> Table:
    names = COLUMNS[entry.name]
    current = {c.name: c for c in entry.columns}
    columns = tuple(_OWN.get((entry.name, n)) or current[n] for n in names)
    keys = tuple(fk for fk in entry.foreign_keys if all(f in names for f in fk[0]))
    return Table(
        entry.name,
        entry.title,
        entry.description,
        columns,
        entry.primary_key,
        entry.sort_keys,
        keys,
    )


LEGACY_1: tuple[Table, ...] = tuple(_legacy(entry) for entry in REGISTRY if entry.name in COLUMNS)
"""The registry as releases 1.x were published."""


def legacy_table(name: str) -> Table:
    for entry in LEGACY_1:
        if entry.name == name:
            return entry
    raise KeyError(f"no table {name!r}")
