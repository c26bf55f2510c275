"""Plain data types passed between the extraction steps.

Fields named like a column of a published table become that column's value in
``pipeline.publish.tables`` (by name: a field the table lacks, or a column no field or id
fills, is an error there). A new column's value is computed into a field here.

Every offset is a Python string index into ``Document.text`` (the normalised text), end
exclusive, unless a docstring says it is relative to a smaller piece of text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

# The vocabularies are declared with the columns that hold them, in the field registry.
from schemas.registry import ClaimType, EntityType, PassageKind, SpeakerRole


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """The metadata of one source, read from ``sources/<id>.yaml``."""

    title: str
    interview_date: date
    url: str | None = None
    publisher: str | None = None
    interviewee: tuple[str, ...] = ()
    interviewer: tuple[str, ...] = ()
    published_date: date | None = None
    language: str | None = None
    license: str | None = None
    """An SPDX id, ``public-domain`` or ``unknown`` (None: not stated, taken as unknown)."""
    redistribution: str | None = None
    """A recorded permission to redistribute the full text: ``permitted: <note>``."""


@dataclass(frozen=True, slots=True)
class Document:
    """One interview: its id, metadata, the sha256 of its file's bytes and its normalised text."""

    source_id: str
    meta: SourceMeta
    sha256: str
    text: str


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph-level unit of a document with its kind and speaker.

    ``seq`` counts passages from 0 in document order; ``question_seq`` is, for an answer, the
    ``seq`` of the question passage it answers.
    """

    seq: int
    kind: PassageKind
    char_start: int
    char_end: int
    speaker: str | None = None
    speaker_role: SpeakerRole | None = None
    question_seq: int | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number a claim states. Offsets are relative to the text it was found in."""

    char_start: int
    char_end: int
    text: str
    value: float | None
    value_low: float | None
    value_high: float | None
    unit: str | None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression, resolved to ISO 8601 (year, year-month or date) where possible.

    Offsets are relative to the text it was found in.
    """

    char_start: int
    char_end: int
    text: str
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity in a claim. Offsets are relative to the text it was found in."""

    char_start: int
    char_end: int
    text: str
    name: str
    type: EntityType
    wikidata_id: str | None


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim: a verbatim span of the document with its attributes.

    ``char_start``/``char_end`` are document offsets; so are the offsets of its quantities,
    times and mentions.
    """

    passage_seq: int
    char_start: int
    char_end: int
    text: str
    speaker: str | None
    speaker_role: SpeakerRole
    claim_type: ClaimType
    hedged: bool
    type_confidence: float = 1.0
    """The claim model's probability of ``claim_type`` (1.0 when the rules alone decide)."""
    hedged_confidence: float = 1.0
    """The claim model's probability of ``hedged``."""
    quantities: tuple[Quantity, ...] = field(default=())
    times: tuple[TimeExpression, ...] = field(default=())
    mentions: tuple[Mention, ...] = field(default=())


class Extractor(Protocol):
    """What turns a segmented document into claims. ``name`` and ``version`` go on every claim."""

    name: str
    version: str

    def extract(self, document: Document, passages: list[Passage]) -> list[Claim]: ...
