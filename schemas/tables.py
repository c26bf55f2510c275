"""One pandera model per published table: the single source of truth for columns, types,
constraints and descriptions. ``datapackage.json`` and the column docs are generated from
these models; the Parquet and CSV writers take their column order and types from them.

Table-level facts that pandera does not model (title, description, primary and foreign keys)
live in each model's ``Config.metadata``.
"""

from __future__ import annotations

from typing import Any

import pandera.pandas as pa
from pandera.typing import Series

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
ISO_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
HEX_ID = r"^[a-z]_[0-9a-f]{16}$"
ENTITY_ID = r"^e_[0-9a-f]{16}$"
SOURCE_ID = r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"


def _key(description: str, *, pattern: str = HEX_ID, unique: bool = False) -> object:
    return pa.Field(description=description, str_matches=pattern, unique=unique)


class DocumentsTable(pa.DataFrameModel):
    """One row per source interview."""

    source_id: Series[str] = pa.Field(
        str_matches=SOURCE_ID,
        unique=True,
        description="Id of the source: the file name of sources/<source_id>.txt.",
    )
    title: Series[str] = pa.Field(description="Title of the interview as published.")
    url: Series[str] = pa.Field(nullable=True, description="Where it was published, if known.")
    publisher: Series[str] = pa.Field(nullable=True, description="Who published it, if known.")
    interviewee: Series[str] = pa.Field(
        nullable=True, description="Name of the interviewee; several are joined by '; '."
    )
    interviewer: Series[str] = pa.Field(
        nullable=True, description="Name of the interviewer; several are joined by '; '."
    )
    interview_date: Series[str] = pa.Field(
        str_matches=ISO_DATE,
        description="Date of the interview (YYYY-MM-DD); relative times resolve against it.",
    )
    published_date: Series[str] = pa.Field(
        nullable=True, str_matches=ISO_DATE, description="Date of publication (YYYY-MM-DD)."
    )
    language: Series[str] = pa.Field(nullable=True, description="Language code, e.g. 'en'.")
    license: Series[str] = pa.Field(
        nullable=True, description="Licence of the source text, as stated by its publisher."
    )
    sha256: Series[str] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the source file's bytes."
    )
    text: Series[str] = pa.Field(
        description="Normalised text (UTF-8, no BOM, LF line ends) that all offsets refer to."
    )

    class Config:
        strict = True
        ordered = True
        metadata = {
            "title": "Documents",
            "primary_key": ["source_id"],
            "foreign_keys": [],
        }


class PassagesTable(pa.DataFrameModel):
    """One row per paragraph-level passage of a document."""

    passage_id: Series[str] = _key(  # type: ignore[assignment]
        "Id of the passage, derived from its source, kind and normalised text.", unique=True
    )
    source_id: Series[str] = pa.Field(description="The document the passage belongs to.")
    seq: Series[int] = pa.Field(ge=0, description="Position of the passage in its document.")
    kind: Series[str] = pa.Field(
        isin=["title", "editorial", "question", "answer", "furniture"],
        description="title, editorial, question, answer or furniture (page furniture).",
    )
    speaker: Series[str] = pa.Field(nullable=True, description="Who speaks, where known.")
    speaker_role: Series[str] = pa.Field(
        nullable=True,
        isin=["interviewee", "interviewer", "editorial"],
        description="interviewee, interviewer or editorial; empty for furniture and titles.",
    )
    question_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=HEX_ID,
        description="For an answer, the passage_id of the question it answers.",
    )
    char_start: Series[int] = pa.Field(ge=0, description="Start offset in documents.text.")
    char_end: Series[int] = pa.Field(ge=0, description="End offset (exclusive) in documents.text.")
    text: Series[str] = pa.Field(description="documents.text[char_start:char_end].")

    class Config:
        strict = True
        ordered = True
        metadata = {
            "title": "Passages",
            "primary_key": ["passage_id"],
            "foreign_keys": [
                {
                    "fields": ["source_id"],
                    "reference": {"resource": "documents", "fields": ["source_id"]},
                },
                {
                    "fields": ["question_id"],
                    "reference": {"resource": "passages", "fields": ["passage_id"]},
                },
            ],
        }


class ClaimsTable(pa.DataFrameModel):
    """One row per claim: a verbatim span that a speaker asserts."""

    claim_id: Series[str] = _key(  # type: ignore[assignment]
        "Stable id of the claim, derived from its source, normalised text and occurrence; "
        "cite it with the release version.",
        unique=True,
    )
    source_id: Series[str] = pa.Field(description="The document the claim comes from.")
    passage_id: Series[str] = pa.Field(
        str_matches=HEX_ID, description="The passage that contains the claim."
    )
    seq: Series[int] = pa.Field(ge=0, description="Position of the claim in its document.")
    speaker: Series[str] = pa.Field(nullable=True, description="Who asserts it, where known.")
    speaker_role: Series[str] = pa.Field(
        isin=["interviewee", "interviewer", "editorial"],
        description="interviewee (answers), interviewer (premises of questions) or editorial.",
    )
    text: Series[str] = pa.Field(
        description="The verbatim span: documents.text[char_start:char_end]."
    )
    char_start: Series[int] = pa.Field(ge=0, description="Start offset in documents.text.")
    char_end: Series[int] = pa.Field(ge=0, description="End offset (exclusive) in documents.text.")
    claim_type: Series[str] = pa.Field(
        isin=["factual", "evaluative", "predictive"],
        description="factual (checkable), evaluative (judgement) or predictive (future or "
        "hypothetical).",
    )
    hedged: Series[bool] = pa.Field(
        description="True when the speaker marks uncertainty or personal stance."
    )
    extractor: Series[str] = pa.Field(
        description="Name and version of the extractor that produced the claim (name/version)."
    )

    class Config:
        strict = True
        ordered = True
        metadata = {
            "title": "Claims",
            "primary_key": ["claim_id"],
            "foreign_keys": [
                {
                    "fields": ["source_id"],
                    "reference": {"resource": "documents", "fields": ["source_id"]},
                },
                {
                    "fields": ["passage_id"],
                    "reference": {"resource": "passages", "fields": ["passage_id"]},
                },
            ],
        }


class EntitiesTable(pa.DataFrameModel):
    """One row per distinct entity named by any claim."""

    entity_id: Series[str] = _key(  # type: ignore[assignment]
        "Stable id of the entity, derived from its canonical name and type.",
        pattern=ENTITY_ID,
        unique=True,
    )
    name: Series[str] = pa.Field(description="Canonical English name (English Wikipedia title).")
    type: Series[str] = pa.Field(
        isin=["person", "organization", "place", "group", "event"],
        description="person, organization, place, group or event.",
    )
    wikidata_id: Series[str] = pa.Field(
        nullable=True, str_matches=r"^Q[1-9][0-9]*$", description="Wikidata item id, if known."
    )

    class Config:
        strict = True
        ordered = True
        metadata = {"title": "Entities", "primary_key": ["entity_id"], "foreign_keys": []}


def _claim_fk() -> dict[str, object]:
    return {"fields": ["claim_id"], "reference": {"resource": "claims", "fields": ["claim_id"]}}


class MentionsTable(pa.DataFrameModel):
    """One row per mention of an entity inside a claim."""

    claim_id: Series[str] = pa.Field(str_matches=HEX_ID, description="The claim.")
    entity_id: Series[str] = pa.Field(str_matches=ENTITY_ID, description="The entity named.")
    text: Series[str] = pa.Field(description="The words as they stand in the source.")
    char_start: Series[int] = pa.Field(ge=0, description="Start offset in documents.text.")
    char_end: Series[int] = pa.Field(ge=0, description="End offset (exclusive) in documents.text.")

    class Config:
        strict = True
        ordered = True
        metadata = {
            "title": "Mentions",
            "primary_key": ["claim_id", "char_start", "char_end"],
            "foreign_keys": [
                _claim_fk(),
                {
                    "fields": ["entity_id"],
                    "reference": {"resource": "entities", "fields": ["entity_id"]},
                },
            ],
        }


class QuantitiesTable(pa.DataFrameModel):
    """One row per number a claim states (years and dates are times, not quantities)."""

    claim_id: Series[str] = pa.Field(str_matches=HEX_ID, description="The claim.")
    text: Series[str] = pa.Field(description="The words as they stand in the source.")
    value: Series[float] = pa.Field(nullable=True, description="The number, if it is one.")
    value_low: Series[float] = pa.Field(nullable=True, description="Lower end of a range.")
    value_high: Series[float] = pa.Field(nullable=True, description="Upper end of a range.")
    unit: Series[str] = pa.Field(
        nullable=True,
        description="Unit: percent, percentage_point, an ISO currency code, or the counted "
        "noun in the singular (person, day, city).",
    )
    char_start: Series[int] = pa.Field(ge=0, description="Start offset in documents.text.")
    char_end: Series[int] = pa.Field(ge=0, description="End offset (exclusive) in documents.text.")

    class Config:
        strict = True
        ordered = True
        metadata = {
            "title": "Quantities",
            "primary_key": ["claim_id", "char_start", "char_end"],
            "foreign_keys": [_claim_fk()],
        }


class TimesTable(pa.DataFrameModel):
    """One row per time expression in a claim, resolved against the interview date."""

    claim_id: Series[str] = pa.Field(str_matches=HEX_ID, description="The claim.")
    text: Series[str] = pa.Field(description="The words as they stand in the source.")
    start: Series[str] = pa.Field(
        nullable=True,
        str_matches=ISO_PARTIAL_DATE,
        description="Start, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); empty if unresolved.",
    )
    end: Series[str] = pa.Field(
        nullable=True,
        str_matches=ISO_PARTIAL_DATE,
        description="End, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); empty if open or unresolved.",
    )
    char_start: Series[int] = pa.Field(ge=0, description="Start offset in documents.text.")
    char_end: Series[int] = pa.Field(ge=0, description="End offset (exclusive) in documents.text.")

    class Config:
        strict = True
        ordered = True
        metadata = {
            "title": "Times",
            "primary_key": ["claim_id", "char_start", "char_end"],
            "foreign_keys": [_claim_fk()],
        }


class ChangesTable(pa.DataFrameModel):
    """One row per claim added, removed or modified since the previous release."""

    claim_id: Series[str] = pa.Field(str_matches=HEX_ID, unique=True, description="The claim.")
    source_id: Series[str] = pa.Field(description="The document the claim belongs to.")
    change: Series[str] = pa.Field(
        isin=["added", "removed", "modified"], description="added, removed or modified."
    )
    fields: Series[str] = pa.Field(
        nullable=True,
        description="For a modified claim, the changed fields joined by ';' (child tables "
        "as quantities, times, mentions).",
    )

    class Config:
        strict = True
        ordered = True
        metadata = {"title": "Changes", "primary_key": ["claim_id"], "foreign_keys": []}


TABLES: dict[str, type[pa.DataFrameModel]] = {
    "documents": DocumentsTable,
    "passages": PassagesTable,
    "claims": ClaimsTable,
    "entities": EntitiesTable,
    "mentions": MentionsTable,
    "quantities": QuantitiesTable,
    "times": TimesTable,
    "changes": ChangesTable,
}
"""Every published table by name, in the order they are documented and written."""

DATA_TABLES = tuple(name for name in TABLES if name != "changes")
"""The tables built from sources; ``changes`` is computed against the previous release."""


def table_metadata(name: str) -> dict[str, Any]:
    """The table's title, primary key and foreign keys, as its model's Config declares them."""
    model = TABLES[name]
    meta: dict[str, Any] = (model.get_metadata() or {}).get(model.__name__, {}).get("dataframe", {})
    return meta
