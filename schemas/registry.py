"""The field registry: every column of every published table, declared once.

Each :class:`Column` says its name, type, nullability, allowed values, pattern, minimum,
whether it is a date, and its description; each :class:`Table` lists its columns in order
with its title, description, keys and row order. Everything else is derived from here: the
pandera schemas (:mod:`schemas.tables`), the Arrow and pandas types and the row checks
(``pipeline.publish.tables``), the Data Package, the dataset card's column docs and the site's
filter options. Columns shared by several tables (offsets, keys) are declared once below and
reused, as PUDL's field registry does.

Adding a column is one :class:`Column` in its table here plus its value where it is computed;
see the README's contributor section.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal, get_args

SHA256 = r"^[0-9a-f]{64}$"
LICENSE = r"^(?:unknown|public-domain|[A-Za-z0-9][A-Za-z0-9.+-]*)$"
"""An SPDX licence id, ``public-domain`` or ``unknown``."""
ISO_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
HEX_ID = r"^[a-z]_[0-9a-f]{16}$"
ENTITY_ID = r"^e_[0-9a-f]{16}$"
SOURCE_ID = r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"

# The controlled vocabularies. The extractor's types (pipeline.extract.model) are these
# Literals, so a value the schema does not allow is a type error as well as a check failure.
PassageKind = Literal["title", "editorial", "question", "answer", "furniture"]
SpeakerRole = Literal["interviewee", "interviewer", "editorial"]
ClaimType = Literal["factual", "evaluative", "predictive"]
EntityType = Literal["person", "organization", "place", "group", "event"]
ChangeKind = Literal["added", "removed", "modified"]
Granularity = Literal["year", "month", "day"]
Split = Literal["test", "dev", "reference"]
Origin = Literal["sources", "release", "corpus"]

ColumnType = type[str] | type[int] | type[float] | type[bool] | type[date]


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a published table."""

    name: str
    type: ColumnType
    description: str
    nullable: bool = False
    unique: bool = False
    values: tuple[str, ...] = ()
    """The allowed values, when the column is a controlled vocabulary."""
    pattern: str | None = None
    """A regular expression every value matches (anchored with ^ and $)."""
    minimum: int | None = None
    on_site: bool = True
    """Shown in the site's claim browser (claims table only)."""

    @property
    def is_date(self) -> bool:
        """A calendar date: a Parquet ``date32``, a Table Schema ``date``, YYYY-MM-DD in CSV."""
        return self.type is date

    def but(self, **changes: Any) -> Column:
        """This column with some facts changed, e.g. another description in another table."""
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Table:
    """One published table: its columns in order, keys and the order its rows are written in."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    sort_keys: tuple[str, ...]
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = field(default=())
    """(columns, referenced table, referenced columns)."""
    origin: Origin = "sources"
    """Where the rows come from: ``sources`` (extracted per source, combined: the data
    tables), ``release`` (computed against the previous release) or ``corpus`` (the
    annotated corpus's adjudicated gold, for the sources it shares with the release). A
    release published before a table existed lacks it: readers ask the release which it has."""

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name!r}")


def _values(vocabulary: Any) -> tuple[str, ...]:
    return tuple(get_args(vocabulary))


# Columns shared by several tables.
SOURCE = Column("source_id", str, "The document the claim comes from.")
CHAR_START = Column("char_start", int, "Start offset in documents.text.", minimum=0)
CHAR_END = Column("char_end", int, "End offset (exclusive) in documents.text.", minimum=0)
SPAN_TEXT = Column("text", str, "The words as they stand in the source.")
CLAIM = Column("claim_id", str, "The claim.", pattern=HEX_ID)
SEQ = Column("seq", int, "Position of the claim in its document.", minimum=0)
SPEAKER_ROLE = Column(
    "speaker_role",
    str,
    "interviewee (answers), interviewer (premises of questions) or editorial.",
    values=_values(SpeakerRole),
)
ISO_PARTIAL = Column(
    "start_iso",
    str,
    "Start as the expression gives it, ISO 8601 at its own granularity (YYYY, YYYY-MM or "
    "YYYY-MM-DD); empty if open or unresolved.",
    nullable=True,
    pattern=ISO_PARTIAL_DATE,
)
PERIOD = Column(
    "period_start",
    date,
    "First day the expression covers (start_iso's first day); empty if open or unresolved.",
    nullable=True,
)
SPAN_KEY = ("claim_id", "char_start", "char_end")
TO_CLAIMS = (("claim_id",), "claims", ("claim_id",))
TO_DOCUMENTS = (("source_id",), "documents", ("source_id",))


def _optional(name: str, description: str) -> Column:
    return Column(name, str, description, nullable=True)


REGISTRY: tuple[Table, ...] = (
    Table(
        "documents",
        "Documents",
        "One row per source interview.",
        (
            Column(
                "source_id",
                str,
                "Id of the source: the file name of sources/<source_id>.txt.",
                unique=True,
                pattern=SOURCE_ID,
            ),
            Column("title", str, "Title of the interview as published."),
            _optional("url", "Where it was published, if known."),
            _optional("publisher", "Who published it, if known."),
            _optional("interviewee", "Name of the interviewee; several are joined by '; '."),
            _optional("interviewer", "Name of the interviewer; several are joined by '; '."),
            Column(
                "interview_date",
                date,
                "Date of the interview; relative times resolve against it.",
            ),
            Column("published_date", date, "Date of publication.", nullable=True),
            _optional("language", "Language code, e.g. 'en'."),
            Column(
                "license",
                str,
                "Licence of the source text as its publisher states it: an SPDX id "
                "(e.g. CC-BY-4.0), public-domain, or unknown.",
                pattern=LICENSE,
            ),
            _optional(
                "redistribution",
                "A permission to redistribute the full text that the publisher gave beyond its "
                "licence, with its note; empty if none was recorded.",
            ),
            Column(
                "sha256",
                str,
                "SHA-256 of the source file's bytes.",
                pattern=SHA256,
            ),
            Column(
                "text_sha256",
                str,
                "SHA-256 of the normalised text (UTF-8): what a copy restored with `hydrate` "
                "must match.",
                pattern=SHA256,
            ),
            Column(
                "text",
                str,
                "Normalised text (UTF-8, no BOM, LF line ends) that all offsets refer to; "
                "empty where the source's licence does not allow republishing it (restore it "
                "from your own copy with `interview-claims hydrate`).",
                nullable=True,
            ),
        ),
        primary_key=("source_id",),
        sort_keys=("source_id",),
    ),
    Table(
        "passages",
        "Passages",
        "One row per paragraph-level passage of a document.",
        (
            Column(
                "passage_id",
                str,
                "Id of the passage, derived from its source, kind and normalised text.",
                unique=True,
                pattern=HEX_ID,
            ),
            SOURCE.but(description="The document the passage belongs to."),
            SEQ.but(description="Position of the passage in its document."),
            Column(
                "kind",
                str,
                "title, editorial, question, answer or furniture (page furniture).",
                values=_values(PassageKind),
            ),
            _optional("speaker", "Who speaks, where known."),
            SPEAKER_ROLE.but(
                nullable=True,
                description="interviewee, interviewer or editorial; empty for furniture and "
                "titles.",
            ),
            Column(
                "question_id",
                str,
                "For an answer, the passage_id of the question it answers.",
                nullable=True,
                pattern=HEX_ID,
            ),
            CHAR_START,
            CHAR_END,
            Column(
                "text",
                str,
                "documents.text[char_start:char_end]; empty where the document's text is withheld.",
                nullable=True,
            ),
        ),
        primary_key=("passage_id",),
        sort_keys=("source_id", "seq"),
        foreign_keys=(TO_DOCUMENTS, (("question_id",), "passages", ("passage_id",))),
    ),
    Table(
        "claims",
        "Claims",
        "One row per claim: a verbatim span that a speaker asserts.",
        (
            Column(
                "claim_id",
                str,
                "Stable id of the claim, derived from its source, normalised text and "
                "occurrence; cite it with the release version.",
                unique=True,
                pattern=HEX_ID,
            ),
            SOURCE,
            Column("passage_id", str, "The passage that contains the claim.", pattern=HEX_ID),
            Column(
                "question_id",
                str,
                "The question passage that the claim's passage answers, if any.",
                nullable=True,
                pattern=HEX_ID,
                on_site=False,
            ),
            SEQ.but(on_site=False),
            _optional("speaker", "Who asserts it, where known."),
            SPEAKER_ROLE,
            Column("text", str, "The verbatim span: documents.text[char_start:char_end]."),
            CHAR_START,
            CHAR_END,
            Column(
                "claim_type",
                str,
                "factual (checkable), evaluative (judgement) or predictive (future or "
                "hypothetical).",
                values=_values(ClaimType),
            ),
            Column("hedged", bool, "True when the speaker marks uncertainty or personal stance."),
            Column(
                "type_confidence",
                float,
                "The claim model's probability of claim_type (0 to 1; see the model card): "
                "low values mark the claims most worth checking.",
            ),
            Column(
                "hedged_confidence",
                float,
                "The claim model's probability of hedged (0 to 1; see the model card).",
            ),
            Column(
                "extractor",
                str,
                "Name and version of the extractor that produced the claim (name/version).",
                on_site=False,
            ),
        ),
        primary_key=("claim_id",),
        sort_keys=("source_id", "seq"),
        foreign_keys=(
            TO_DOCUMENTS,
            (("passage_id",), "passages", ("passage_id",)),
            (("question_id",), "passages", ("passage_id",)),
        ),
    ),
    Table(
        "entities",
        "Entities",
        "One row per distinct entity named by any claim.",
        (
            Column(
                "entity_id",
                str,
                "Stable id of the entity, derived from its canonical name and type.",
                unique=True,
                pattern=ENTITY_ID,
            ),
            Column("name", str, "Canonical English name (English Wikipedia title)."),
            Column(
                "type",
                str,
                "person, organization, place, group or event.",
                values=_values(EntityType),
            ),
            Column(
                "wikidata_id",
                str,
                "Wikidata item id, if known.",
                nullable=True,
                pattern=r"^Q[1-9][0-9]*$",
            ),
        ),
        primary_key=("entity_id",),
        sort_keys=("entity_id",),
    ),
    Table(
        "mentions",
        "Mentions",
        "One row per mention of an entity inside a claim.",
        (
            CLAIM,
            Column("entity_id", str, "The entity named.", pattern=ENTITY_ID),
            SPAN_TEXT,
            CHAR_START,
            CHAR_END,
        ),
        primary_key=SPAN_KEY,
        sort_keys=SPAN_KEY,
        foreign_keys=(TO_CLAIMS, (("entity_id",), "entities", ("entity_id",))),
    ),
    Table(
        "quantities",
        "Quantities",
        "One row per number a claim states (years and dates are times, not quantities).",
        (
            CLAIM,
            SPAN_TEXT,
            Column("value", float, "The number, if it is one.", nullable=True),
            Column("value_low", float, "Lower end of a range.", nullable=True),
            Column("value_high", float, "Upper end of a range.", nullable=True),
            _optional(
                "unit",
                "Unit: percent, percentage_point, an ISO currency code, or the counted noun "
                "in the singular (person, day, city).",
            ),
            CHAR_START,
            CHAR_END,
        ),
        primary_key=SPAN_KEY,
        sort_keys=SPAN_KEY,
        foreign_keys=(TO_CLAIMS,),
    ),
    Table(
        "times",
        "Times",
        "One row per time expression in a claim, resolved against the interview date.",
        (
            CLAIM,
            SPAN_TEXT,
            ISO_PARTIAL,
            ISO_PARTIAL.but(
                name="end_iso",
                description="End as the expression gives it, ISO 8601 at its own granularity "
                "(YYYY, YYYY-MM or YYYY-MM-DD); empty if open or unresolved.",
            ),
            PERIOD,
            PERIOD.but(
                name="period_end",
                description="Last day the expression covers (end_iso's last day); empty if "
                "open or unresolved.",
            ),
            Column(
                "granularity",
                str,
                "year, month or day: the coarser of start_iso's and end_iso's; empty if both are.",
                nullable=True,
                values=_values(Granularity),
            ),
            CHAR_START,
            CHAR_END,
        ),
        primary_key=SPAN_KEY,
        sort_keys=SPAN_KEY,
        foreign_keys=(TO_CLAIMS,),
    ),
    Table(
        "changes",
        "Changes",
        "One row per claim added, removed or modified since the previous release.",
        (
            CLAIM.but(unique=True),
            SOURCE.but(description="The document the claim belongs to."),
            Column("change", str, "added, removed or modified.", values=_values(ChangeKind)),
            _optional(
                "fields",
                "For a modified claim, the changed fields joined by ';' (child tables as "
                "quantities, times, mentions); a new extractor version alone is no change.",
            ),
        ),
        primary_key=("claim_id",),
        sort_keys=("source_id", "claim_id"),
        origin="release",
    ),
    Table(
        "annotations",
        "Annotations",
        "One row per adjudicated gold claim of the annotated corpus, for every corpus "
        "interview that is a source of this release: a benchmark for claim extraction, "
        "annotated by people following the codebook (two independent passes, adjudicated).",
        (
            Column(
                "annotation_id",
                str,
                "Id of the gold claim, derived from its source and offsets.",
                unique=True,
                pattern=HEX_ID,
            ),
            SOURCE.but(description="The document the gold claim comes from."),
            SEQ.but(description="Position of the gold claim in its interview's gold file."),
            Column(
                "split",
                str,
                "The interview's corpus split: test (held out; report figures on it), dev "
                "(rules and model tuned on it) or reference (the interview the rules were "
                "first written from).",
                values=_values(Split),
            ),
            SPEAKER_ROLE,
            Column("text", str, "The verbatim gold span: documents.text[char_start:char_end]."),
            CHAR_START,
            CHAR_END,
            Column(
                "claim_type",
                str,
                "factual, evaluative or predictive, as adjudicated.",
                values=_values(ClaimType),
            ),
            Column("hedged", bool, "True when the speaker marks uncertainty, as adjudicated."),
            Column(
                "quantities",
                str,
                "The claim's quantities as the gold records them: a JSON array of objects "
                "(text, value, value_low, value_high, unit).",
            ),
            Column(
                "times",
                str,
                "The claim's time expressions as the gold records them: a JSON array of "
                "objects (text, start, end).",
            ),
            Column(
                "entities",
                str,
                "The entities the claim names as the gold records them: a JSON array of "
                "objects (text, name, type).",
            ),
            Column(
                "codebook_version",
                str,
                "Version of the codebook the annotation follows.",
                pattern=r"^\d+\.\d+\.\d+$",
            ),
        ),
        primary_key=("annotation_id",),
        sort_keys=("source_id", "seq"),
        foreign_keys=(TO_DOCUMENTS,),
        origin="corpus",
    ),
    Table(
        "annotation_agreement",
        "Annotation agreement",
        "One row per annotated interview and independent annotation pass: how far that pass "
        "agreed with the adjudicated gold (the annotations table), scored as if it were an "
        "extractor's output. F1 and accuracy from 0 to 1; empty where undefined (neither the "
        "pass nor the gold has an item to compare).",
        (
            SOURCE.but(description="The annotated interview."),
            Column("annotation_pass", str, "The independent pass (a, b)."),
            Column(
                "claims_f1",
                float,
                "F1 of the pass's claim spans against the gold's (a span matches by overlap).",
                nullable=True,
            ),
            Column(
                "speaker_role_accuracy",
                float,
                "Share of matched claims whose speaker_role the pass gives as the gold does.",
                nullable=True,
            ),
            Column(
                "claim_type_accuracy",
                float,
                "Share of matched claims whose claim_type the pass gives as the gold does.",
                nullable=True,
            ),
            Column(
                "hedged_f1",
                float,
                "F1 of hedged = true on the matched claims.",
                nullable=True,
            ),
            Column("quantities_f1", float, "F1 of the quantities (value and unit).", nullable=True),
            Column("times_f1", float, "F1 of the time expressions (resolved).", nullable=True),
            Column("entities_f1", float, "F1 of the entities named (by name).", nullable=True),
        ),
        primary_key=("source_id", "annotation_pass"),
        sort_keys=("source_id", "annotation_pass"),
        foreign_keys=(TO_DOCUMENTS,),
        origin="corpus",
    ),
)


def table(name: str) -> Table:
    """The registry entry of one table."""
    for entry in REGISTRY:
        if entry.name == name:
            return entry
    raise KeyError(f"no table {name!r}")
